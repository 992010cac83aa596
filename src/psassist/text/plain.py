"""Plain ASCII for the ERAS text box: the one table of typographic characters and their forms.

AAMC asks for statements prepared in a plain-text editor because word processors add
"hidden and invalid formatting" [OFF]; smart quotes, dashes and bullets are reported to
arrive as odd characters or question marks [SEC] (DOMAIN.md section 1). The checker's
`eras.plain-text` rule and the txt export must agree on every replacement, so the table
lives here, with no dependency beyond the standard library.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

#: character -> (ASCII replacement, what it is)
TYPOGRAPHY: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "\u2018": ("'", "curly quote"),
        "\u2019": ("'", "curly apostrophe"),
        "\u201a": ("'", "low quote"),
        "\u201b": ("'", "reversed quote"),
        "\u201c": ('"', "curly quote"),
        "\u201d": ('"', "curly quote"),
        "\u201e": ('"', "low quote"),
        "\u00ab": ('"', "guillemet"),
        "\u00bb": ('"', "guillemet"),
        "\u2013": ("-", "en dash"),
        "\u2014": (" - ", "em dash"),
        "\u2015": (" - ", "dash"),
        "\u2012": ("-", "figure dash"),
        "\u2010": ("-", "hyphen"),
        "\u2011": ("-", "hyphen"),
        "\u2212": ("-", "minus sign"),
        "\u2026": ("...", "ellipsis character"),
        "\u00a0": (" ", "non-breaking space"),
        "\u202f": (" ", "narrow no-break space"),
        "\u2009": (" ", "thin space"),
        "\u2002": (" ", "en space"),
        "\u2003": (" ", "em space"),
        "\u00ad": ("", "soft hyphen"),
        "\u200b": ("", "zero-width space"),
        "\ufeff": ("", "zero-width no-break space"),
        "\u2032": ("'", "prime"),
    }
)
#: Bullets and list symbols: they become nothing (a list item reads as a sentence).
BULLETS = "\u2022\u25cf\u25e6\u25aa\u25a0\u2023\u2043\u2219\u00b7\u27a2\u2713\u2714\u2192"
#: Letters whose decomposition has no ASCII form but a conventional spelling.
_LETTERS: Mapping[str, str] = MappingProxyType(
    {
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u00c6": "AE",
        "\u0153": "oe",
        "\u0152": "OE",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0111": "d",
        "\u0110": "D",
        "\u0142": "l",
        "\u0141": "L",
        "\u0131": "i",
        "\u00fe": "th",
        "\u00de": "Th",
        "\u00f0": "d",
        "\u00d0": "D",
    }
)


def ascii_form(char: str) -> str | None:
    """What `char` becomes in plain ASCII text, or None when it has no faithful form."""
    if char == "\n" or " " <= char <= "~":
        return char
    if char == "\t":
        return " "
    if char in TYPOGRAPHY:
        return TYPOGRAPHY[char][0]
    if char in BULLETS:
        return ""
    if char in _LETTERS:
        return _LETTERS[char]
    if unicodedata.category(char).startswith("C"):
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if folded and all(" " <= c <= "~" for c in folded):
        return folded
    return None


def describe(char: str) -> str:
    """A short human name for a character, for messages."""
    if char in TYPOGRAPHY:
        return TYPOGRAPHY[char][1]
    if char in BULLETS:
        return "bullet or symbol"
    return unicodedata.name(char, f"U+{ord(char):04X}").lower()


@dataclass(frozen=True)
class Unconvertible:
    """A character with no ASCII form, where it is (1-based line and column)."""

    char: str
    line: int
    column: int


@dataclass(frozen=True)
class PlainText:
    text: str
    replaced: Counter[str]  # description -> how many were replaced
    unconvertible: tuple[Unconvertible, ...]


def to_ascii(text: str) -> PlainText:
    """Replace every non-ASCII character by its ASCII form; list those that have none."""
    out: list[str] = []
    replaced: Counter[str] = Counter()
    missing: list[Unconvertible] = []
    line, column = 1, 0
    for char in text:
        column += 1
        if char == "\n":
            line, column = line + 1, 0
        form = ascii_form(char)
        if form is None:
            missing.append(Unconvertible(char, line, column))
            continue
        if form != char:
            replaced[describe(char)] += 1
        out.append(form)
    return PlainText("".join(out), replaced, tuple(missing))
