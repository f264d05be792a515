"""The small parts: formula neutralising, offset mapping, table cells (pure functions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from naast.core.exchange.cells import FORMULA_STARTS, neutralise, restore
from naast.core.exchange.offsets import OffsetMap
from naast.core.parsing import parse_text


@given(st.text())
def test_restore_undoes_neutralise(value: str) -> None:
    assert restore(neutralise(value)) == value


@given(st.text())
def test_a_neutralised_cell_never_starts_a_formula(value: str) -> None:
    assert not neutralise(value).startswith(FORMULA_STARTS)


def test_owasp_examples() -> None:
    assert neutralise("=SUM(1;2)") == "'=SUM(1;2)"
    assert neutralise("-2 procent") == "'-2 procent"
    assert neutralise("@user") == "'@user"
    assert neutralise("\tindent") == "'\tindent"
    assert neutralise("'=al beschermd") == "''=al beschermd"  # and it comes back as it was
    assert neutralise("gewoon") == "gewoon" and restore("'gewoon") == "'gewoon"


WORDS = st.lists(
    st.sampled_from(["de", "terugkeer", "vreemde-\nlingen", "kabinet", "\r\n", "  ", "beleid."]), min_size=3
)


@given(WORDS, st.data())
def test_offsets_follow_the_words_through_parsing(words: list[str], data: st.DataObject) -> None:
    old = " ".join(words)
    new = parse_text(old, source_name="x.txt").text
    offsets = OffsetMap.between(old, new)
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    a, b = offsets.start(start), offsets.end(end)
    assert 0 <= a <= len(new) and 0 <= b <= len(new)
    word = "kabinet"
    if word in old and old.count(word) == new.count(word):
        first = old.index(word)
        assert new[offsets.start(first) : offsets.end(first + len(word))] == word


def test_a_broken_word_maps_onto_the_rejoined_word() -> None:
    old = "De terugkeer van vreemde-\r\nlingen blijft lastig.\r\n"
    new = "De terugkeer van vreemdelingen blijft lastig.\n"
    offsets = OffsetMap.between(old, new)
    start, end = old.index("vreemde"), old.index("lastig.") + 7
    assert new[offsets.start(start) : offsets.end(end)] == "vreemdelingen blijft lastig."
    assert OffsetMap.between(new, new).start(5) == 5
