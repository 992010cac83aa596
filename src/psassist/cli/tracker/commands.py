"""`psassist tracker`'s commands: each reads or changes the state, then says what happened.

Exit codes: 0 done; 2 bad input (an unknown id, status or date, a letter limit, a state
file that cannot be used); nothing is changed when the exit code is 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

from psassist.cli.common import ExitCode, error, os_error, out
from psassist.cli.tracker.render import (
    fact_date,
    print_json,
    render_item,
    render_letters,
    render_overview,
    table,
)
from psassist.config import Settings
from psassist.report.safe import safe_block, safe_text
from psassist.tracker import edits
from psassist.tracker import letters as letter_rules
from psassist.tracker.catalog import Catalog
from psassist.tracker.errors import TrackerError
from psassist.tracker.ics import calendar_bytes, entries
from psassist.tracker.loading import builtin_catalogs, later_seasons
from psassist.tracker.overview import Overview, build_overview, item_data, overview_data
from psassist.tracker.parsing import parse_day, parse_optional_day
from psassist.tracker.paths import visa_route
from psassist.tracker.progress import paths_of
from psassist.tracker.state import TrackerState, status_from_text
from psassist.tracker.statements import StatementStatus, TextChecker, assess_statements
from psassist.tracker.store import (
    TRACKER,
    parse_state,
    read_state_data,
    save_state,
    select_catalog,
)
from psassist.workspace import Workspace, WorkspaceError, workspace_path
from psassist.workspace.atomic import atomic_write


class Session:
    """What one command works on: the day, the workspace, the season and the state."""

    def __init__(self, args: argparse.Namespace, workspace: Workspace | None, today: date) -> None:
        self.args = args
        self.workspace = workspace
        self.today = today
        data = read_state_data(workspace)
        self.catalog: Catalog = select_catalog(data, today, args.season, args.catalog)
        self.state: TrackerState = parse_state(workspace, data, self.catalog)

    def save(self, state: TrackerState) -> None:
        assert self.workspace is not None
        save_state(self.workspace, state, self.catalog)
        self.state = state

    def overview(self, statements: list[StatementStatus] | None = None) -> Overview:
        later = () if self.args.catalog else later_seasons(self.catalog)
        return build_overview(self.catalog, self.state, self.today, statements, later)


def _today(args: argparse.Namespace) -> date:
    return parse_day(args.today, "date for --today") if args.today else date.today()


def _read_only(args: argparse.Namespace, today: date, work: Callable[[Session], int]) -> int:
    root = workspace_path(args.workspace)
    if not root.exists():
        return work(Session(args, None, today))
    with Workspace.open(root, readonly=True) as workspace:
        return work(Session(args, workspace, today))


def _precheck(args: argparse.Namespace, today: date) -> None:
    """Refuse bad input before a workspace is created or locked for it."""
    if getattr(args, "status", None) is not None:
        status_from_text(args.status)
    for key in ("date", "requested", "received"):
        value = getattr(args, key, None)
        if value is not None:
            parse_optional_day(value, f"{key} date" if key != "date" else "due date")
    if getattr(args, "what", None) == "visa" and [v.casefold() for v in args.values] != ["clear"]:
        if len(args.values) > 1:
            raise TrackerError("choose one visa route: j1, h1b or none")
        visa_route(args.values[0])
    if getattr(args, "id", None) and not workspace_path(args.workspace).exists():
        select_catalog({}, today, args.season, args.catalog).component(args.id)


def _writing(args: argparse.Namespace, today: date, work: Callable[[Session], int]) -> int:
    _precheck(args, today)
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        return work(Session(args, workspace, today))


# -- commands -----------------------------------------------------------------------------


def checker_factory(settings: Settings) -> Callable[[], TextChecker]:
    def make() -> TextChecker:
        from psassist.checks.checker import Checker

        # The status counts errors only; Harper's findings are warnings, so it is not built.
        return Checker(settings, grammar=False, harper=False)

    return make


def _show(session: Session, settings: Settings) -> int:
    args = session.args
    statements = None
    if session.workspace is not None and not args.no_drafts:
        statements = assess_statements(
            session.workspace, checker_factory(settings), session.catalog.statement_characters.value
        )
    overview = session.overview(statements)
    if args.id:
        wanted = session.catalog.component(args.id).id
        item = next(i for i in overview.items if i.id == wanted)
        if args.format == "json":
            print_json(item_data(item))
        else:
            render_item(item, overview)
        return ExitCode.OK
    if args.format == "json":
        print_json(overview_data(overview))
    else:
        render_overview(overview, str(session.workspace.root) if session.workspace else None)
    return ExitCode.OK


def _changed(session: Session, state: TrackerState, message: str) -> int:
    """Save, say what changed and what it made ready."""
    before = {i.id: i.readiness for i in session.overview().items}
    session.save(state)
    overview = session.overview()
    if session.args.format == "json":
        print_json(overview_data(overview))
        return ExitCode.OK
    out(safe_text(message))
    ready = [
        i.id for i in overview.items if i.readiness == "ready" and before.get(i.id) == "blocked"
    ]
    if ready:
        out(f"  now ready: {', '.join(ready)}")
    return ExitCode.OK


def _set(session: Session) -> int:
    status = status_from_text(session.args.status)
    state, ident = edits.set_status(session.state, session.catalog, session.args.id, status)
    return _changed(session, state, f"{ident}: {status.label}")


def _note(session: Session) -> int:
    state, ident = edits.set_notes(
        session.state, session.catalog, session.args.id, session.args.text
    )
    text = state.of(ident).notes
    return _changed(session, state, f"{ident}: note {'saved' if text else 'removed'}")


def _due(session: Session) -> int:
    day = parse_optional_day(session.args.date, "due date")
    state, ident = edits.set_due(session.state, session.catalog, session.args.id, day)
    component = session.catalog.component(ident)
    if day is None:
        fallback = f"; back to {fact_date(component.due)}" if component.due else ""
        return _changed(session, state, f"{ident}: your own due date removed{fallback}")
    season = session.catalog.season
    message = f"{ident}: due {day} (your own date)"
    if not season.starts.date <= day <= season.ends.date:
        message += (
            f"; note that it is outside {season.name} ({season.starts.date} to {season.ends.date})"
        )
    return _changed(session, state, message)


def _export(session: Session) -> int:
    stamp = (
        datetime.now(UTC)
        if session.args.today is None
        else datetime.combine(session.today, time(), UTC)
    )
    data = calendar_bytes(session.catalog, session.state, stamp)
    found = entries(session.catalog, session.state)
    target = session.args.ics
    if target == "-":
        text = safe_block(data.decode("utf-8"), line_end="\r\n")
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return ExitCode.OK
    path = Path(target).expanduser()
    try:
        atomic_write(path.absolute(), data)
    except OSError as exc:
        raise TrackerError(f"{path}: cannot write it ({exc.strerror or exc})") from exc
    estimates = sum(1 for e in found if e.estimate)
    out(
        safe_text(
            f"wrote {len(found)} events of {session.catalog.season.name} to {path} "
            f"({estimates} are estimates, marked as such)"
        )
    )
    return ExitCode.OK


def _choose(session: Session) -> int:
    args = session.args
    values = [] if [v.casefold() for v in args.values] == ["clear"] else args.values
    if args.what == "visa":
        state = edits.set_visa(session.state, values[0] if values else None)
    else:
        state = edits.set_specialties(session.state, values)
    paths = paths_of(session.catalog, state)
    return _changed(session, state, f"paths: {paths.describe}")


def _season(session: Session) -> int:
    choice = session.args.choice
    if choice:
        state = edits.set_season(session.state, session.catalog.season.id)
        return _changed(
            session, state, f"tracking {session.catalog.season.name} ({session.catalog.season.id})"
        )
    rows: list[tuple[str, ...]] = [("", "SEASON", "NAME", "STARTS", "ENDS", "COMPILED")]
    for catalog in builtin_catalogs():
        season = catalog.season
        mark = "*" if season.id == session.catalog.season.id else ""
        rows.append(
            (
                mark,
                season.id,
                season.name,
                fact_date(season.starts),
                fact_date(season.ends),
                str(season.compiled),
            )
        )
    table(rows)
    out("* the season shown; `psassist tracker season ID` chooses another")
    return ExitCode.OK


def _letter_list(session: Session) -> int:
    overview = session.overview()
    if session.args.format == "json":
        print_json(overview_data(overview)["letters"])
    elif not overview.letters:
        out("no letters yet; `psassist tracker letter add WRITER` adds one")
    else:
        render_letters(overview)
    for problem in overview.problems:
        out(safe_text(f"note: {problem}"))
    return ExitCode.OK


def _letter_add(session: Session) -> int:
    args = session.args
    requested = parse_day(args.requested, "request date") if args.requested else None
    state, letter = letter_rules.add_letter(session.state, args.writer, args.specialty, requested)
    return _changed(session, state, f"letter {letter.id}: {letter.writer} ({letter.specialty})")


def _letter_set(session: Session) -> int:
    args = session.args
    changes: dict[str, object] = {}
    if args.writer is not None:
        changes["writer"] = " ".join(args.writer.split()) or None
        if changes["writer"] is None:
            raise TrackerError("a letter needs the writer's name")
    if args.specialty is not None:
        changes["specialty"] = " ".join(args.specialty.split()) or "General"
    for key in ("requested", "received"):
        value = getattr(args, key)
        if value is not None:
            changes[key] = parse_optional_day(value, f"{key} date")
    if not changes:
        raise TrackerError(
            "nothing to change: give --writer, --specialty, --requested or --received"
        )
    state, letter = letter_rules.update_letter(session.state, args.letter, **changes)
    return _changed(session, state, f"letter {letter.id} updated")


def _letter_assign(session: Session) -> int:
    args = session.args
    limit = session.catalog.letters_per_program.value
    state, letter = letter_rules.assign(session.state, args.letter, args.programs, limit)
    return _changed(session, state, f"letter {letter.id} goes to {'; '.join(letter.programs)}")


def _letter_unassign(session: Session) -> int:
    args = session.args
    state, letter = letter_rules.unassign(session.state, args.letter, args.programs)
    programs = "; ".join(letter.programs) or "no program"
    return _changed(session, state, f"letter {letter.id} goes to {programs}")


def _letter_remove(session: Session) -> int:
    state, letter = letter_rules.remove_letter(session.state, session.args.letter)
    return _changed(
        session,
        state,
        f"letter {letter.id} ({letter.writer}) removed; the "
        f"previous {TRACKER} is in the workspace history",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    writers: dict[str, Callable[[Session], int]] = {
        "set": _set,
        "note": _note,
        "due": _due,
        "letter-add": _letter_add,
        "letter-set": _letter_set,
        "letter-assign": _letter_assign,
        "letter-unassign": _letter_unassign,
        "letter-remove": _letter_remove,
        "choose": _choose,
    }
    readers: dict[str, Callable[[Session], int]] = {
        "show": lambda session: _show(session, settings),
        "export": _export,
        "letter-list": _letter_list,
    }
    try:
        today = _today(args)
        if args.action == "season":
            if args.choice:
                args.season = args.choice
                return _writing(args, today, _season)
            return _read_only(args, today, _season)
        if args.action in writers:
            return _writing(args, today, writers[args.action])
        return _read_only(args, today, readers[args.action])
    except (TrackerError, WorkspaceError) as exc:
        return error(str(exc))
    except OSError as exc:
        return os_error(exc)
