"""Dutch sentences and paragraphs for S and P: the sentence ends a person reads, not every full stop."""

from __future__ import annotations

from naast.core.sentences import paragraph_spans, sentence_at, sentence_spans, word_edges

# From the 2021 letter (Actieplan Veiligelanders) and the 2019 answers, as parsed; sentence ends
# marked by hand with "|".
MARKED = (
    "In 2020 zijn meer dan 15 miljoen mensen bereikt, o.a. via het programma van de IOM.|"
    " Zie ook art. 5 van de Vreemdelingenwet en Kamerstuk 35 300 VI, nr. 37.|"
    " Van de circa 4.830 vreemdelingen vertrokken er 2.640 zelfstandig, d.w.z. zonder toezicht.|"
    " Dit is afgesproken met de landen uit de regio.5|"
    " Zoals M.H.M. Jansen schreef: «Het beleid werkt.»|"
    " Werkt het?|"
    " Ja!|"
    " In de brief van 1 juli jl. staat meer (zie bijv. bijlage 2).|"
)


def _parts() -> tuple[str, list[str]]:
    pieces = MARKED.split("|")
    return "".join(pieces), [p.strip() for p in pieces if p.strip()]


def test_sentence_ends_follow_the_hand_marks() -> None:
    text, expected = _parts()
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_a_line_break_always_ends_a_sentence_and_a_paragraph() -> None:
    text = "Antwoord 4\nVan de circa 4.830 vreemdelingen. Dit is veel\n\nNieuwe alinea hier."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Antwoord 4",
        "Van de circa 4.830 vreemdelingen.",
        "Dit is veel",
        "Nieuwe alinea hier.",
    ]
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "Antwoord 4",
        "Van de circa 4.830 vreemdelingen. Dit is veel",
        "Nieuwe alinea hier.",
    ]


def test_the_sentence_at_an_offset_and_between_sentences() -> None:
    text, expected = _parts()
    inside = text.index("IOM")
    assert text[slice(*sentence_at(text, inside))] == expected[0]
    gap = text.index(" Zie")  # the space between two sentences belongs to the next one
    assert text[slice(*sentence_at(text, gap))] == expected[1]
    bounded = sentence_at(text, inside, 0, text.index("IOM") + 3)
    assert (
        text[slice(*bounded)]
        == "In 2020 zijn meer dan 15 miljoen mensen bereikt, o.a. via het programma van de IOM"
    )


def test_word_edges_widen_a_selection_to_whole_words() -> None:
    text = "de Commissie van de Europese Unie; oud-minister Grapperhaus"
    start = text.index("Co") + 0
    assert text[slice(*word_edges(text, text.index("ommis"), text.index("van de E") + 8))] == (
        "Commissie van de Europese"
    )
    assert (
        text[slice(*word_edges(text, text.index("minister"), text.index("minister") + 3))] == "oud-minister"
    )
    assert word_edges(text, start, start + len("Commissie")) == (start, start + len("Commissie"))
    semicolon = text.index(";")
    assert word_edges(text, semicolon, semicolon + 1) == (semicolon, semicolon + 1)
