"""Text made safe for the XML inside Office files (DOCX, XLSX).

XML 1.0 cannot hold most control characters; python-docx and openpyxl refuse a string that
has one. An article imported from a PDF can carry a form feed or a stray NUL, and one such
character must not make the whole report fail.
"""

from __future__ import annotations

import re

# Everything XML 1.0 forbids: C0 controls except tab, line feed and carriage return, the
# surrogates, and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by a space."""
    return _NOT_XML.sub(" ", text)
