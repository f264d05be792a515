"""Letters and answers from the second robustness probe (section B): short last sections,
"1)" lists at the end, letters that mention questions, signatures, notices and dates."""

from __future__ import annotations

from parsing_helpers import assert_tiles

from naast.core.model import DocType, UnitKind
from naast.core.parsing import parse_text

_BODY = (
    "Het kabinet hecht groot belang aan een zorgvuldige uitvoering van het beleid en werkt samen "
    "met gemeenten."
)


def _sections(text: str) -> list[str | None]:
    doc = parse_text(text)
    assert_tiles(doc)
    return [u.title for u in doc.units if u.kind is UnitKind.SECTION]


def _unit_text(text: str, kind: UnitKind, number: int | None = None) -> str:
    doc = parse_text(text)
    for unit in doc.units:
        if unit.kind is kind and (number is None or number in unit.numbers):
            return doc.text[unit.start : unit.end]
    raise AssertionError(f"no {kind} {number}")


# B2: unnumbered headings; the last section is often one short sentence.
_UNNUMBERED = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 12 maart 2025\nBetreft Voortgang aanpak wachttijden ggz\n\n"
    "Geachte voorzitter,\n\n"
    f"Met deze brief informeer ik uw Kamer over de voortgang van de aanpak. {_BODY}\n\n"
    f"Aanleiding\n\n{_BODY} {_BODY}\n\n"
    f"Maatregelen\n\n{_BODY}\n\n"
    "Vervolg\n\nIk informeer uw Kamer voor de zomer.\n\n"
    "De Staatssecretaris van Justitie en Veiligheid,\n\nI. Coenradie\n"
)


def test_short_last_unnumbered_section_is_a_unit() -> None:
    assert _sections(_UNNUMBERED) == ["Aanleiding", "Maatregelen", "Vervolg"]
    assert _unit_text(_UNNUMBERED, UnitKind.CLOSING).startswith("De Staatssecretaris")


def test_broken_paragraph_is_not_a_heading() -> None:
    # A paragraph cut at a page break: its short first part is no heading.
    text = _UNNUMBERED.replace(
        "Maatregelen\n\n", "Het kabinet neemt daarom de volgende\n\nmaatregelen in de komende maanden.\n\n"
    )
    assert _sections(text) == ["Aanleiding", "Vervolg"]


def test_roman_numbered_sections() -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 10 januari 2025\n\n"
        "Hierbij stuur ik u de kabinetsreactie op het rapport van de Raad van State over het "
        "stikstofbeleid.\n\n"
        f"I. Inleiding\n\n{_BODY}\n\nII. Hoofdlijnen van het advies\n\n"
        "De Raad constateert dat het wringt.\n\n"
        "III. Reactie van het kabinet\n\nHet kabinet onderschrijft de analyse.\n\n"
        "IV. Vervolg\n\nIk informeer uw Kamer voor de zomer over de uitwerking.\n\n"
        "De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,\n\nF.M. Wiersma\n"
    )
    doc = parse_text(text)
    assert_tiles(doc)
    sections = [u for u in doc.units if u.kind is UnitKind.SECTION]
    assert [(u.numbers, u.title) for u in sections] == [
        ((1,), "Inleiding"),
        ((2,), "Hoofdlijnen van het advies"),
        ((3,), "Reactie van het kabinet"),
        ((4,), "Vervolg"),
    ]


# B3: a "1)" list is text unless its marker stands in the text before.
_PAREN_LIST = (
    "Vragen van het lid Kops (PVV) aan de Minister van Klimaat en Groene Groei over de kosten "
    "(ingezonden 3 februari 2025).\n\n"
    "Antwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2025).\n\n"
    "Vraag 1\nWat zijn de totale kosten?\n\nAntwoord 1\nDat is niet precies te zeggen.\n\n"
    "Vraag 2\nWelke posten zijn er?\n\nAntwoord 2\nEr zijn drie posten:\n\n"
    "1) subsidies via de SDE++;\n\n2) investeringen in het elektriciteitsnet;\n\n3) uitvoeringskosten.\n\n"
    "Ik verwijs u naar de Klimaat- en Energieverkenning voor de bedragen.\n"
)


def test_paren_list_in_last_answer_stays_in_the_answer() -> None:
    answer = _unit_text(_PAREN_LIST, UnitKind.ANSWER, 2)
    assert "2) investeringen" in answer
    assert answer.rstrip().endswith("voor de bedragen.")


def test_paren_list_in_last_section_stays_before_the_signature() -> None:
    text = _UNNUMBERED.replace(
        "Ik informeer uw Kamer voor de zomer.\n\n",
        "Ik informeer uw Kamer voor de zomer over:\n1) de resultaten;\n2) de wachttijden.\n\n"
        "Hoogachtend,\n\n",
    )
    section = _unit_text(text, UnitKind.SECTION)
    assert section.startswith("Aanleiding")
    vervolg = parse_text(text).units[-2]
    assert vervolg.title == "Vervolg"
    assert _unit_text(text, UnitKind.CLOSING).startswith("Hoogachtend")


def test_answers_with_a_paren_list_are_answers() -> None:
    assert parse_text(_PAREN_LIST).doc_type is DocType.ANSWERS


# B4: the type follows from how the document opens, not from a phrase anywhere.
_MENTIONS_QUESTIONS = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 4 december 2024\n\n"
    "Tijdens het commissiedebat van 2 oktober 2024 heb ik in reactie op vragen van het lid Van Dijk (CDA) "
    "toegezegd uw Kamer te informeren over de stand van zaken van de gezinshereniging.\n\n"
    f"1. Inleiding\n\n{_BODY}\n\n2. Wachttijden\n\nDe gemiddelde beslistermijn bedraagt 42 weken.\n\n"
    "3. Maatregelen\n\nDe IND zet extra medewerkers in.\n\n"
    "De Minister van Asiel en Migratie,\n\nM.H.M. Faber-Van de Klashorst\n"
)
_COVER_LETTER_ONLY = (
    "> Retouradres Postbus 20301 2500 EH Den Haag\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
    "Datum 3 februari 2025\nBetreft Antwoorden Kamervragen over het bericht «Gevangenissen overvol»\n\n"
    "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van het lid Van Nispen (SP) over het "
    "bericht «Gevangenissen overvol». Deze vragen werden ingezonden op 10 januari 2025 met kenmerk "
    "2025Z00321.\n\n"
    "De Staatssecretaris van Justitie en Veiligheid,\n\nI. Coenradie\n"
)


def test_letter_mentioning_questions_of_a_member_is_a_letter() -> None:
    doc = parse_text(_MENTIONS_QUESTIONS)
    assert_tiles(doc)
    assert doc.doc_type is DocType.LETTER
    assert doc.askers == ()
    assert [(u.numbers, u.title) for u in doc.units if u.kind is UnitKind.SECTION] == [
        ((1,), "Inleiding"),
        ((2,), "Wachttijden"),
        ((3,), "Maatregelen"),
    ]
    assert not [u for u in doc.units if u.kind is UnitKind.QUESTION]


def test_cover_letter_alone_is_a_letter() -> None:
    doc = parse_text(_COVER_LETTER_ONLY)
    assert doc.doc_type is DocType.LETTER
    assert doc.title == "Antwoorden Kamervragen over het bericht «Gevangenissen overvol»"
    assert doc.date_submitted == "2025-02-03"
    assert doc.kenmerk == "2025Z00321"
    assert doc.answered_by is not None and doc.answered_by.name == "Coenradie"


def test_letter_citing_a_mededeling_is_a_letter() -> None:
    text = _MENTIONS_QUESTIONS.replace(
        "Tijdens het commissiedebat",
        "Naar aanleiding van de Mededeling van de Europese Commissie en het debat",
    )
    assert parse_text(text).doc_type is DocType.LETTER


def test_questions_header_at_a_paragraph_start_makes_questions() -> None:
    text = (
        "Vragen van het lid Van Dijk (CDA) aan de Minister van Asiel en Migratie over nareizigers "
        "(ingezonden 4 december 2024).\n\n1\nHoe lang duurt de gezinshereniging?\n\n"
        "2\nWat gaat u daaraan doen?\n"
    )
    doc = parse_text(text)
    assert doc.doc_type is DocType.QUESTIONS
    assert [(p.name, p.party) for p in doc.askers] == [("Van Dijk", "CDA")]
    assert [u.numbers for u in doc.units if u.kind is UnitKind.QUESTION] == [(1,), (2,)]


# B5/B6: signatures.
_TWO_SIGNERS = (
    "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\n"
    "36 600 XVI Vaststelling van de begrotingsstaten van het Ministerie van\n"
    "Volksgezondheid, Welzijn en Sport (XVI) voor het jaar 2025\n\n"
    "Nr. 123 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n"
    "EN DE STAATSSECRETARIS JEUGD, PREVENTIE EN SPORT\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 17 januari 2025\n\n"
    f"Tijdens de begrotingsbehandeling hebben wij toegezegd uw Kamer te informeren. {_BODY}\n\n"
    "De Minister van Volksgezondheid, Welzijn en Sport,\nM. Agema\n\n"
    "De Staatssecretaris Jeugd, Preventie en Sport,\nV.P.G. Karremans\n"
)
_SHORT_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 12 maart 2025\n\n"
    f"Met deze brief informeer ik uw Kamer over de voortgang van de aanpak. {_BODY}\n\n"
)


def _signer(text: str) -> tuple[str, str, str | None] | None:
    who = parse_text(text).answered_by
    return (who.name, who.role, who.ministry) if who else None


def test_first_of_two_signers_answers_and_the_other_co_signs() -> None:
    doc = parse_text(_TWO_SIGNERS)
    assert _signer(_TWO_SIGNERS) == ("Agema", "Minister", "Volksgezondheid, Welzijn en Sport")
    assert doc.extra["co_signatories"] == "Staatssecretaris Karremans (Jeugd, Preventie en Sport)"
    assert doc.answered_by is not None and doc.answered_by.on_behalf_of == ()
    closing = [u for u in doc.units if u.kind is UnitKind.CLOSING]
    assert doc.text[closing[0].start :].startswith("De Minister van Volksgezondheid")


def test_wrapped_kamerstuk_head_gives_whole_title_and_subject() -> None:
    # As one paragraph, and as a PDF gives it: each line of the heading a paragraph of its own.
    apart = _TWO_SIGNERS.replace("SPORT\nEN DE", "SPORT\n\nEN DE")
    for text in (_TWO_SIGNERS, apart):
        doc = parse_text(text)
        assert doc.title == (
            "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport "
            "(XVI) voor het jaar 2025"
        )
        assert doc.extra["subject"] == (
            "BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT EN DE STAATSSECRETARIS JEUGD, "
            "PREVENTIE EN SPORT"
        )
        assert doc.answered_by is not None and doc.answered_by.name == "Agema"


def test_greeting_and_office_on_one_line() -> None:
    text = (
        _SHORT_LETTER + "Hoogachtend, de minister van Volksgezondheid,\n\nWelzijn en Sport,\n\nFleur Agema\n"
    )
    assert _signer(text) == ("Agema", "Minister", "Volksgezondheid, Welzijn en Sport")
    doc = parse_text(text)
    assert doc.text[doc.units[-1].start :].startswith("Hoogachtend")


def test_signature_with_ministry_over_two_lines() -> None:
    text = _SHORT_LETTER + "De Minister van Volksgezondheid,\nWelzijn en Sport,\n\n\n\nM. Agema\n"
    assert _signer(text) == ("Agema", "Minister", "Volksgezondheid, Welzijn en Sport")
    wrapped = _SHORT_LETTER + "De Minister van Sociale Zaken en\nWerkgelegenheid,\n\nY.J. van Hijum\n"
    assert _signer(wrapped) == ("Van Hijum", "Minister", "Sociale Zaken en Werkgelegenheid")
    assert parse_text(wrapped).units[-1].kind is UnitKind.CLOSING
    assert parse_text(wrapped).text[parse_text(wrapped).units[-1].start :].startswith("De Minister")


def test_lower_case_signature() -> None:
    text = _SHORT_LETTER + "de staatssecretaris van Justitie en Veiligheid,\n\nI. Coenradie\n"
    assert _signer(text) == ("Coenradie", "Staatssecretaris", "Justitie en Veiligheid")
    assert parse_text(text).units[-1].kind is UnitKind.CLOSING


def test_signature_with_a_written_out_first_name_keeps_the_surname() -> None:
    text = _SHORT_LETTER + "De minister van Volksgezondheid, Welzijn en Sport,\n\nFleur Agema\n"
    assert _signer(text) == ("Agema", "Minister", "Volksgezondheid, Welzijn en Sport")
    particle = text.replace("Fleur Agema", "Hugo de Jonge")
    assert _signer(particle) == ("De Jonge", "Minister", "Volksgezondheid, Welzijn en Sport")
    hyphen = text.replace("Fleur Agema", "M.H.M. Faber-van de Klashorst")
    assert _signer(hyphen) == ("Faber-van de Klashorst", "Minister", "Volksgezondheid, Welzijn en Sport")


def test_signatures_side_by_side() -> None:
    table = (
        "De Minister van Sociale Zaken en Werkgelegenheid, | De Staatssecretaris van Financiën,\n\n|\n\n"
        "Y.J. van Hijum | F. Idsinga\n"
    )
    columns = (
        "De Minister van Sociale Zaken en\n\nWerkgelegenheid,\n\nDe Staatssecretaris van Financiën,\n\n"
        "Y.J. van Hijum F. Idsinga\n"
    )
    for signature in (table, columns):
        doc = parse_text(_SHORT_LETTER + signature)
        assert _signer(_SHORT_LETTER + signature) == (
            "Van Hijum",
            "Minister",
            "Sociale Zaken en Werkgelegenheid",
        )
        assert doc.extra["co_signatories"] == "Staatssecretaris Idsinga (Financiën)"


def test_office_without_van_on_whose_behalf() -> None:
    text = _SHORT_LETTER.replace(
        "Met deze brief informeer ik uw Kamer",
        "Met deze brief informeer ik uw Kamer, mede namens de staatssecretaris Jeugd, Preventie en Sport,",
    )
    doc = parse_text(text + "De Minister van Volksgezondheid, Welzijn en Sport,\n\nM. Agema\n")
    assert doc.answered_by is not None
    assert doc.answered_by.on_behalf_of == ("Staatssecretaris Jeugd, Preventie en Sport",)


# B8: a notice that the answer is delayed names the questions and their kenmerk.
_NOTICE = (
    "Mededeling van staatssecretaris Nobel (Sociale Zaken en Werkgelegenheid) (ontvangen 28 januari 2025)\n\n"
    "De vragen van de leden Van Kent (SP) en Patijn (GroenLinks-PvdA) over het bericht «Duizenden "
    "bijstandsgerechtigden onterecht gekort» (2025Z00456) kunnen niet binnen de gebruikelijke termijn "
    "worden beantwoord, omdat voor de beantwoording informatie nodig is van gemeenten.\n"
)
_HEADER = (
    "Vragen van de leden Van Kent (SP) en Patijn (GroenLinks-PvdA) aan de staatssecretaris van Sociale "
    "Zaken en Werkgelegenheid over het bericht «Duizenden bijstandsgerechtigden onterecht gekort» "
    "(ingezonden 7 januari 2025).\n\n"
)


def test_notice_without_the_questions_header() -> None:
    doc = parse_text(_NOTICE)
    assert doc.doc_type is DocType.NOTICE
    assert doc.kenmerk == "2025Z00456"
    assert doc.title == (
        "Vragen van de leden Van Kent (SP) en Patijn (GroenLinks-PvdA) over het bericht "
        "«Duizenden bijstandsgerechtigden onterecht gekort»"
    )
    assert doc.extra["subject"] == "het bericht «Duizenden bijstandsgerechtigden onterecht gekort»"
    assert [(p.name, p.party) for p in doc.askers] == [("Van Kent", "SP"), ("Patijn", "GroenLinks-PvdA")]


def test_notice_with_the_questions_header() -> None:
    doc = parse_text(_HEADER + _NOTICE.replace(" (SP)", "").replace(" (GroenLinks-PvdA)", ""))
    assert doc.kenmerk == "2025Z00456"
    assert doc.title is not None and doc.title.startswith("Vragen van de leden Van Kent (SP) en Patijn")
    assert doc.addressees == ("Staatssecretaris van Sociale Zaken en Werkgelegenheid",)
    assert doc.date_submitted == "2025-01-07"
    assert [(p.name, p.party) for p in doc.askers] == [("Van Kent", "SP"), ("Patijn", "GroenLinks-PvdA")]


# B13: a year written with an apostrophe.
def test_two_digit_year_with_apostrophe() -> None:
    from naast.core.parsing.dates import parse_date

    assert parse_date("2 september '24") == "2024-09-02"
    assert parse_date("(ingezonden 14 jan. ’25)") == "2025-01-14"
    assert parse_date("3 maart '98") == "1998-03-03"
    assert parse_date("2 september 24") is None
