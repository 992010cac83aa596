"""`psassist tracker`'s text output: the overview table, progress bar, letters, one item.

Plain functions of the tracker's overview; nothing here reads or writes the workspace.
"""

from __future__ import annotations

import json
from typing import Any

from psassist.cli.common import out
from psassist.report.safe import safe_text
from psassist.tracker import letters as letter_rules
from psassist.tracker.facts import DateFact, Source
from psassist.tracker.overview import Overview
from psassist.tracker.progress import Item
from psassist.tracker.state import Status

BAR_WIDTH = 24


def due_text(item: Item) -> str:
    if item.due is None:
        return "-"
    return ("~" if item.estimate else "") + item.due.isoformat() + ("*" if item.own_due else "")


def left_text(item: Item) -> str:
    if item.days_left is None or not item.open:
        return ""
    if item.days_left < 0:
        return f"{-item.days_left} late"
    return f"{item.days_left} days" if item.days_left != 1 else "1 day"


def flags(item: Item) -> str:
    flags = []
    if item.overdue:
        flags.append("OVERDUE")
    if item.open and item.blocked_by:
        flags.append("blocked")
    elif item.open and item.not_open_yet and item.component.opens is not None:
        flags.append(f"opens {fact_date(item.component.opens)}")
    if item.status is Status.SUBMITTED:
        flags.append("waiting")
    return ", ".join(flags)


def fact_date(fact: DateFact) -> str:
    return ("~" if fact.estimate else "") + fact.date.isoformat()


def status_text(item: Item) -> str:
    label = "n/a" if item.status is Status.NOT_APPLICABLE else item.status.label
    return label + ("*" if item.derived else "")


def table(rows: list[tuple[str, ...]], right: frozenset[int] = frozenset()) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        out(safe_text("  ".join(cells).rstrip()))


def bar(overview: Overview) -> str:
    done = overview.progress
    filled = round(done.fraction * BAR_WIDTH)
    extras = []
    if done.submitted:
        extras.append(f"{done.submitted} submitted")
    if done.not_applicable:
        extras.append(f"{done.not_applicable} not applicable")
    tail = f"; {', '.join(extras)}" if extras else ""
    return (
        f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done.done} of {done.counted} done "
        f"({done.fraction:.0%}){tail}"
    )


def action_line(item: Item) -> str:
    if item.due is None:
        when = "no date"
    elif item.days_left is not None and item.days_left < 0:
        when = f"OVERDUE since {due_text(item)} ({-item.days_left} days)"
    else:
        when = f"due {due_text(item)} ({left_text(item)} left)"
    if item.readiness == "blocked":
        when += f"; waits for {', '.join(item.blocked_by)}"
    elif item.readiness == "not-open-yet" and item.component.opens is not None:
        when += f"; opens {fact_date(item.component.opens)}"
    return f"  {item.id:<26} {item.component.title}: {when}"


def render_overview(overview: Overview, root: str | None) -> None:
    season = overview.catalog.season
    where = f"workspace {root}" if root else "no workspace yet"
    out(
        safe_text(
            f"{season.name} (residency from {season.ends.date}), today {overview.today}, {where}"
        )
    )
    out(bar(overview))
    out(safe_text(f"Paths: {overview.paths.describe} (`psassist tracker choose`)"))
    out()
    rows: list[tuple[str, ...]] = [("ORG", "ID", "STATUS", "DUE", "LEFT", "")]
    for item in overview.items:
        rows.append(
            (
                item.component.organisation,
                item.id,
                status_text(item),
                due_text(item),
                left_text(item),
                flags(item),
            )
        )
    table(rows, right=frozenset({4}))
    out("~ an estimate: `psassist tracker show ID` gives its source")
    out("* your own due date, or a status psassist derived from your drafts or letters")
    groups = (
        ("Next actions (ready now, by due date)", "ready"),
        ("Not open yet", "not-open-yet"),
        ("Blocked", "blocked"),
    )
    for heading, readiness in groups:
        chosen = [item for item in overview.actions if item.readiness == readiness]
        if chosen:
            out()
            out(heading)
            for item in chosen:
                out(safe_text(action_line(item)))
    render_letters(overview)
    render_statements(overview)
    render_notes(overview)


def render_letters(overview: Overview) -> None:
    if not overview.letters:
        return
    limit = overview.catalog.letters_per_program.value
    out()
    rule = f" (ERAS allows {limit} per program)" if "eras" in overview.paths.services else ""
    out(f"Letters of recommendation{rule}")
    rows: list[tuple[str, ...]] = [
        ("ID", "WRITER", "SPECIALTY", "REQUESTED", "RECEIVED", "PROGRAMS")
    ]
    for letter in overview.letters:
        rows.append(
            (
                letter.id,
                letter.writer,
                letter.specialty,
                str(letter.requested or "-"),
                str(letter.received or "-"),
                str(len(letter.programs)),
            )
        )
    table(rows, right=frozenset({5}))
    counts: dict[str, tuple[str, int]] = {}
    for letter in overview.letters:
        for program in letter.programs:
            name, count = counts.get(letter_rules.program_key(program), (program, 0))
            counts[letter_rules.program_key(program)] = (name, count + 1)
    if counts:
        out(
            safe_text(
                "  programs: "
                + "; ".join(f"{name} {count}/{limit}" for name, count in counts.values())
            )
        )


def render_statements(overview: Overview) -> None:
    if overview.statements is None:
        return
    out()
    limit = overview.catalog.statement_characters.value
    if not overview.statements:
        out("Personal statements: no drafts yet (`psassist draft new` makes one)")
        return
    out(
        f"Personal statements (your drafts; ready = at most {limit:,} characters and no "
        "errors from the checker)"
    )
    for statement in overview.statements:
        size = f"{statement.characters:,} characters" if statement.problem is None else ""
        out(safe_text(f"  {statement.name:<24} {size:<18} {statement.reason}"))


def render_notes(overview: Overview) -> None:
    notes = [item for item in overview.items if item.notes]
    if notes:
        out()
        out("Your notes")
        for item in notes:
            out(safe_text(f"  {item.id}: {item.notes}"))
    if overview.warnings or overview.problems:
        out()
    for warning in overview.warnings:
        out(safe_text(f"warning: {warning}"))
    for problem in overview.problems:
        out(safe_text(f"note: {problem}"))


def render_item(item: Item, overview: Overview) -> None:
    component = item.component
    needed_by = [c.id for c in overview.catalog.components if component.id in c.depends_on]
    out(safe_text(f"{component.id}: {component.title}"))
    rows = [
        ("organisation", component.organisation),
        ("who", component.who),
        ("status", status_text(item) + (f" ({flags(item)})" if flags(item) else "")),
        ("why", f"{component.explanation} [{component.tag.value}]"),
        ("depends on", ", ".join(component.depends_on) or "-"),
        ("needed by", ", ".join(needed_by) or "-"),
    ]
    for label, fact in (("opens", component.opens), ("due", component.due)):
        if fact is not None:
            kind = f"estimate, {fact.tag.describe}" if fact.estimate else fact.tag.describe
            rows.append((label, f"{fact.date} [{fact.tag.value}: {kind}]: {fact.title}"))
            if fact.note:
                rows.append(("", fact.note))
            rows.extend(("", _source_line(s)) for s in fact.sources)
    if item.own_due:
        rows.append(
            ("your due", f"{item.due} ({left_text(item)} left)" if item.open else str(item.due))
        )
    if item.notes:
        rows.append(("notes", item.notes))
    rows.extend(
        ("source" if index == 0 else "", _source_line(s))
        for index, s in enumerate(component.sources)
    )
    signals = overview.catalog.signals
    if component.id == "program-signals" and signals is not None:
        rows.append(
            ("signals", f"{signals.season} allotments [{signals.tag.value}]: {signals.note}")
        )
        rows.extend(("", f"{name}: {count}") for name, count in signals.allotments)
        rows.extend(("", _source_line(s)) for s in signals.sources)
    for label, value in rows:
        out(safe_text(f"  {label:<13} {value}"))


def _source_line(source: Source) -> str:
    return f"[{source.tag.value}] {source.title}: {source.url} (retrieved {source.retrieved})"


def print_json(data: Any) -> None:
    out(json.dumps(data, indent=2))
