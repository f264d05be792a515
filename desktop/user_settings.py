"""The user's settings file, read without Qt: the CLI learns who the coder is without loading Qt.

The GUI keeps its preferences with QSettings in INI format in :func:`settings_path` (on Linux the
file QSettings would choose by itself: ``$XDG_CONFIG_HOME/Naast/Naast.conf``); ``NAAST_SETTINGS``
names another file (tests, a shared machine). This module reads the few values the CLI needs —
the coder's name — as QSettings writes them: ``[prefs]`` then ``coder=Anna`` or, with special
characters, ``coder="Anna de Vries, UvA"`` with backslash escapes.
"""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT = "NAAST_SETTINGS"
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'", "0": "\0"}


def settings_path() -> Path:
    named = os.environ.get(ENVIRONMENT)
    if named:
        return Path(named)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "Naast" / "Naast.conf"


def read_setting(key: str, path: Path | None = None) -> str | None:
    """The value of ``section/name`` in the settings file, or None when it (or the file) is absent."""
    section, _, name = key.rpartition("/")
    try:
        lines = (path or settings_path()).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    current = ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
        elif current == (section or "General") and "=" in stripped:
            found, _, value = stripped.partition("=")
            if found.strip() == name:
                return _unquote(value.strip())
    return None


def _unquote(value: str) -> str:
    if not value.startswith('"'):
        return value
    out: list[str] = []
    i = 1
    while i < len(value) and value[i] != '"':
        if value[i] == "\\" and i + 1 < len(value):
            out.append(_ESCAPES.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def coder_setting(path: Path | None = None) -> str:
    """The coder's name as set in the GUI (its first start, or Preferences); "" when unset."""
    return (read_setting("prefs/coder", path) or "").strip()


def resolve_coder(given: str | None, path: Path | None = None) -> str:
    """``--coder`` when given, else the setting: one coder identity for GUI and CLI."""
    return given.strip() if given is not None else coder_setting(path)
