"""The `psassist` settings section an editor sends: from initializationOptions and
`workspace/configuration`, the latter winning key by key.

Keys are camelCase, as editors' settings usually are:

- `specialty`, `program`: what `psassist check --specialty/--program` take;
- `disabledRules`: rule ids or categories, as `--disable`;
- `compare`: folders of other statements, as `--compare`;
- `compareSamples`: also compare with the bundled samples (default true; `--no-samples`);
- `debounceMs`: how long typing must pause before a re-check (default 300).

A value of the wrong type is reported and ignored, never fatal: the editor keeps working.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SECTION = "psassist"
DEFAULT_DEBOUNCE_MS = 300


@dataclass(frozen=True)
class LspSettings:
    specialty: str | None = None
    program: str | None = None
    disabled_rules: frozenset[str] = frozenset()
    compare: tuple[Path, ...] = ()
    compare_samples: bool = True
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    #: One line per value that was ignored, for the editor's log.
    problems: tuple[str, ...] = field(default=(), compare=False)


def section_of(raw: object) -> dict[str, Any]:
    """The psassist section of what a client sent: `{"psassist": {...}}` or the section."""
    if not isinstance(raw, Mapping):
        return {}
    inner = raw.get(SECTION)
    return dict(inner) if isinstance(inner, Mapping) else dict(raw)


def _text(raw: Mapping[str, Any], key: str, problems: list[str]) -> str | None:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        problems.append(f"{SECTION}.{key} must be text")
        return None
    return value.strip()


def _texts(raw: Mapping[str, Any], key: str, problems: list[str]) -> list[str]:
    value = raw.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{SECTION}.{key} must be a list of text")
        return []
    return [v.strip() for v in value if v.strip()]


def parse_settings(raw: Mapping[str, Any]) -> LspSettings:
    """Settings from one psassist section; a bad value is left at its default."""
    problems: list[str] = []
    folders: list[Path] = []
    for entry in _texts(raw, "compare", problems):
        folder = Path(entry).expanduser()
        if folder.is_dir():
            folders.append(folder)
        else:
            problems.append(f"{SECTION}.compare: {entry}: not a folder")
    samples = raw.get("compareSamples", True)
    if not isinstance(samples, bool):
        problems.append(f"{SECTION}.compareSamples must be true or false")
        samples = True
    debounce = raw.get("debounceMs", DEFAULT_DEBOUNCE_MS)
    if isinstance(debounce, bool) or not isinstance(debounce, int) or not 0 <= debounce <= 10_000:
        problems.append(f"{SECTION}.debounceMs must be a whole number of milliseconds (0-10000)")
        debounce = DEFAULT_DEBOUNCE_MS
    return LspSettings(
        specialty=_text(raw, "specialty", problems),
        program=_text(raw, "program", problems),
        disabled_rules=frozenset(_texts(raw, "disabledRules", problems)),
        compare=tuple(folders),
        compare_samples=samples,
        debounce_ms=debounce,
        problems=tuple(problems),
    )
