"""Spreadsheet cells that can never become formulas (OWASP's advice on CSV injection).

A CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel,
LibreOffice Calc and Google Sheets as a formula (``=HYPERLINK(...)``, ``=SUM(1;2)``). Writing it
with a leading apostrophe makes every one of them show it as text; reading it back strips that one
apostrophe again. In .xlsx cells are typed as strings, so nothing needs changing there.
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _needs_prefix(value: str) -> bool:
    return value.startswith(FORMULA_STARTS) or (
        value.startswith("'") and value[1:].startswith(FORMULA_STARTS)
    )


def neutralise(value: str) -> str:
    """``value`` as a CSV cell that a spreadsheet shows as text."""
    return "'" + value if _needs_prefix(value) else value


def restore(value: str) -> str:
    """The value :func:`neutralise` was given (its one added apostrophe dropped)."""
    return value[1:] if value.startswith("'") and _needs_prefix(value[1:]) else value
