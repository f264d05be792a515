"""The toolbar's icons and the application icon, drawn as SVG in ``resources/icons``.

Each icon uses a mid grey and the palette's blue, which read on light and dark backgrounds alike,
so one set serves both themes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from naast.paths import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def application_icon() -> QIcon:
    return icon("naast")
