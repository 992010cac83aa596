"""Characters a statement may hold but a reader cannot see, and their ERAS-safe forms.

Text pasted from PDFs and word processors brings vertical tabs, form feeds, Unicode line
and paragraph separators, NEL, bells, backspaces, zero-width and bidirectional marks. The
editor shows them and keeps them; replacing them is the applicant's choice, made with one
key, and this table says what each becomes: a line break for the separators (a blank line
for a paragraph separator), nothing for the rest.
"""

from __future__ import annotations

import unicodedata

#: Characters that end a line for Python's str.splitlines() but not for a statement file.
LINE_SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028"
PARAGRAPH_SEPARATOR = "\u2029"
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def is_hidden(char: str) -> bool:
    """A control, format or separator character other than tab and newline."""
    return char not in "\t\n" and unicodedata.category(char) in _HIDDEN_CATEGORIES


def eras_safe_form(char: str, following: str = "") -> str:
    """What a hidden character becomes in text for the ERAS box."""
    if char in LINE_SEPARATORS:
        return "\n"
    if char == PARAGRAPH_SEPARATOR:
        return "\n\n"
    if char == "\r":
        return "" if following == "\n" else "\n"
    return ""


def replace_hidden(text: str) -> tuple[str, int]:
    """The text with every hidden character in its ERAS-safe form, and how many there were."""
    if text.isprintable() and "\r" not in text:
        return text, 0
    out: list[str] = []
    count = 0
    for index, char in enumerate(text):
        if is_hidden(char):
            count += 1
            out.append(eras_safe_form(char, text[index + 1 : index + 2]))
        else:
            out.append(char)
    return "".join(out), count
