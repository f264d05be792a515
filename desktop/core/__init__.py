"""Pure-Python core of Naast: never imports Qt."""
