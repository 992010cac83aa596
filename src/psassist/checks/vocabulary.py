"""Words that must not be reported as misspellings: ours, a medical dictionary, the user's.

LanguageTool's general English dictionary flags drug classes, anatomy and eponyms. The
team's list covers exam and organisation names and everyday clinical words; Debian's
hunspell-en-med (OpenMedSpel, about 90,000 entries) adds depth where installed; the
user's own dictionary file covers the rest, such as names of people and places.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

#: Where Debian and Ubuntu install hunspell-en-med.
MEDICAL_DICTIONARIES = (
    Path("/usr/share/hunspell/en_med_glut.dic"),
    Path("/usr/share/myspell/dicts/en_med_glut.dic"),
)
_SUFFIXES = ("'s", "\u2019s", "s'", "es", "s", "ed", "d", "ing", "ly", "al", "ic")


def _clean(word: str) -> str:
    return word.strip().strip(".,;:!?\"()[]{}").replace("\u2019", "'")


def _read_words(lines: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        # hunspell entries carry affix flags after a slash; a leading count line is a number.
        word = entry.split("/", 1)[0].strip()
        if word and not word.isdigit():
            words.add(word)
    return words


@functools.cache
def builtin_words() -> frozenset[str]:
    text = resources.files("psassist.checks").joinpath("data", "vocabulary.txt").read_text(
        "utf-8"
    )
    return frozenset(_read_words(text.splitlines()))


def medical_dictionary_path() -> Path | None:
    explicit = os.environ.get("PSASSIST_MEDICAL_DICTIONARY")
    if explicit:
        return Path(explicit)
    return next((p for p in MEDICAL_DICTIONARIES if p.is_file()), None)


@functools.cache
def _medical_words(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return frozenset(_read_words(handle))
    except OSError:
        return frozenset()


def read_user_dictionary(path: Path) -> frozenset[str]:
    """The user's words; a missing file is simply empty."""
    try:
        return frozenset(_read_words(path.read_text(encoding="utf-8").splitlines()))
    except (OSError, UnicodeDecodeError):
        return frozenset()


def add_user_word(path: Path, word: str) -> str:
    """Append `word` (trimmed of punctuation) to the user's dictionary once; returns it.

    The app's `w` key calls this; the next Vocabulary built from the file knows the word.
    """
    cleaned = word.strip().strip(".,;:!?\"()[]{}")
    if not cleaned or any(c.isspace() for c in cleaned):
        raise ValueError(f"{word!r} is not one word")
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if cleaned in existing.splitlines():
        return cleaned
    prefix = "" if not existing or existing.endswith("\n") else "\n"
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"{prefix}{cleaned}\n")
    return cleaned


class Vocabulary:
    """Answers "is this a known word?" with light morphology, so one entry covers its forms."""

    def __init__(self, extra: Iterable[str] = (), medical: Path | bool | None = True) -> None:
        path = medical_dictionary_path() if medical is True else medical or None
        self.medical_source = path
        self._exact = set(builtin_words()) | set(_medical_words(path)) | {
            _clean(w) for w in extra if _clean(w)
        }
        self._lower = {w.lower() for w in self._exact if not w.isupper()}

    def __len__(self) -> int:
        return len(self._exact)

    def knows(self, word: str) -> bool:
        word = _clean(word)
        if not word:
            return True
        if self._known_form(word):
            return True
        for suffix in _SUFFIXES:
            if word.lower().endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if self._known_form(stem) or self._known_form(stem + "e"):
                    return True
        if word.lower().endswith("ies") and self._known_form(word[:-3] + "y"):
            return True
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(self.knows(p) for p in parts)

    def _known_form(self, word: str) -> bool:
        if word in self._exact:
            return True
        # All-capital entries are acronyms: "Usmle" is not "USMLE", but "Sepsis" is "sepsis".
        return not word.isupper() and word.lower() in self._lower
