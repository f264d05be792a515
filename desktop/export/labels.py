"""The few fixed words a memo prints, in English and Dutch, and the default stance styles."""

from __future__ import annotations

from naast.export.plan import Language, StanceStyle

_LABELS: dict[str, dict[str, str]] = {
    "author": {"en": "Author", "nl": "Auteur"},
    "date": {"en": "Date", "nl": "Datum"},
    "project": {"en": "Project", "nl": "Project"},
    "overview": {"en": "Overview", "nl": "Overzicht"},
    "overview_intro": {
        "en": "Number of claims per actor and topic, by stance.",
        "nl": "Aantal uitspraken per actor en onderwerp, naar standpunt.",
    },
    "actor": {"en": "Actor", "nl": "Actor"},
    "total": {"en": "Total", "nl": "Totaal"},
    "legend": {"en": "Legend", "nl": "Legenda"},
    "topics": {"en": "Topics", "nl": "Onderwerpen"},
    "stances": {"en": "Stances", "nl": "Standpunten"},
    "no_stance": {"en": "no stance", "nl": "geen standpunt"},
    "no_claims": {"en": "No claims.", "nl": "Geen uitspraken."},
    "claims": {"en": "claims", "nl": "uitspraken"},
    "claim": {"en": "claim", "nl": "uitspraak"},
    "kenmerk": {"en": "kenmerk", "nl": "kenmerk"},
    "aanhangsel": {"en": "Aanhangsel Handelingen", "nl": "Aanhangsel Handelingen"},
    "kamerstuk": {"en": "Kamerstuk", "nl": "Kamerstuk"},
    "page": {"en": "p.", "nl": "p."},
    "document_missing": {
        "en": "source document deleted from the project",
        "nl": "brondocument uit het project verwijderd",
    },
    "annex": {"en": "Annex: aligned passages", "nl": "Bijlage: gekoppelde passages"},
    "annex_intro": {
        "en": "Inserted words are underlined in blue, deleted words struck through in red; "
        "reused passages are shaded.",
        "nl": "Toegevoegde woorden zijn blauw onderstreept, verwijderde woorden rood doorgehaald; "
        "hergebruikte passages zijn gearceerd.",
    },
    "moved": {"en": "moved", "nl": "verplaatst"},
    "annotated": {"en": "Annotated document", "nl": "Geannoteerd document"},
    "claims_in_document": {"en": "Claims in this document", "nl": "Uitspraken in dit document"},
    "stance_column": {"en": "Stance", "nl": "Standpunt"},
    "topic_column": {"en": "Topic", "nl": "Onderwerp"},
    "quote_column": {"en": "Quote", "nl": "Citaat"},
    "note_column": {"en": "Note", "nl": "Notitie"},
    "source": {"en": "Source", "nl": "Bron"},
    "no_topic": {"en": "No topic", "nl": "Geen onderwerp"},
    "unknown_actor": {"en": "Unknown speaker", "nl": "Onbekende spreker"},
    "memo_title": {"en": "comparison memo", "nl": "vergelijkingsmemo"},
    "page_of": {"en": "Page {page} of {pages}", "nl": "Pagina {page} van {pages}"},
    "contents": {"en": "Contents", "nl": "Inhoud"},
    "reason_proposition": {"en": "same proposition: {detail}", "nl": "zelfde propositie: {detail}"},
    "reason_aligned": {"en": "aligned answers: {detail}", "nl": "gekoppelde antwoorden: {detail}"},
    "lost_footnote": {
        "en": "(the text of this note is missing from the source)",
        "nl": "(de tekst van deze noot ontbreekt in de bron)",
    },
}

_STANCES: tuple[tuple[str, str, str, str, str], ...] = (
    ("supports", "supports", "steunt", "#0072B2", "▲"),
    ("rejects", "rejects", "verwerpt", "#D55E00", "▼"),
    ("neutral", "neutral", "neutraal", "#999999", "●"),
    ("conditional", "conditional", "voorwaardelijk", "#E69F00", "◆"),
    ("evades", "evades", "ontwijkt", "#CC79A7", "○"),
)


def label(key: str, language: Language) -> str:
    """The memo's word for ``key`` in ``language``; English when Dutch is missing."""
    entry = _LABELS[key]
    return entry.get(language) or entry["en"]


def default_stances(language: Language) -> tuple[StanceStyle, ...]:
    """The five stances of UI.md (Okabe–Ito colours with shapes), labelled in ``language``."""
    return tuple(
        StanceStyle(key=key, label=nl if language == "nl" else en, colour=colour, glyph=glyph)
        for key, en, nl, colour, glyph in _STANCES
    )


def stance_by_key(key: str, language: Language) -> StanceStyle | None:
    return next((s for s in default_stances(language) if s.key == key), None)
