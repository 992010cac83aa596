"""The determiner word lists behind grammar.noun-number, and numbers written as words.

The lists live in data/determiners.toml with their sources; this module loads them
once and reads a number token ("5", "1,200", "five") as a value.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from psassist.checks.analysis import Token


@dataclass(frozen=True)
class Words:
    plural: frozenset[str]
    count_or_mass: frozenset[str]
    singular: frozenset[str]
    one_of_many: frozenset[str]
    group_of: frozenset[str]
    lot_of: frozenset[str]
    after_number: frozenset[str]
    groups: frozenset[str]
    spans: frozenset[str]
    plural_in_form: frozenset[str]
    share_of: frozenset[str]


@functools.cache
def words() -> Words:
    """The word lists in data/determiners.toml (sources cited there)."""
    text = (
        resources.files("psassist.checks.learner")
        .joinpath("data", "determiners.toml")
        .read_text("utf-8")
    )
    data = tomllib.loads(text)
    return Words(**{name: frozenset(data[name]) for name in Words.__dataclass_fields__})


DEFINITE = frozenset({"the", "my", "your", "his", "her", "its", "our", "their", "these", "those"})
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
}  # fmt: skip


def number_value(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    if token.text.replace(",", "").isdigit() and "," in token.text:
        return int(token.text.replace(",", ""))
    return _NUMBER_WORDS.get(token.lower)
