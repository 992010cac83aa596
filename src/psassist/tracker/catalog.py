"""The season catalog: the components of an IMG's application, their dates and sources.

Plain frozen data, safe to share between threads; `loading` builds it from a season file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psassist.tracker.errors import UnknownComponent
from psassist.tracker.facts import DateFact, SeasonLimit, Signals, Source, Tag
from psassist.tracker.suggest import closest

ORGANISATIONS = ("ECFMG", "USMLE", "AAMC/ERAS", "ResidencyCAS", "NRMP", "program", "visa", "state")
#: What a component may apply only to: an application service or a visa route (`applies`).
CONDITIONS = ("eras", "residencycas", "visa-j1", "visa-h1b")
#: Components whose status psassist derives from the workspace.
PERSONAL_STATEMENT = "personal-statement"
LETTERS = "letters"
RESIDENCYCAS_LETTERS = "residencycas-letters"


@dataclass(frozen=True)
class Component:
    id: str
    title: str
    organisation: str
    who: str
    depends_on: tuple[str, ...]
    explanation: str
    tag: Tag
    sources: tuple[Source, ...]
    opens: DateFact | None = None
    due: DateFact | None = None
    applies: str | None = None  # one of CONDITIONS; None: every applicant


@dataclass(frozen=True)
class ServiceSpecialties:
    """The specialties whose programs take applications through another service than ERAS."""

    specialties: tuple[str, ...]  # specialty ids, e.g. obstetrics-gynecology
    tag: Tag
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Season:
    id: str
    name: str
    match_year: int
    compiled: date  # when the facts were gathered
    starts: DateFact
    ends: DateFact


@dataclass(frozen=True)
class Catalog:
    season: Season
    components: tuple[Component, ...]
    dates: tuple[DateFact, ...]
    sources: tuple[Source, ...]
    letters_per_program: SeasonLimit
    statement_characters: SeasonLimit
    residencycas: ServiceSpecialties
    signals: Signals | None = None

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.components]

    def get(self, component_id: str) -> Component | None:
        for component in self.components:
            if component.id == component_id:
                return component
        return None

    def component(self, wanted: str) -> Component:
        """The component with this id (any case); UnknownComponent suggests the closest ids."""
        key = wanted.strip().casefold()
        found = self.get(key)
        if found is not None:
            return found
        raise UnknownComponent(
            wanted, closest(key, self.ids, [c.title for c in self.components]), self.season.name
        )
