"""Part of the Naast desktop GUI."""
