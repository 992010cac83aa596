"""A Hunspell spell checker in pure Python (spylls), loaded once per process.

The base dictionary is SCOWL's en_US Hunspell dictionary (size 60, the one LibreOffice and
Firefox ship), which spylls bundles, so it is present wherever psassist installs. More
Hunspell word lists (the medical lexicon) are read with the same affix file, so their
affix flags and Hunspell's case rules apply to them too: a list entry "Definate" accepts
"Definate" and "DEFINATE" but never "definate" or "definately".
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

#: Where the base dictionary comes from (SCOWL's licence is in spylls' copy of the .aff).
BASE_DICTIONARY = "en_US"
BASE_SOURCE = (
    "SCOWL en_US Hunspell dictionary 2020.12.07 (wordlist.aspell.net), as bundled with spylls"
)


class HunspellSpeller:
    """Answers "is this word spelled right?" with Hunspell's affix and case rules.

    Parsing 140,000 dictionary entries into spylls' objects takes seconds, and a check
    asks about a few dozen words. So entries are parsed on demand: the raw lines are
    grouped by the first two letters of their stem, and a group is parsed (with the base
    affix file) the first time a word could need it. Each lookup is still an exact
    Hunspell lookup over every entry that could produce the word.
    """

    def __init__(self, extra_dictionaries: Sequence[Path] = ()) -> None:
        from spylls.hunspell import readers
        from spylls.hunspell.algo.lookup import Lookup
        from spylls.hunspell.data.dic import Dic
        from spylls.hunspell.readers.file_reader import FileReader

        base = _bundled_dictionary_path()
        self._aff, self._context = readers.read_aff(FileReader(f"{base}.aff"))
        self._dic: Any = Dic(words=[])
        self._groups: dict[str, list[str]] = {}
        #: Dictionary entries read (before affixes), for `psassist doctor`.
        self.entries = 0
        self.sources: list[str] = [BASE_SOURCE]
        self._add_lines(Path(f"{base}.dic").read_text(encoding="utf-8").splitlines())
        for path in extra_dictionaries:
            self._add_lines(path.read_text(encoding="utf-8", errors="replace").splitlines())
            self.sources.append(str(path))
        self._prefixes = tuple(
            sorted({p.add.lower() for entries in self._aff.PFX.values() for p in entries if p.add})
        )
        self._parse_group("")  # entries that start with no letter: numbers, ordinals
        self._lookup_engine: Any = Lookup(self._aff, self._dic)
        self._lock = threading.RLock()
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)

    def _add_lines(self, lines: Iterable[str]) -> None:
        for number, line in enumerate(lines):
            entry = line.strip()
            # A leading count line; entries with spaces are prose (the medical list opens
            # with its own description).
            if not entry or (number == 0 and entry.isdigit()) or " " in entry:
                continue
            self._groups.setdefault(_group_key(entry), []).append(entry)
            self.entries += 1

    def _parse_group(self, key: str) -> None:
        lines = self._groups.pop(key, None)
        if not lines:
            return
        from spylls.hunspell.readers.dic import read_dic
        from spylls.hunspell.readers.file_reader import BaseReader

        added = read_dic(
            BaseReader(io.StringIO("\n".join(lines))), aff=self._aff, context=self._context
        )
        self._dic.words.extend(added.words)
        for stem, entries in added.index.items():
            self._dic.index[stem].extend(entries)
        for stem, entries in added.lowercase_index.items():
            self._dic.lowercase_index[stem].extend(entries)

    def _prepare(self, word: str) -> None:
        """Parse every group that holds a stem this word could be formed from."""
        for part in word.lower().split("-"):
            stems = [part] + [part[len(p) :] for p in self._prefixes if part.startswith(p)]
            for stem in stems:
                self._parse_group(stem[:1])
                self._parse_group(stem[:2])

    def _lookup(self, word: str) -> bool:
        with self._lock:  # one lookup at a time: the UI and the CLI may share a speller
            self._prepare(word)
            return bool(self._lookup_engine(word))


def _group_key(entry: str) -> str:
    """The first two letters of an entry's stem, lower-cased; "" when it starts otherwise."""
    key = ""
    for char in entry.split("/", 1)[0].lower()[:2]:
        if not char.isalpha():
            break
        key += char
    return key


def _bundled_dictionary_path() -> str:
    """spylls' copy of the SCOWL dictionary (installed as plain files, never zipped)."""
    return str(resources.files("spylls.hunspell").joinpath("data", "en", BASE_DICTIONARY))


_load_lock = threading.Lock()


@functools.cache
def _load(extra: tuple[Path, ...]) -> HunspellSpeller:
    return HunspellSpeller(extra)


def load_speller(extra_dictionaries: Sequence[Path] = ()) -> HunspellSpeller:
    """The process's speller for these word lists, read once."""
    with _load_lock:
        return _load(tuple(extra_dictionaries))
