"""``whole_places`` hashes many texts in one pass; each text's answer must be the one
``shared_passages`` gives for that text alone: the first place holding the whole passage."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from naast.core.compare.reuse import MAX_REPEATS, WordText, shared_passages, whole_places

# words and marks that the tokenizer glues or splits: hyphens at line ends, numbers, apostrophes
PIECES = ["de", "minister", "EU-", "verband", "4.830", "NGO’s", "terug-\nkeer", "-", "\n", ","]
PIECES += ["Opvang", "opvang"]
text = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join).map(lambda t: t.replace(" \n ", "\n"))
cut = st.tuples(text, st.integers(0, 4), st.integers(0, 4)).map(lambda x: x[0][x[1] : len(x[0]) - x[2]])


def _alone(passage: WordText, one: str) -> tuple[int, int] | None:
    found = shared_passages(passage, WordText.build(one), len(passage.hashes))
    return found[0].b if found else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map(" ".join), st.lists(cut, max_size=6))
def test_each_text_gets_the_place_it_gets_alone(words: str, texts: list[str]) -> None:
    passage = WordText.build(words)
    assume(len(passage.hashes) >= 1)
    for one in texts:  # shared_passages skips a passage repeated this often in a text: no reference
        assume(str(one).casefold().count(words.casefold()) <= MAX_REPEATS)
    assert whole_places(passage, texts) == [_alone(passage, one) for one in texts]


def test_a_passage_is_found_where_it_stands_whole_and_nowhere_else() -> None:
    passage = WordText.build("de minister antwoordt")
    texts = ["Zo antwoordt de minister antwoordt.", "de minister", "", "De Minister  antwoordt nu"]
    assert whole_places(passage, texts) == [(13, 34), None, None, (0, 22)]


@settings(max_examples=200, deadline=None)
@given(st.lists(cut, max_size=8))
def test_words_hashed_together_are_those_of_each_text_alone(texts: list[str]) -> None:
    for many, one in zip(WordText.build_many(texts), texts, strict=True):
        alone = WordText.build(one)
        assert many.text == one
        assert many.hashes.tolist() == alone.hashes.tolist()
        assert (many.starts.tolist(), many.ends.tolist()) == (alone.starts.tolist(), alone.ends.tolist())
