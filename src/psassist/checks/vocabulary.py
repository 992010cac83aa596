"""Is this word spelled right? The speller, medical words, drug names, the user's words.

LanguageTool's general English dictionary flags drug classes, anatomy and eponyms. A word
is known when any of these accepts it:
- the Hunspell speller (SCOWL en_US, plus the medical lexicon where `psassist setup`
  fetched it), with Hunspell's own affix and case rules;
- the team's list (exam and organisation names, everyday clinical words) and the user's
  dictionary, with the same case rule: a lower-case entry accepts "Sepsis" and "SEPSIS",
  an entry with capitals accepts itself and its all-capital form only;
- drug names from drug-named-entity-recognition;
- medical word formation (neuro + protective, gastr + itis), every part known.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from psassist.checks.drug_names import drug_names
from psassist.checks.word_formation import is_medical_formation
from psassist.engines.hunspell import HunspellSpeller, load_speller
from psassist.engines.medical_lexicon import medical_dictionary_path

__all__ = ["Vocabulary", "builtin_words", "medical_dictionary_path", "read_user_dictionary"]


def _clean(word: str) -> str:
    return word.strip().strip('.,;:!?"()[]{}').replace("\u2019", "'")


def _read_words(lines: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for line in lines:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        # hunspell-style entries may carry affix flags after a slash.
        word = entry.split("/", 1)[0].strip()
        if word and not word.isdigit():
            words.add(word)
    return words


@functools.cache
def builtin_words() -> frozenset[str]:
    text = resources.files("psassist.checks").joinpath("data", "vocabulary.txt").read_text("utf-8")
    return frozenset(_read_words(text.splitlines()))


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
    cleaned = word.strip().strip('.,;:!?"()[]{}')
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
    """Answers "is this a known word?"; cheap to build, the speller is shared per process."""

    def __init__(self, extra: Iterable[str] = (), medical: Path | bool | None = True) -> None:
        path = medical_dictionary_path() if medical is True else medical or None
        self.medical_source = path
        self._medical = (path,) if path else ()
        self._own = set(builtin_words()) | {_clean(w) for w in extra if _clean(w)}
        # Lower-case entries accept any capitalisation of themselves (Hunspell's rule).
        self._own_lower = {w for w in self._own if w.islower()}
        self._own_upper = {w.upper() for w in self._own}

    @property
    def speller(self) -> HunspellSpeller:
        return load_speller(self._medical)

    def __len__(self) -> int:
        return len(self._own) + len(drug_names()) + self.speller.entries

    def knows(self, word: str) -> bool:
        word = _clean(word)
        if not word or not any(c.isalpha() for c in word):
            return True
        base = word[:-2] if word.endswith("'s") and len(word) > 3 else word
        if self._known_own(word) or self._known_own(base) or self.speller.lookup(word):
            return True
        plural = base.endswith("s") and not base.endswith("ss")
        if self._known_drug(base) or (plural and self._known_drug(base[:-1])):
            return True
        if _case_variant(base) and is_medical_formation(base, self._part_known):
            return True
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(self.knows(p) for p in parts)

    def only_in_medical_list(self, word: str) -> bool:
        """Known only because the medical word list has it: that list also holds
        lower-case names ("britain") and fragments ("alon"), so a caller may doubt it."""
        word = _clean(word)
        if not self._medical or self._known_own(word) or self._known_drug(word):
            return False
        return self.speller.lookup(word) and not self.in_general_dictionary(word)

    def in_general_dictionary(self, word: str) -> bool:
        """In the general English dictionary alone (SCOWL), without the medical list."""
        return load_speller(()).lookup(word) if self._medical else self.speller.lookup(word)

    def _known_own(self, word: str) -> bool:
        if word in self._own or word in self._own_upper:
            return True
        if (
            word.endswith("s")
            and not word.endswith("ss")
            and (word[:-1] in self._own or word[:-1] in self._own_upper)
        ):
            return True  # "MSPEs", "clerkships" from "MSPE", "clerkship"
        return _case_variant(word) and word.lower() in self._own_lower

    def _known_drug(self, word: str) -> bool:
        return _case_variant(word) and word.lower() in drug_names()

    def _part_known(self, part: str) -> bool:
        return self.speller.lookup(part) or self._known_own(part)


def _case_variant(word: str) -> bool:
    """lower, Title or UPPER case: the forms a lower-case dictionary entry accepts."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())
