"""Loading the data files behind the phrase rules, compiled once per process."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from psassist.checks.analysis import Analysis

# Word processors turn ' and " into curly quotes; fold them so patterns match either.
QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@functools.cache
def load_data(name: str) -> dict[str, Any]:
    text = resources.files("psassist.checks").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True)
class Cliche:
    key: str
    patterns: tuple[re.Pattern[str], ...]
    reason: str
    direction: str
    source: str


@functools.cache
def cliches() -> tuple[Cliche, ...]:
    return tuple(
        Cliche(
            entry["key"],
            tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in entry["patterns"]),
            entry["reason"],
            entry["direction"],
            entry["source"],
        )
        for entry in load_data("cliches.toml")["cliche"]
    )


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One alternation matching any phrase as whole words, longest first."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE)


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    return tuple(load_data("phrases.toml")[name])


@functools.cache
def simpler_words() -> dict[str, str]:
    return dict(load_data("phrases.toml")["simpler"])


def folded(analysis: Analysis) -> str:
    """The text with curly quotes folded, computed once per analysis."""
    return analysis.memo("folded", lambda: analysis.text.translate(QUOTE_FOLD))
