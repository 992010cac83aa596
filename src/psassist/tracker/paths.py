"""Which paths an applicant takes: the application service (ERAS, ResidencyCAS or both) and
the visa route, and so which components of the season apply to them.

OB/GYN and emergency medicine programs take applications through ResidencyCAS, not ERAS
(the season file lists those specialties with sources). An applicant's specialties come
from `specialties = [...]` in `tracker.toml`, else from the drafts; an applicant with none
known is shown ERAS. The visa route is a choice (`visa = "j1"`, `"h1b"` or `"none"`);
without one psassist shows the J-1 route, the one most residents take, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from psassist.tracker.catalog import Catalog, Component
from psassist.tracker.errors import TrackerError
from psassist.tracker.facts import DateFact

ERAS, RESIDENCYCAS = "eras", "residencycas"
VISA_ROUTES = {
    "j1": "J-1 through ECFMG's EVSP",
    "h1b": "H-1B through the program",
    "none": "no visa needed",
}
DEFAULT_VISA = "j1"
_ALIASES = {
    "obgyn": "obstetrics-gynecology",
    "ob-gyn": "obstetrics-gynecology",
    "obstetrics-and-gynecology": "obstetrics-gynecology",
    "em": "emergency-medicine",
    "h-1b": "h1b",
    "j-1": "j1",
}


def choice_key(text: str) -> str:
    """A specialty or visa as typed ('OB/GYN', 'Emergency Medicine', 'H-1B') as an id."""
    key = "-".join(part for part in re.split(r"[^a-z0-9]+", text.casefold()) if part)
    if key in _ALIASES:
        return _ALIASES[key]
    return _ALIASES.get(key.replace("-", ""), key)


def visa_route(text: str) -> str:
    """A visa choice as typed; anything else is a TrackerError listing the choices."""
    key = choice_key(text)
    if key not in VISA_ROUTES:
        raise TrackerError(f"{text!r} is not a visa route; use one of {', '.join(VISA_ROUTES)}")
    return key


@dataclass(frozen=True)
class Paths:
    specialties: tuple[str, ...]  # specialty ids, from the state file or the drafts
    from_drafts: bool  # the specialties were read from the drafts, not chosen
    services: frozenset[str]  # ERAS and/or RESIDENCYCAS
    visa: str  # a key of VISA_ROUTES
    visa_chosen: bool  # False: DEFAULT_VISA, shown until the applicant chooses

    def applies(self, component: Component) -> bool:
        condition = component.applies
        if condition is None:
            return True
        if condition in (ERAS, RESIDENCYCAS):
            return condition in self.services
        return condition == f"visa-{self.visa}"

    @property
    def describe(self) -> str:
        """One line for the overview: services, why, and the visa route."""
        names = [
            n for key, n in ((ERAS, "ERAS"), (RESIDENCYCAS, "ResidencyCAS")) if key in self.services
        ]
        why = (
            f" for {', '.join(self.specialties)}"
            + (" (from your drafts)" if self.from_drafts else "")
            if self.specialties
            else " (no specialty chosen)"
        )
        visa = VISA_ROUTES[self.visa] + ("" if self.visa_chosen else ", until you choose")
        return f"applying through {' and '.join(names)}{why}; visa: {visa}"


def choose_paths(
    catalog: Catalog,
    specialties: Iterable[str],
    visa: str | None,
    draft_specialties: Iterable[str] = (),
) -> Paths:
    """The applicant's paths: chosen specialties win over the drafts' ones."""
    chosen = tuple(dict.fromkeys(choice_key(s) for s in specialties))
    found = chosen or tuple(dict.fromkeys(choice_key(s) for s in draft_specialties if s))
    other_service = set(catalog.residencycas.specialties)
    services = set()
    if any(s in other_service for s in found):
        services.add(RESIDENCYCAS)
    if not found or any(s not in other_service for s in found):
        services.add(ERAS)
    return Paths(
        found,
        bool(found) and not chosen,
        frozenset(services),
        visa or DEFAULT_VISA,
        visa is not None,
    )


def applicable(catalog: Catalog, paths: Paths) -> tuple[Component, ...]:
    """The components that apply to this applicant, in catalog order."""
    return tuple(c for c in catalog.components if paths.applies(c))


def relevant_dates(catalog: Catalog, paths: Paths) -> tuple[DateFact, ...]:
    """The season's dates minus those only components that do not apply use (an ERAS
    applicant does not need the ResidencyCAS deadline), in catalog order."""
    used_by: dict[str, list[Component]] = {}
    for component in catalog.components:
        for fact in (component.opens, component.due):
            if fact is not None:
                used_by.setdefault(fact.id, []).append(component)
    return tuple(
        f
        for f in catalog.dates
        if f.id not in used_by or any(paths.applies(c) for c in used_by[f.id])
    )
