"""Naast: read, tag and compare what Dutch ministers tell parliament, side by side."""

__version__ = "0.1.0"
