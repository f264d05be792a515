"""The memo's appendix tables, from the figures ``naast agreement --json`` and ``naast
responsiveness --json`` print: labels in the memo's language, numbers written out for it.

A figure that could not be computed (``null``) is written "–"; a cell that has no figure to
show (the units row has no percent agreement) is left empty.
"""

from __future__ import annotations

from typing import Any

from naast.export.plan import AppendixColumn, AppendixTable, Language

DASH = "–"
SOFT = "\u00ad"  # a soft hyphen: a long header word may break at it in a narrow column
TITLE_CHARS = 40  # a document's title in the agreement table, shortened as ``agreement_rows`` does

_WORDS: dict[str, dict[str, str]] = {
    "agreement_heading": {
        "en": "Appendix: agreement between coders",
        "nl": "Bijlage: overeenstemming tussen codeurs",
    },
    "agreement_explanation": {
        "en": "Krippendorff's α for the coders {coders}: 1 is perfect agreement, 0 no better than "
        "chance, below 0 systematic disagreement; 0.800 and above is usually taken as reliable, "
        "0.667 as the lowest for tentative conclusions. αu measures where the claims were marked, "
        "over the text of the units of the coded documents (n = {documents}). Stance, topics and claimant "
        "are measured on the claims the coders matched by overlap: n is the number of matched claims "
        "behind each α (in all, {matched} matched; {single} marked by one coder only). Percent "
        "agreement is the share of agreeing pairs of values. – marks a figure that could not be "
        "computed; the notes below say why.",
        "nl": "Krippendorffs α voor de codeurs {coders}: 1 is volledige overeenstemming, 0 niet "
        "beter dan toeval, onder 0 systematische onenigheid; vanaf 0,800 geldt meestal als "
        "betrouwbaar, 0,667 als ondergrens voor voorzichtige conclusies. αu meet waar de claims zijn "
        "gemarkeerd, over de tekst van de eenheden van de gecodeerde documenten (n = {documents}). "
        "Standpunt, onderwerpen en claimant worden gemeten op de claims die de codeurs door overlap "
        "gekoppeld hebben: n is het aantal gekoppelde claims achter elke α (in totaal {matched} "
        "gekoppeld; {single} door één codeur gemarkeerd). Het percentage overeenstemming is het "
        "aandeel overeenkomende paren waarden. – staat voor een waarde die niet te berekenen was; "
        "de noten hieronder zeggen waarom.",
    },
    "note": {"en": "Note", "nl": "Noot"},
    "scope": {"en": "Scope", "nl": "Bereik"},
    "figure": {"en": "Figure", "nl": "Maat"},
    "percent": {"en": "% agreement", "nl": "% overeen\u00adstemming"},
    "project": {"en": "project", "nl": "project"},
    "units": {"en": "where claims are (αu)", "nl": "waar claims staan (αu)"},
    "stance": {"en": "stance", "nl": "standpunt"},
    "ordinal": {"en": "stance (ordinal)", "nl": "standpunt (ordinaal)"},
    "topics": {"en": "topics", "nl": "onderwerpen"},
    "claimant": {"en": "claimant", "nl": "claimant"},
    "units_n": {"en": "{matched} matched, {single} single", "nl": "{matched} gekoppeld, {single} enkel"},
    "responsiveness_heading": {
        "en": "Appendix: how ministers answer",
        "nl": "Bijlage: hoe bewindspersonen antwoorden",
    },
    "responsiveness_explanation": {
        "en": "Figures per {group} over the answered documents (n = {documents}). Days run from the date the "
        "questions were submitted to the date the answers were received, over the dated documents "
        "(n: Dated); Within 21 days is the share of those answered within the term of the Reglement "
        "van Orde; Delayed is the share of documents for which the project holds a notice of delay. "
        "Combined, Referral and Declined are shares of the answered questions (n: Answered): answers "
        "given to several questions at once, answers that refer elsewhere, answers that decline, the "
        "last two found by word patterns. Words per answer counts per answered question; Boilerplate "
        "is the share of those words in passages of 8 or more words another document of the project "
        "also has. – marks a figure with nothing to measure.",
        "nl": "Waarden per {group} over de beantwoorde documenten (n = {documents}). Dagen lopen van de "
        "datum "
        "waarop de vragen zijn ingezonden tot de datum waarop de antwoorden zijn ontvangen, over de "
        "gedateerde documenten (n: Gedateerd); Binnen 21 dagen is het aandeel daarvan dat binnen de "
        "termijn van het Reglement van Orde is beantwoord; Uitgesteld is het aandeel documenten "
        "waarvoor het project een mededeling van uitstel bevat. Gecombineerd, Verwijzing en "
        "Geweigerd zijn aandelen van de beantwoorde vragen (n: Beantwoord): antwoorden op meer vragen "
        "tegelijk, antwoorden die naar elders verwijzen, antwoorden die weigeren, de laatste twee "
        "gevonden met woordpatronen. Woorden per antwoord telt per beantwoorde vraag; Standaardtekst "
        "is het aandeel van die woorden in passages van 8 of meer woorden die ook in een ander "
        "document van het project staan. – staat voor een waarde zonder iets om te meten.",
    },
    "by_minister": {"en": "office holder", "nl": "bewindspersoon"},
    "by_ministry": {"en": "ministry", "nl": "ministerie"},
    "by_party": {"en": "party of the askers", "nl": "partij van de vragenstellers"},
    "by_year": {"en": "year", "nl": "jaar"},
    "by_cabinet": {"en": "cabinet", "nl": "kabinet"},
    "col_minister": {"en": "Office holder", "nl": "Bewinds\u00adpersoon"},
    "col_ministry": {"en": "Ministry", "nl": "Ministerie"},
    "col_party": {"en": "Party", "nl": "Partij"},
    "col_year": {"en": "Year", "nl": "Jaar"},
    "col_cabinet": {"en": "Cabinet", "nl": "Kabinet"},
    "documents": {"en": "Docu\u00adments", "nl": "Docu\u00admenten"},
    "questions": {"en": "Ques\u00adtions", "nl": "Vragen"},
    "dated": {"en": "Dated (n)", "nl": "Geda\u00adteerd (n)"},
    "median_days": {"en": "Median days", "nl": "Mediaan dagen"},
    "p90_days": {"en": "90th pct. days", "nl": "90e pct. dagen"},
    "within_term": {"en": "Within 21 days", "nl": "Binnen 21 dagen"},
    "delayed": {"en": "Delayed", "nl": "Uitge\u00adsteld"},
    "answered": {"en": "An\u00adswered (n)", "nl": "Beant\u00adwoord (n)"},
    "combined": {"en": "Com\u00adbined", "nl": "Gecom\u00adbineerd"},
    "referral": {"en": "Refer\u00adral", "nl": "Verwij\u00adzing"},
    "declined": {"en": "De\u00adclined", "nl": "Gewei\u00adgerd"},
    "words": {"en": "Words per answer", "nl": "Woorden per ant\u00adwoord"},
    "boilerplate": {"en": "Boiler\u00adplate", "nl": "Stan\u00addaard\u00adtekst"},
}


def word(key: str, language: Language) -> str:
    entry = _WORDS[key]
    return entry.get(language) or entry["en"]


def number(value: float | None, digits: int, language: Language) -> str:
    """``value`` to ``digits`` decimals, with a decimal comma in Dutch; "–" when null."""
    if value is None:
        return DASH
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if language == "nl" else text


def count(value: float | None, language: Language) -> str:
    """A count or a number of days: whole when it is whole, else to one decimal."""
    if value is None:
        return DASH
    return number(value, 0 if float(value).is_integer() else 1, language)


def share(value: float | None, language: Language) -> str:
    """A share between 0 and 1 as a whole percentage ("43%")."""
    return DASH if value is None else f"{number(100 * value, 0, language)}%"


def _agreement_block(scope: str, block: dict[str, Any], language: Language) -> list[tuple[str, ...]]:
    """Where claims are, then stance, topics and claimant (the memo gives no order of the stances,
    so the ordinal α of ``--stance-order`` is not shown)."""
    units, f = block["units"], block["fields"]
    units_n = word("units_n", language).format(matched=units["matched"], single=units["only_one"])
    rows = [(scope, word("units", language), number(units["alpha"], 3, language), "", units_n)]
    for key, figure in (("stance", f["stance"]), ("topics", f["topic"]), ("claimant", f["claimant"])):
        alpha, percent = number(figure["alpha"], 3, language), number(figure["percent"], 1, language)
        rows.append(("", word(key, language), alpha, percent, str(figure["n"])))
    return rows


#: The Dutch of the phrases the measures explain a missing figure with (others stay as given).
_DUTCH_NOTES = (
    (": ordinal stance: ", ": standpunt (ordinaal): "),
    (": stance: ", ": standpunt: "),
    (": topic: ", ": onderwerpen: "),
    (": topic ", ": onderwerp "),
    (": claimant: ", ": claimant: "),
    (": units: ", ": eenheden: "),
    ("every value given is the same; α needs some variation", "alle waarden zijn gelijk; α vraagt variatie"),
    ("no unit has values from two coders", "geen eenheid heeft waarden van twee codeurs"),
    ("no matched claim has a topic", "geen gekoppelde claim heeft een onderwerp"),
    ("no coder marked any claim", "geen codeur markeerde een claim"),
    ("there is no text to measure over", "er is geen tekst om over te meten"),
    (
        "documents lack a submitted or received date: no days.",
        "documenten missen een datum van indienen of ontvangst: geen dagen.",
    ),
    (
        "The project holds no Mededeling with a kenmerk: no delay can be seen.",
        "Het project bevat geen mededeling met een kenmerk: uitstel is niet te zien.",
    ),
)


def note_text(note: str, language: Language) -> str:
    if language != "nl":
        return note
    for english, dutch in _DUTCH_NOTES:
        note = note.replace(english, dutch)
    return note.replace(" of ", " van ", 1) if "documenten missen" in note else note


def _agreement_notes(notes: list[str], language: Language) -> tuple[str, ...]:
    return tuple(note_text(n, language) for n in notes if ": ordinal stance: " not in n)


def agreement_appendix(report: dict[str, Any], language: Language) -> AppendixTable:
    """The project's figures, then each document's: where claims are, stance, topics, claimant."""
    rows = _agreement_block(word("project", language), report, language)
    starts = [0]
    for block in report["by_document"]:
        title = block["title"]
        starts.append(len(rows))
        rows += _agreement_block(
            title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…", block, language
        )
    units = report["units"]
    explanation = word("agreement_explanation", language).format(
        coders=", ".join(report["coders"]),
        documents=len(report["by_document"]),
        matched=units["matched"],
        single=units["only_one"],
    )
    columns = (
        AppendixColumn(word("scope", language), width=2.8),
        AppendixColumn(word("figure", language), width=2.4),
        AppendixColumn("α", numeric=True),
        AppendixColumn(word("percent", language), numeric=True, width=1.4),
        AppendixColumn("n", numeric=True, width=2.2),
    )
    return AppendixTable(
        "agreement",
        word("agreement_heading", language),
        explanation,
        columns,
        tuple(rows),
        tuple(starts),
        _agreement_notes(report["notes"], language),
    )


#: The responsiveness table's figure columns: (label key, JSON field, how it is written).
_FIGURES = (
    ("documents", "documents", "count"),
    ("questions", "questions", "count"),
    ("dated", "dated_documents", "n"),
    ("median_days", "median_days", "count"),
    ("p90_days", "p90_days", "count"),
    ("within_term", "within_term_share", "share"),
    ("delayed", "delayed_share", "share"),
    ("answered", "answered_questions", "n"),
    ("combined", "combined_share", "share"),
    ("referral", "referral_share", "share"),
    ("declined", "declined_share", "share"),
    ("words", "words_per_answer", "count"),
    ("boilerplate", "boilerplate_share", "share"),
)


def _figure_cell(row: dict[str, Any], field: str, how: str, language: Language) -> str:
    if how == "n":
        return count(row["n"][field], language)
    return share(row[field], language) if how == "share" else count(row[field], language)


def responsiveness_appendix(data: dict[str, Any], language: Language) -> AppendixTable:
    """One row per group of ``Report.to_json()``, its figures and the n behind them."""
    by = data["by"]
    rows = tuple(
        (row["name"], *(_figure_cell(row, field, how, language) for _key, field, how in _FIGURES))
        for row in data["rows"]
    )
    documents = len({d for row in data["rows"] for d in row["document_ids"]})
    explanation = word("responsiveness_explanation", language).format(
        group=word(f"by_{by}", language), documents=documents
    )
    columns = (
        AppendixColumn(word(f"col_{by}", language), width=2.6),
        *(AppendixColumn(word(key, language), numeric=True) for key, _field, _how in _FIGURES),
    )
    return AppendixTable(
        "responsiveness",
        word("responsiveness_heading", language),
        explanation,
        columns,
        rows,
        notes=tuple(note_text(n, language) for n in data["notes"]),
        landscape=True,
    )
