"""Calendar export: every dated item of the season as an all-day iCalendar event.

Each event carries its source in the description, and an estimate says so in its title
and as STATUS:TENTATIVE, so a date inferred from earlier seasons never looks official in
the applicant's calendar app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import icalendar

from psassist.tracker.catalog import Catalog
from psassist.tracker.facts import DateFact, Source
from psassist.tracker.paths import applicable, relevant_dates
from psassist.tracker.progress import paths_of
from psassist.tracker.state import TrackerState

PRODID = "-//psassist//ERAS tracker//EN"


@dataclass(frozen=True)
class Entry:
    """One calendar event, before it becomes iCalendar text."""

    uid: str
    summary: str
    day: date
    description: str
    estimate: bool
    category: str


def _sources(sources: tuple[Source, ...]) -> list[str]:
    return [
        f"Source [{s.tag.value}]: {s.title}, {s.url} (retrieved {s.retrieved})" for s in sources
    ]


def _date_lines(fact: DateFact) -> list[str]:
    lines = []
    if fact.estimate:
        lines.append(f"Estimate: {fact.tag.describe}.")
    if fact.note:
        lines.append(fact.note)
    return lines + _sources(fact.sources)


def entries(catalog: Catalog, state: TrackerState) -> list[Entry]:
    """The season's dates, then each component's due date (the applicant's own if set);
    only what applies to the applicant's paths (ERAS or ResidencyCAS, the visa route)."""
    season = catalog.season
    paths = paths_of(catalog, state)
    found = []
    for fact in sorted(relevant_dates(catalog, paths), key=lambda f: (f.date, f.id)):
        found.append(
            Entry(
                uid=f"{season.id}.date.{fact.id}@psassist",
                summary=f"{season.name}: {fact.title}" + (" (estimate)" if fact.estimate else ""),
                day=fact.date,
                description="\n".join(_date_lines(fact)),
                estimate=fact.estimate,
                category=season.name,
            )
        )
    for component in applicable(catalog, paths):
        entry = state.of(component.id)
        lines = [component.explanation, f"Who: {component.who}."]
        if entry.due is not None:
            day, estimate = entry.due, False
            lines.insert(0, "Your own due date.")
        elif component.due is not None:
            day, estimate = component.due.date, component.due.estimate
            lines[:0] = [f"Due by: {component.due.title}.", *_date_lines(component.due)]
        else:
            continue
        lines.extend(_sources(component.sources))
        if entry.notes:
            lines.append(f"Your notes: {entry.notes}")
        found.append(
            Entry(
                uid=f"{season.id}.due.{component.id}@psassist",
                summary=f"Due: {component.title}" + (" (estimate)" if estimate else ""),
                day=day,
                description="\n".join(lines),
                estimate=estimate,
                category=component.organisation,
            )
        )
    return found


def build_calendar(catalog: Catalog, state: TrackerState, stamp: datetime) -> icalendar.Calendar:
    """The calendar; `stamp` (timezone-aware) is every event's DTSTAMP."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{catalog.season.name} (psassist)")
    for item in entries(catalog, state):
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("description", item.description)
        event.add("categories", [item.category])
        event.add("status", "TENTATIVE" if item.estimate else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar


def calendar_bytes(catalog: Catalog, state: TrackerState, stamp: datetime) -> bytes:
    data: bytes = build_calendar(catalog, state, stamp).to_ical()
    return data
