"""Making arbitrary text safe for XML (and so for .docx): control characters from bad PDFs."""

from __future__ import annotations

import re

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORM_BREAKS = re.compile("[\x0b\x0c]")


def xml_safe(text: str) -> str:
    """``text`` without characters XML cannot hold; vertical tab and form feed become spaces."""
    return _INVALID.sub("", _FORM_BREAKS.sub(" ", text))
