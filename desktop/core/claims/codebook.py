"""The codebook as data: topics (a tree) and a stance scale, with its JSON form.

The JSON form (``naast codebook export``) is::

    {"format": "naast-codebook", "version": 1,
     "topics": [{"code": "9", "label_en": "...", "label_nl": "...", "colour": "#...", "children": []}],
     "stances": [{"code": "supports", "label_en": "...", "label_nl": "...", "colour": "#...",
                  "shape": "triangle_up"}]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from naast.core.errors import NaastError
from naast.paths import resource

FORMAT = "naast-codebook"
VERSION = 1

#: Stance shapes and the glyph that stands for each (colour is never the only sign).
SHAPES: dict[str, str] = {
    "triangle_up": "▲",
    "triangle_down": "▼",
    "circle": "●",
    "diamond": "◆",
    "ring": "○",
    "square": "■",
    "star": "★",
}

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class CodebookError(NaastError):
    """A codebook file is not valid."""


@dataclass(frozen=True, slots=True)
class TopicSpec:
    label_en: str
    label_nl: str
    colour: str
    code: str | None = None
    children: tuple[TopicSpec, ...] = ()
    description: str = ""  # the topic's definition


@dataclass(frozen=True, slots=True)
class StanceSpec:
    code: str
    label_en: str
    label_nl: str
    colour: str
    shape: str


@dataclass(frozen=True, slots=True)
class Codebook:
    topics: tuple[TopicSpec, ...] = ()
    stances: tuple[StanceSpec, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "topics": [_topic_json(t) for t in self.topics],
            "stances": [_stance_json(s) for s in self.stances],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    @staticmethod
    def from_json(data: Any) -> Codebook:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise CodebookError(f"this is not a Naast codebook (expected format {FORMAT!r})")
        version = data.get("version", VERSION)
        if not isinstance(version, int) or version > VERSION:
            raise CodebookError(f"this codebook has version {version!r}; this Naast reads up to {VERSION}")
        topics = tuple(_topic_from(t, f"topics[{i}]") for i, t in enumerate(data.get("topics", [])))
        stances = tuple(_stance_from(s, f"stances[{i}]") for i, s in enumerate(data.get("stances", [])))
        codes = [s.code for s in stances]
        if len(set(codes)) != len(codes):
            raise CodebookError("two stances share a code")
        return Codebook(topics, stances)

    @staticmethod
    def read(path: Path) -> Codebook:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise CodebookError(f"{path} cannot be read: {exc.strerror}") from exc
        except json.JSONDecodeError as exc:
            raise CodebookError(f"{path} is not valid JSON (line {exc.lineno})") from exc
        return Codebook.from_json(data)


def default_codebook_path() -> Path:
    """The shipped default codebook: CAP major topics and the default stance scale."""
    return resource("codebook", "default.json")


def default_codebook() -> Codebook:
    return Codebook.read(default_codebook_path())


def check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise CodebookError(f"{colour!r} is not a colour of the form #RRGGBB")
    return colour.upper()


def check_shape(shape: str) -> str:
    if shape not in SHAPES:
        raise CodebookError(f"{shape!r} is not a stance shape (one of {', '.join(SHAPES)})")
    return shape


def _topic_json(topic: TopicSpec) -> dict[str, Any]:
    return {
        "code": topic.code,
        "label_en": topic.label_en,
        "label_nl": topic.label_nl,
        "colour": topic.colour,
        "description": topic.description,
        "children": [_topic_json(c) for c in topic.children],
    }


def _stance_json(stance: StanceSpec) -> dict[str, Any]:
    return {
        "code": stance.code,
        "label_en": stance.label_en,
        "label_nl": stance.label_nl,
        "colour": stance.colour,
        "shape": stance.shape,
    }


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CodebookError(f"{where}: {key} must be a non-empty text")
    return value.strip()


def _topic_from(data: Any, where: str) -> TopicSpec:
    if not isinstance(data, dict):
        raise CodebookError(f"{where}: a topic must be an object")
    label_en = _text(data, "label_en", where) or ""
    label_nl = _text(data, "label_nl", where, required=False) or label_en
    children = tuple(_topic_from(c, f"{where}.children[{i}]") for i, c in enumerate(data.get("children", [])))
    code = data.get("code")
    return TopicSpec(
        label_en=label_en,
        label_nl=label_nl,
        colour=check_colour(_text(data, "colour", where) or ""),
        code=str(code) if code is not None else None,
        children=children,
        description=str(data.get("description") or ""),
    )


def _stance_from(data: Any, where: str) -> StanceSpec:
    if not isinstance(data, dict):
        raise CodebookError(f"{where}: a stance must be an object")
    label_en = _text(data, "label_en", where) or ""
    return StanceSpec(
        code=_text(data, "code", where) or "",
        label_en=label_en,
        label_nl=_text(data, "label_nl", where, required=False) or label_en,
        colour=check_colour(_text(data, "colour", where) or ""),
        shape=check_shape(_text(data, "shape", where) or ""),
    )
