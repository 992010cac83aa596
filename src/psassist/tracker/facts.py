"""Sourced facts: every source has a tag and a retrieval date, every date a tag and sources.

A date tagged inferred or secondary is an estimate: the tracker shows and exports it as
one, so an applicant never mistakes a pattern from earlier seasons for an official date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Tag(Enum):
    """How far a fact can be trusted (the tags of DOMAIN.md)."""

    OFFICIAL = "OFF"
    SECONDARY = "SEC"
    INFERRED = "INF"
    UNCONFIRMED = "UNCONFIRMED"

    @property
    def describe(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Tag.OFFICIAL: "official source",
    Tag.SECONDARY: "secondary source, not confirmed by an official page",
    Tag.INFERRED: "inferred from earlier seasons; no official date published",
    Tag.UNCONFIRMED: "not confirmed",
}
#: Dates with these tags are estimates.
ESTIMATE_TAGS = frozenset({Tag.SECONDARY, Tag.INFERRED})


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    tag: Tag
    retrieved: date


@dataclass(frozen=True)
class DateFact:
    """A dated event of the season (an opening, a deadline, Match Day) and where it comes from."""

    id: str
    title: str
    date: date
    tag: Tag
    sources: tuple[Source, ...]
    note: str = ""
    weekend_ok: bool = False  # its source states this Saturday or Sunday (OET sittings)

    @property
    def estimate(self) -> bool:
        return self.tag in ESTIMATE_TAGS


@dataclass(frozen=True)
class Signals:
    """Program signals per specialty from one AAMC page, labelled with that page's season.

    A later season's allotments are often published after psassist's data was compiled, so
    the label says which season the numbers belong to and `note` says what is missing.
    """

    season: str
    allotments: tuple[tuple[str, str], ...]  # (specialty, signals), as the page lists them
    tag: Tag
    sources: tuple[Source, ...]
    note: str = ""


@dataclass(frozen=True)
class SeasonLimit:
    """A number that ERAS sets per season (letters per program, statement characters)."""

    value: int
    tag: Tag
    sources: tuple[Source, ...]
