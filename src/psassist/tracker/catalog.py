"""The season catalog: the components of an IMG's application, their dates and sources.

Plain frozen data, safe to share between threads; `loading` builds it from a season file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psassist.tracker.errors import UnknownComponent
from psassist.tracker.facts import DateFact, SeasonLimit, Source, Tag
from psassist.tracker.suggest import closest

ORGANISATIONS = ("ECFMG", "USMLE", "AAMC/ERAS", "NRMP", "program", "visa")
#: Components whose status psassist derives from the workspace.
PERSONAL_STATEMENT = "personal-statement"
LETTERS = "letters"


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
        raise UnknownComponent(wanted, closest(key, self.ids, [c.title for c in
                                                              self.components]),
                               self.season.name)
