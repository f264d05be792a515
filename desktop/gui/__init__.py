"""The Qt desktop application: the only package that imports PySide6."""

from naast.gui.qt_workarounds import make_none_immortal

make_none_immortal()  # before any Qt call: see qt_workarounds.py
