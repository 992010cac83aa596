"""Everything the tracker screen and `psassist tracker` show, computed once for one day.

The overview is plain data (and `overview_data` its JSON form for scripts), so the CLI
and the TUI render the same facts and neither holds tracker logic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from psassist.tracker import letters as letter_rules
from psassist.tracker.catalog import Catalog
from psassist.tracker.facts import DateFact, Source
from psassist.tracker.paths import Paths, relevant_dates
from psassist.tracker.progress import Item, Progress, build_items, next_actions, paths_of, progress
from psassist.tracker.seasons import season_warnings
from psassist.tracker.state import Letter, TrackerState
from psassist.tracker.statements import StatementStatus
from psassist.tracker.suggest import closest


@dataclass(frozen=True)
class Overview:
    catalog: Catalog
    today: date
    items: tuple[Item, ...]
    actions: tuple[Item, ...]
    progress: Progress
    letters: tuple[Letter, ...]
    statements: tuple[StatementStatus, ...] | None  # None: drafts were not assessed
    warnings: tuple[str, ...]  # about the season data
    problems: tuple[str, ...]  # about the state file: unknown ids, letter limits
    paths: Paths  # ERAS and/or ResidencyCAS, and the visa route: which components apply


def state_problems(catalog: Catalog, state: TrackerState, name: str = "tracker.toml") -> list[str]:
    """What is wrong in the state file but kept as written, one line each."""
    problems = []
    for ident in state.unknown:
        hint = closest(ident, catalog.ids)
        maybe = f" (did you mean {', '.join(hint)}?)" if hint else ""
        problems.append(
            f"{name}: {ident!r} is not a component of {catalog.season.name}; "
            f"its entry is kept as written{maybe}"
        )
    limit = catalog.letters_per_program.value
    for over in letter_rules.over_limit(state, limit):
        problems.append(
            f"{name}: {over.program} has {len(over.letters)} letters "
            f"({', '.join(over.letters)}); ERAS allows at most {limit} per program"
        )
    if state.season and state.season != catalog.season.id:
        problems.append(f"{name} is for {state.season}; showing {catalog.season.id}")
    return problems


def build_overview(
    catalog: Catalog,
    state: TrackerState,
    today: date,
    statements: list[StatementStatus] | None = None,
    later_seasons: tuple[str, ...] = (),
) -> Overview:
    paths = paths_of(catalog, state, statements)
    items = build_items(catalog, state, today, statements, paths)
    return Overview(
        catalog=catalog,
        today=today,
        items=tuple(items),
        actions=tuple(next_actions(items)),
        progress=progress(items),
        letters=state.letters,
        statements=tuple(statements) if statements is not None else None,
        warnings=tuple(season_warnings(catalog, today, later_seasons)),
        problems=tuple(state_problems(catalog, state)),
        paths=paths,
    )


# -- JSON ---------------------------------------------------------------------------------


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "url": source.url,
        "tag": source.tag.value,
        "retrieved": source.retrieved.isoformat(),
    }


def date_data(fact: DateFact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "title": fact.title,
        "date": fact.date.isoformat(),
        "tag": fact.tag.value,
        "estimate": fact.estimate,
        "note": fact.note,
        "sources": [_source(s) for s in fact.sources],
    }


def item_data(item: Item) -> dict[str, Any]:
    component = item.component
    return {
        "id": item.id,
        "title": component.title,
        "organisation": component.organisation,
        "who": component.who,
        "explanation": component.explanation,
        "tag": component.tag.value,
        "depends_on": list(component.depends_on),
        "applies": component.applies,
        "status": item.status.value,
        "status_derived": item.derived,
        "readiness": item.readiness,
        "due": item.due.isoformat() if item.due else None,
        "due_is_own": item.own_due,
        "due_is_estimate": item.estimate,
        "due_date": date_data(item.due_fact) if item.due_fact else None,
        "opens": date_data(component.opens) if component.opens else None,
        "days_left": item.days_left,
        "overdue": item.overdue,
        "blocked_by": list(item.blocked_by),
        "notes": item.notes,
        "sources": [_source(s) for s in component.sources],
    }


def signals_data(catalog: Catalog) -> dict[str, Any] | None:
    """The program-signal allotments, labelled with the season of their AAMC page."""
    signals = catalog.signals
    if signals is None:
        return None
    return {
        "season": signals.season,
        "note": signals.note,
        "tag": signals.tag.value,
        "allotments": [{"specialty": name, "signals": count} for name, count in signals.allotments],
        "sources": [_source(s) for s in signals.sources],
    }


def _letter(letter: Letter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "writer": letter.writer,
        "specialty": letter.specialty,
        "requested": letter.requested.isoformat() if letter.requested else None,
        "received": letter.received.isoformat() if letter.received else None,
        "programs": list(letter.programs),
        "notes": letter.notes,
    }


def overview_data(overview: Overview) -> dict[str, Any]:
    """The overview as JSON-ready data (the `--format json` contract)."""
    catalog, season = overview.catalog, overview.catalog.season
    statements = (
        None
        if overview.statements is None
        else [
            {
                "name": s.name,
                "characters": s.characters,
                "errors": s.errors,
                "ready": s.ready,
                "reason": s.reason,
            }
            for s in overview.statements
        ]
    )
    done = overview.progress
    return {
        "season": {
            "id": season.id,
            "name": season.name,
            "match_year": season.match_year,
            "compiled": season.compiled.isoformat(),
            "starts": date_data(season.starts),
            "ends": date_data(season.ends),
        },
        "today": overview.today.isoformat(),
        "progress": {
            "done": done.done,
            "submitted": done.submitted,
            "not_applicable": done.not_applicable,
            "total": done.total,
            "fraction": round(done.fraction, 4),
        },
        "components": [item_data(item) for item in overview.items],
        "next_actions": [item.id for item in overview.actions],
        "letters": [_letter(letter) for letter in overview.letters],
        "letters_per_program": catalog.letters_per_program.value,
        "statements": statements,
        "paths": {
            "services": sorted(overview.paths.services),
            "visa": overview.paths.visa,
            "visa_chosen": overview.paths.visa_chosen,
            "specialties": list(overview.paths.specialties),
            "specialties_from_drafts": overview.paths.from_drafts,
        },
        "signals": signals_data(catalog),
        "dates": [
            date_data(fact)
            for fact in sorted(relevant_dates(catalog, overview.paths), key=lambda f: f.date)
        ],
        "warnings": list(overview.warnings),
        "problems": list(overview.problems),
    }
