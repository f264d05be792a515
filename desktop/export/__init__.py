"""Exports: a format-neutral plan, then one writer per format. No Qt here."""
