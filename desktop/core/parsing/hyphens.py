"""Decide whether a hyphen at a line end is a break inside a word or a real hyphen.

Evidence first, from the document itself: the joined form written elsewhere means a break;
the hyphenated form written elsewhere means a real hyphen. Otherwise Dutch spelling decides:
a capital or digit after the hyphen (EU-Dublinverordening, 2019-2020), an abbreviation before
it (COA-locatie, vmbo-leerling: no Dutch word begins "vm"), a single letter (e-mail), the
prefixes niet-, oud- and ex- (niet-gouvernementeel, oud-minister), a suspended compound
("wet- en regelgeving") or two vowels that would merge (zee-egel) keep the hyphen; a lower-case
continuation is a word broken by the typesetter. Dutch drops a trema at a break (be-eindigd,
financi-ele), so joining such a break puts it back: beëindigd, financiële.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

_PUNCTUATION = ".,;:!?()[]{}«»“”‘’'\"…–—*&%$#@+=<>|_-0123456789"
_SUSPENDED = {"en", "of", "tot", "noch", "als", "and", "or"}
# Vowels that would read as one sound when joined, so Dutch spelling keeps the hyphen
# (zee-eend, politie-inzet, auto-ongeluk). Not "ie": typesetters split financi-eel, materi-eel.
_MERGING = {"aa", "ee", "ii", "oo", "uu", "ai", "au", "ei", "eu", "oe", "ou", "ui"}
_VOWELS = "aeiouyáéíóúäëïöüàèìòùâêîôû"
_ONSET_RE = re.compile(f"[^{_VOWELS}]*")
_TAIL_WORD_RE = re.compile(r"[\w'’]+$")
_HEAD_WORD_RE = re.compile(r"[\w'’]+")
# Consonant clusters a Dutch word (loanwords included) can begin with; a word starting otherwise
# is an initialism read letter by letter (vmbo, wmo, hbo), which takes a hyphen in a compound.
_ONSETS = {
    "bl", "br", "ch", "chr", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gn", "gr", "kl", "kn", "kr", "kw",
    "ph", "pl", "pr", "ps", "sc", "sch", "schr", "scr", "sf", "sh", "sj", "sk", "skr", "sl", "sm", "sn",
    "sp", "spl", "spr", "st", "str", "sw", "th", "tj", "tr", "ts", "tw", "vl", "vr", "wr", "zw", "gh",
    "kh", "rh", "pn", "wh",
}  # fmt: skip
# Initialisms written in lower case whose letters could begin a Dutch word, so that the onset
# test below cannot tell them (vmbo, wmo and ggz it can): Dutch joins them to a word with a
# hyphen (cao-overleg, havo-diploma, ov-chipkaart). None is a syllable a typesetter breaks after.
_LOWER_INITIALISMS = frozenset(
    {"aow", "anw", "atv", "awbz", "cao", "havo", "ict", "ivf", "mavo", "ov", "ozb", "pabo", "uwv", "vavo",
     "vve", "wao", "wia"}
)  # fmt: skip
# Prefixes that Dutch writes with a hyphen before a word (niet-roker, oud-minister, ex-partner).
_HYPHEN_PREFIXES = {"niet", "oud", "ex"}
_SUFFIX_RE = re.compile(r"(?:heid|st|ste|je|jes|ig|ige|er|ers|e|en)")
# The unstressed prefixes be- and ge- are never hyphenated; a clash after them takes a trema.
_TREMA_PREFIXES = {"be", "ge"}
_SPLIT_PAIRS = _MERGING | {"ie"}
_TREMA = str.maketrans("aeiouAEIOU", "äëïöüÄËÏÖÜ")


class WordIndex:
    """The words of one document, for the hyphen decision.

    A word of the document is a token (between white space, "/" counting as space) stripped of
    punctuation, or a part of such a token written with hyphens. The pieces on either side of a
    line-end hyphen are not words: they are what is being decided. Each question looks only at
    the lines where the asked form occurs, so a document is never tokenised as a whole.
    """

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._text: str | None = None
        self._answers: dict[tuple[str, str], bool] = {}

    def has_word(self, form: str) -> bool:
        """``form`` (lower case) is a word of the document, alone or as part of a compound."""
        return self._ask("word", form)

    def has_hyphenated(self, form: str) -> bool:
        """``form`` (lower case, with a hyphen) is written as one word of the document."""
        return self._ask("hyphenated", form)

    def has_hyphen_head(self, head: str) -> bool:
        """``head`` begins a hyphenated compound of the document whose hyphen no other rule
        explains (cao-partijen, havo-diploma): such a word takes a hyphen in its compounds."""
        return self._ask("head", head)

    def _ask(self, kind: str, form: str) -> bool:
        answer = self._answers.get((kind, form))
        if answer is None:
            needle = form + "-" if kind == "head" else form
            test = _TESTS[kind]
            answer = any(test(word, form) for word in self._words_with(needle))
            self._answers[(kind, form)] = answer
        return answer

    def _words_with(self, needle: str) -> Iterator[str]:
        """The stripped words that hold ``needle``, from each line in which it occurs. Only
        these can pass a test: each test finds the form it asks about inside the word."""
        if self._text is None:
            # Lowered line by line: most lines are ASCII, which str.lower does in a fast loop; the
            # document as a whole is not, and lowering it took three times as long.
            self._text = "\n".join([line.lower() for line in self._lines]).replace("/", " ")
        text = self._text
        pos = text.find(needle) if needle else -1
        while pos != -1:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            parts = text[start:end].split()
            if parts and start >= 2 and text[start - 2] == "-":
                parts = parts[1:]  # the tail of a word broken on the line before
            if text[end - 1 : end] == "-":
                parts = parts[:-1]  # the head of a word broken at this line's end
            for token in parts:
                if needle in token:
                    word = token.strip(_PUNCTUATION)
                    if word:
                        yield word
            pos = text.find(needle, end)


def _is_word(word: str, form: str) -> bool:
    return word == form or ("-" in word and form in word.split("-"))


def _is_hyphen_head(word: str, head: str) -> bool:
    first, dash, rest = word.partition("-")
    return (
        bool(dash)
        and first == head
        and bool(rest)
        and rest[0].isalpha()
        and (head[-1] + rest[0]) not in _MERGING
    )


_TESTS: dict[str, Callable[[str, str], bool]] = {
    "word": _is_word,
    "hyphenated": lambda word, form: word == form and "-" in word,
    "head": _is_hyphen_head,
}


def join_hyphenated(left: str, right: str, index: WordIndex) -> str:
    """Join ``left`` (ending in '-') with the next line ``right``."""
    head = left[:-1]
    last = head[head.rfind(" ") + 1 :]  # the last word; the paragraph so far is not split
    first = right.partition(" ")[0]
    if _is_url(last):
        return head + "-" + right
    if right and _trema_break(_tail_word(last), _head_word(first), index):
        return head + right[0].translate(_TREMA) + right[1:]
    if keep_hyphen(last, first, index):
        if first.lower().strip(",.;:") in _SUSPENDED:
            return head + "- " + right
        return head + "-" + right
    return head + right


def keep_hyphen(before: str, after: str, index: WordIndex) -> bool:
    left = _tail_word(before)
    right = _head_word(after)
    if not left or not right:
        return True
    if right.lower() in _SUSPENDED:
        return True
    joined = (left + right).lower()
    dashed = f"{left}-{right}".lower()
    if index.has_hyphenated(dashed):
        return True
    if index.has_word(joined):
        return False
    if right[0].isupper() or right[0].isdigit() or left[-1].isdigit() or len(left) == 1:
        return True  # a typesetter never leaves one letter: "e-mail", "x-as"
    if _is_abbreviation(left) or not _has_vowel(left) or not _has_vowel(right):
        return True  # a fragment without a vowel is no syllable: "htl-plaatsing"
    low = left.lower()
    if low in _LOWER_INITIALISMS:
        return True  # "cao-afspraken", "havo-leerlingen"
    if low in _HYPHEN_PREFIXES and not _SUFFIX_RE.fullmatch(right.lower()):
        return low != "ex" or index.has_word(right.lower())  # ex-minister, but export, extra
    if not _starts_like_a_word(low) or index.has_hyphen_head(low):
        return True
    return (left[-1] + right[0]).lower() in _MERGING


def _trema_break(left: str, right: str, index: WordIndex) -> bool:
    """True if the break split two vowels that the joined word writes with a trema."""
    if len(left) < 2 or len(right) < 2:
        return False
    low, rlow = left.lower(), right.lower()
    if index.has_hyphenated(f"{low}-{rlow}") or index.has_word(low + rlow):
        return False
    if low[-1] + rlow[0] not in _SPLIT_PAIRS:
        return False
    if index.has_word(low + rlow.translate(_TREMA)[0] + rlow[1:]):
        return True
    if low in _TREMA_PREFIXES:
        return low[-1] + rlow[0] != "ie"
    if low[-1] == "i" and low[-2] not in _VOWELS:  # financi-ele, pati-ent; not financi-eel, -eus
        return rlow[1] not in "eiu"
    return rlow[0] == "e" and re.fullmatch(r"e(?:el|le|len|ler)", rlow) is not None  # ide-ele


def _starts_like_a_word(word: str) -> bool:
    """False if the consonants before the first vowel cannot begin a Dutch word (vmbo, wmo)."""
    onset = _ONSET_RE.match(word)
    cluster = onset.group(0) if onset else ""
    return len(cluster) <= 1 or cluster in _ONSETS


def _tail_word(text: str) -> str:
    match = _TAIL_WORD_RE.search(text)
    return match.group(0) if match else ""


def _head_word(text: str) -> str:
    match = _HEAD_WORD_RE.match(text)
    return match.group(0) if match else ""


def _is_abbreviation(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2


def _has_vowel(word: str) -> bool:
    return any(c in "aeiouyáéíóúäëïöüàèìòùâêîôû" for c in word.lower())


def _is_url(token: str) -> bool:
    return "://" in token or token.startswith("www.") or token.count("/") >= 2
