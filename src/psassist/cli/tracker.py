"""`psassist tracker`: the ERAS components, their status and dates, and what to do next.

Exit codes: 0 done; 2 bad input (an unknown id, status or date, a letter limit, a state
file that cannot be used); nothing is changed when the exit code is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from psassist.config import Settings
from psassist.report.safe import safe_block, safe_text
from psassist.tracker import edits
from psassist.tracker import letters as letter_rules
from psassist.tracker.catalog import Catalog
from psassist.tracker.errors import TrackerError
from psassist.tracker.facts import DateFact
from psassist.tracker.ics import calendar_bytes, entries
from psassist.tracker.loading import builtin_catalogs, later_seasons
from psassist.tracker.overview import Overview, build_overview, item_data, overview_data
from psassist.tracker.parsing import parse_day, parse_optional_day
from psassist.tracker.progress import Item
from psassist.tracker.state import Status, TrackerState, status_from_text
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

EXIT_OK, EXIT_USAGE = 0, 2
BAR_WIDTH = 24

EPILOG = """\
examples:
  psassist tracker                          the table, progress and next actions
  psassist tracker show oet-medicine        one component: why, who, dates, sources
  psassist tracker set usmle-step2ck done   statuses: not-started, in-progress,
                                            submitted, done, not-applicable
  psassist tracker due oet-medicine 2026-12-12   your own date (`clear` removes it)
  psassist tracker note eras-token "bought 2026-06-20"
  psassist tracker letter add "Dr. Hana Mostafa" --specialty "Internal Medicine"
  psassist tracker letter assign L1 "Quillmere Medical Center"
  psassist tracker export --ics eras.ics    every dated item for your calendar app
  psassist tracker --format json            for scripts

Dates marked ~ are estimates (inferred from earlier seasons or from a secondary source);
`psassist tracker show ID` gives the source of each.
"""


def _common_options(parser: argparse.ArgumentParser, default: object) -> None:
    """Options accepted before or after the command (the subparser leaves them alone)."""
    def given(value: object) -> object:
        return argparse.SUPPRESS if default is argparse.SUPPRESS else value

    parser.add_argument("--workspace", metavar="DIR", default=given(None),
                        help="the workspace folder (default: $PSASSIST_WORKSPACE, then your "
                        "user data folder)")
    parser.add_argument("--season", metavar="ID", default=given(None),
                        help="the season to show, e.g. eras-2028 (default: the one in "
                        "tracker.toml, else the current one)")
    parser.add_argument("--today", metavar="DATE", default=given(None),
                        help="pretend today is DATE (YYYY-MM-DD), to plan ahead")
    parser.add_argument("--format", choices=("text", "json"), default=given("text"))
    parser.add_argument("--catalog", metavar="FILE", default=given(None),
                        help="use a season data file of your own (to try an update)")
    parser.add_argument("--no-drafts", action="store_true", default=given(False),
                        help="do not check the drafts to find the personal statement status")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "tracker",
        help="every ERAS component, its status and date, and what to do next",
        description="Track the ERAS application of an international medical graduate: "
        "ECFMG, USMLE, MyERAS, letters, NRMP and visa, with the source of every date.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common_options(parser, None)
    parser.set_defaults(handler=run, action="show", id=None)
    commands = parser.add_subparsers(title="tracker commands", metavar="COMMAND")

    def command(name: str, help: str,
                sub: argparse._SubParsersAction[argparse.ArgumentParser] = commands,
                action: str | None = None) -> argparse.ArgumentParser:
        found = sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        _common_options(found, argparse.SUPPRESS)
        found.set_defaults(action=action or name)
        return found

    show = command("show", "the overview, or one component in detail")
    show.add_argument("id", nargs="?", metavar="ID")
    status = command("set", "set a component's status")
    status.add_argument("id", metavar="ID")
    status.add_argument("status", metavar="STATUS",
                        help="not-started, in-progress, submitted, done or not-applicable")
    note = command("note", "write a note on a component ('' removes it)")
    note.add_argument("id", metavar="ID")
    note.add_argument("text", metavar="TEXT")
    due = command("due", "set your own due date for a component")
    due.add_argument("id", metavar="ID")
    due.add_argument("date", metavar="DATE", help="YYYY-MM-DD, or clear")
    export = command("export", "write a calendar of every dated item")
    export.add_argument("--ics", required=True, metavar="FILE", help="the .ics file (- for "
                        "standard output)")
    season = command("season", "list the seasons, or choose the one to track")
    season.add_argument("choice", nargs="?", metavar="ID")

    letter = commands.add_parser("letter", help="letters of recommendation",
                                 description="Letters of recommendation: writers, dates and "
                                 "the programs each letter goes to.")
    _common_options(letter, argparse.SUPPRESS)
    letter.set_defaults(action="letter-list")
    letter_commands = letter.add_subparsers(title="letter commands", metavar="COMMAND")
    command("list", "list the letters and the programs they go to", letter_commands,
            "letter-list")
    add = command("add", "add a letter you asked for (or will ask for)", letter_commands,
                  "letter-add")
    add.add_argument("writer", metavar="WRITER")
    add.add_argument("--specialty", default="General", metavar="S")
    add.add_argument("--requested", metavar="DATE")
    change = command("set", "change a letter's writer, specialty or dates", letter_commands,
                     "letter-set")
    change.add_argument("letter", metavar="LETTER", help="its id, e.g. L1")
    change.add_argument("--writer", metavar="W")
    change.add_argument("--specialty", metavar="S")
    change.add_argument("--requested", metavar="DATE", help="YYYY-MM-DD, or clear")
    change.add_argument("--received", metavar="DATE",
                        help="when it arrived in the Letter Writer Portal; or clear")
    for name, help in (("assign", "assign a letter to programs"),
                       ("unassign", "take a letter back from programs")):
        sub = command(name, help, letter_commands, f"letter-{name}")
        sub.add_argument("letter", metavar="LETTER")
        sub.add_argument("programs", nargs="+", metavar="PROGRAM")
    remove = command("remove", "remove a letter", letter_commands, "letter-remove")
    remove.add_argument("letter", metavar="LETTER")


# -- context ------------------------------------------------------------------------------

def _out(line: str = "") -> None:
    print(line)


def _error(message: str) -> int:
    print(f"psassist: {safe_text(message)}", file=sys.stderr)
    return EXIT_USAGE


class _Session:
    """What one command works on: the day, the workspace, the season and the state."""

    def __init__(self, args: argparse.Namespace, workspace: Workspace | None,
                 today: date) -> None:
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


def _read_only(args: argparse.Namespace, today: date,
               work: Callable[[_Session], int]) -> int:
    root = workspace_path(args.workspace)
    if not root.exists():
        return work(_Session(args, None, today))
    with Workspace.open(root, readonly=True) as workspace:
        return work(_Session(args, workspace, today))


def _precheck(args: argparse.Namespace, today: date) -> None:
    """Refuse bad input before a workspace is created or locked for it."""
    if getattr(args, "status", None) is not None:
        status_from_text(args.status)
    for key in ("date", "requested", "received"):
        value = getattr(args, key, None)
        if value is not None:
            parse_optional_day(value, f"{key} date" if key != "date" else "due date")
    if getattr(args, "id", None) and not workspace_path(args.workspace).exists():
        select_catalog({}, today, args.season, args.catalog).component(args.id)


def _writing(args: argparse.Namespace, today: date, work: Callable[[_Session], int]) -> int:
    _precheck(args, today)
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        return work(_Session(args, workspace, today))


# -- rendering ----------------------------------------------------------------------------

def _due_text(item: Item) -> str:
    if item.due is None:
        return "-"
    return ("~" if item.estimate else "") + item.due.isoformat() + ("*" if item.own_due else "")


def _left_text(item: Item) -> str:
    if item.days_left is None or not item.open:
        return ""
    if item.days_left < 0:
        return f"{-item.days_left} late"
    return f"{item.days_left} days" if item.days_left != 1 else "1 day"


def _flags(item: Item) -> str:
    flags = []
    if item.overdue:
        flags.append("OVERDUE")
    if item.open and item.blocked_by:
        flags.append("blocked")
    elif item.open and item.not_open_yet and item.component.opens is not None:
        flags.append(f"opens {_fact_date(item.component.opens)}")
    if item.status is Status.SUBMITTED:
        flags.append("waiting")
    return ", ".join(flags)


def _fact_date(fact: DateFact) -> str:
    return ("~" if fact.estimate else "") + fact.date.isoformat()


def _status_text(item: Item) -> str:
    label = "n/a" if item.status is Status.NOT_APPLICABLE else item.status.label
    return label + ("*" if item.derived else "")


def _table(rows: list[tuple[str, ...]], right: frozenset[int] = frozenset()) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                 for i, cell in enumerate(row)]
        _out(safe_text("  ".join(cells).rstrip()))


def _bar(overview: Overview) -> str:
    done = overview.progress
    filled = round(done.fraction * BAR_WIDTH)
    extras = []
    if done.submitted:
        extras.append(f"{done.submitted} submitted")
    if done.not_applicable:
        extras.append(f"{done.not_applicable} not applicable")
    tail = f"; {', '.join(extras)}" if extras else ""
    return (f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done.done} of {done.counted} done "
            f"({done.fraction:.0%}){tail}")


def _action_line(item: Item) -> str:
    if item.due is None:
        when = "no date"
    elif item.days_left is not None and item.days_left < 0:
        when = f"OVERDUE since {_due_text(item)} ({-item.days_left} days)"
    else:
        when = f"due {_due_text(item)} ({_left_text(item)} left)"
    if item.readiness == "blocked":
        when += f"; waits for {', '.join(item.blocked_by)}"
    elif item.readiness == "not-open-yet" and item.component.opens is not None:
        when += f"; opens {_fact_date(item.component.opens)}"
    return f"  {item.id:<26} {item.component.title}: {when}"


def _render_overview(overview: Overview, root: str | None) -> None:
    season = overview.catalog.season
    where = f"workspace {root}" if root else "no workspace yet"
    _out(safe_text(f"{season.name} (residency from {season.ends.date}), today "
                   f"{overview.today}, {where}"))
    _out(_bar(overview))
    _out()
    rows: list[tuple[str, ...]] = [("ORG", "ID", "STATUS", "DUE", "LEFT", "")]
    for item in overview.items:
        rows.append((item.component.organisation, item.id, _status_text(item), _due_text(item),
                     _left_text(item), _flags(item)))
    _table(rows, right=frozenset({4}))
    _out("~ an estimate: `psassist tracker show ID` gives its source")
    _out("* your own due date, or a status psassist derived from your drafts or letters")
    groups = (("Next actions (ready now, by due date)", "ready"), ("Not open yet", "not-open-yet"),
              ("Blocked", "blocked"))
    for heading, readiness in groups:
        chosen = [item for item in overview.actions if item.readiness == readiness]
        if chosen:
            _out()
            _out(heading)
            for item in chosen:
                _out(safe_text(_action_line(item)))
    _render_letters(overview)
    _render_statements(overview)
    _render_notes(overview)


def _render_letters(overview: Overview) -> None:
    if not overview.letters:
        return
    limit = overview.catalog.letters_per_program.value
    _out()
    _out(f"Letters of recommendation (ERAS allows {limit} per program)")
    rows: list[tuple[str, ...]] = [("ID", "WRITER", "SPECIALTY", "REQUESTED", "RECEIVED",
                                    "PROGRAMS")]
    for letter in overview.letters:
        rows.append((letter.id, letter.writer, letter.specialty,
                     str(letter.requested or "-"), str(letter.received or "-"),
                     str(len(letter.programs))))
    _table(rows, right=frozenset({5}))
    counts: dict[str, tuple[str, int]] = {}
    for letter in overview.letters:
        for program in letter.programs:
            name, count = counts.get(letter_rules.program_key(program), (program, 0))
            counts[letter_rules.program_key(program)] = (name, count + 1)
    if counts:
        _out(safe_text("  programs: " + "; ".join(f"{name} {count}/{limit}"
                                                  for name, count in counts.values())))


def _render_statements(overview: Overview) -> None:
    if overview.statements is None:
        return
    _out()
    limit = overview.catalog.statement_characters.value
    if not overview.statements:
        _out("Personal statements: no drafts yet (`psassist draft new` makes one)")
        return
    _out(f"Personal statements (your drafts; ready = at most {limit:,} characters and no "
         "errors from the checker)")
    for statement in overview.statements:
        size = f"{statement.characters:,} characters" if statement.problem is None else ""
        _out(safe_text(f"  {statement.name:<24} {size:<18} {statement.reason}"))


def _render_notes(overview: Overview) -> None:
    notes = [item for item in overview.items if item.notes]
    if notes:
        _out()
        _out("Your notes")
        for item in notes:
            _out(safe_text(f"  {item.id}: {item.notes}"))
    if overview.warnings or overview.problems:
        _out()
    for warning in overview.warnings:
        _out(safe_text(f"warning: {warning}"))
    for problem in overview.problems:
        _out(safe_text(f"note: {problem}"))


def _render_item(item: Item, overview: Overview) -> None:
    component = item.component
    needed_by = [c.id for c in overview.catalog.components if component.id in c.depends_on]
    _out(safe_text(f"{component.id}: {component.title}"))
    rows = [
        ("organisation", component.organisation),
        ("who", component.who),
        ("status", _status_text(item) + (f" ({_flags(item)})" if _flags(item) else "")),
        ("why", f"{component.explanation} [{component.tag.value}]"),
        ("depends on", ", ".join(component.depends_on) or "-"),
        ("needed by", ", ".join(needed_by) or "-"),
    ]
    for label, fact in (("opens", component.opens), ("due", component.due)):
        if fact is not None:
            estimate = f" (estimate: {fact.tag.describe})" if fact.estimate else ""
            rows.append((label, f"{fact.date}{estimate}: {fact.title}"))
            if fact.note:
                rows.append(("", fact.note))
            rows.extend(("", f"[{s.tag.value}] {s.title}: {s.url} (retrieved {s.retrieved})")
                        for s in fact.sources)
    if item.own_due:
        rows.append(("your due", f"{item.due} ({_left_text(item)} left)"
                     if item.open else str(item.due)))
    if item.notes:
        rows.append(("notes", item.notes))
    rows.extend(("source" if index == 0 else "",
                 f"[{s.tag.value}] {s.title}: {s.url} (retrieved {s.retrieved})")
                for index, s in enumerate(component.sources))
    for label, value in rows:
        _out(safe_text(f"  {label:<13} {value}"))


def _print_json(data: Any) -> None:
    _out(json.dumps(data, indent=2))


# -- commands -----------------------------------------------------------------------------

def _checker_factory(settings: Settings) -> Callable[[], TextChecker]:
    def make() -> TextChecker:
        from psassist.checks.checker import Checker

        return Checker(settings, grammar=False)
    return make


def _show(session: _Session, settings: Settings) -> int:
    args = session.args
    statements = None
    if session.workspace is not None and not args.no_drafts:
        statements = assess_statements(session.workspace, _checker_factory(settings),
                                       session.catalog.statement_characters.value)
    overview = session.overview(statements)
    if args.id:
        wanted = session.catalog.component(args.id).id
        item = next(i for i in overview.items if i.id == wanted)
        if args.format == "json":
            _print_json(item_data(item))
        else:
            _render_item(item, overview)
        return EXIT_OK
    if args.format == "json":
        _print_json(overview_data(overview))
    else:
        _render_overview(overview, str(session.workspace.root) if session.workspace else None)
    return EXIT_OK


def _changed(session: _Session, state: TrackerState, message: str) -> int:
    """Save, say what changed and what it made ready."""
    before = {i.id: i.readiness for i in session.overview().items}
    session.save(state)
    overview = session.overview()
    if session.args.format == "json":
        _print_json(overview_data(overview))
        return EXIT_OK
    _out(safe_text(message))
    ready = [i.id for i in overview.items
             if i.readiness == "ready" and before.get(i.id) == "blocked"]
    if ready:
        _out(f"  now ready: {', '.join(ready)}")
    return EXIT_OK


def _set(session: _Session) -> int:
    status = status_from_text(session.args.status)
    state, ident = edits.set_status(session.state, session.catalog, session.args.id, status)
    return _changed(session, state, f"{ident}: {status.label}")


def _note(session: _Session) -> int:
    state, ident = edits.set_notes(session.state, session.catalog, session.args.id,
                                   session.args.text)
    text = state.of(ident).notes
    return _changed(session, state, f"{ident}: note {'saved' if text else 'removed'}")


def _due(session: _Session) -> int:
    day = parse_optional_day(session.args.date, "due date")
    state, ident = edits.set_due(session.state, session.catalog, session.args.id, day)
    component = session.catalog.component(ident)
    if day is None:
        fallback = f"; back to {_fact_date(component.due)}" if component.due else ""
        return _changed(session, state, f"{ident}: your own due date removed{fallback}")
    season = session.catalog.season
    message = f"{ident}: due {day} (your own date)"
    if not season.starts.date <= day <= season.ends.date:
        message += f"; note that it is outside {season.name} ({season.starts.date} to " \
                   f"{season.ends.date})"
    return _changed(session, state, message)


def _export(session: _Session) -> int:
    stamp = datetime.now(UTC) if session.args.today is None else \
        datetime.combine(session.today, time(), UTC)
    data = calendar_bytes(session.catalog, session.state, stamp)
    found = entries(session.catalog, session.state)
    target = session.args.ics
    if target == "-":
        text = safe_block(data.decode("utf-8"), line_end="\r\n")
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    path = Path(target).expanduser()
    try:
        atomic_write(path.absolute(), data)
    except OSError as exc:
        raise TrackerError(f"{path}: cannot write it ({exc.strerror or exc})") from exc
    estimates = sum(1 for e in found if e.estimate)
    _out(safe_text(f"wrote {len(found)} events of {session.catalog.season.name} to {path} "
                   f"({estimates} are estimates, marked as such)"))
    return EXIT_OK


def _season(session: _Session) -> int:
    choice = session.args.choice
    if choice:
        state = edits.set_season(session.state, session.catalog.season.id)
        return _changed(session, state, f"tracking {session.catalog.season.name} "
                        f"({session.catalog.season.id})")
    rows: list[tuple[str, ...]] = [("", "SEASON", "NAME", "STARTS", "ENDS", "COMPILED")]
    for catalog in builtin_catalogs():
        season = catalog.season
        mark = "*" if season.id == session.catalog.season.id else ""
        rows.append((mark, season.id, season.name, _fact_date(season.starts),
                     _fact_date(season.ends), str(season.compiled)))
    _table(rows)
    _out("* the season shown; `psassist tracker season ID` chooses another")
    return EXIT_OK


def _letter_list(session: _Session) -> int:
    overview = session.overview()
    if session.args.format == "json":
        _print_json(overview_data(overview)["letters"])
    elif not overview.letters:
        _out("no letters yet; `psassist tracker letter add WRITER` adds one")
    else:
        _render_letters(overview)
    for problem in overview.problems:
        _out(safe_text(f"note: {problem}"))
    return EXIT_OK


def _letter_add(session: _Session) -> int:
    args = session.args
    requested = parse_day(args.requested, "request date") if args.requested else None
    state, letter = letter_rules.add_letter(session.state, args.writer, args.specialty,
                                            requested)
    return _changed(session, state, f"letter {letter.id}: {letter.writer} "
                    f"({letter.specialty})")


def _letter_set(session: _Session) -> int:
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
        raise TrackerError("nothing to change: give --writer, --specialty, --requested or "
                           "--received")
    state, letter = letter_rules.update_letter(session.state, args.letter, **changes)
    return _changed(session, state, f"letter {letter.id} updated")


def _letter_assign(session: _Session) -> int:
    args = session.args
    limit = session.catalog.letters_per_program.value
    state, letter = letter_rules.assign(session.state, args.letter, args.programs, limit)
    return _changed(session, state, f"letter {letter.id} goes to "
                    f"{'; '.join(letter.programs)}")


def _letter_unassign(session: _Session) -> int:
    args = session.args
    state, letter = letter_rules.unassign(session.state, args.letter, args.programs)
    programs = "; ".join(letter.programs) or "no program"
    return _changed(session, state, f"letter {letter.id} goes to {programs}")


def _letter_remove(session: _Session) -> int:
    state, letter = letter_rules.remove_letter(session.state, session.args.letter)
    return _changed(session, state, f"letter {letter.id} ({letter.writer}) removed; the "
                    f"previous {TRACKER} is in the workspace history")


def run(args: argparse.Namespace, settings: Settings) -> int:
    writers: dict[str, Callable[[_Session], int]] = {
        "set": _set, "note": _note, "due": _due, "letter-add": _letter_add,
        "letter-set": _letter_set, "letter-assign": _letter_assign,
        "letter-unassign": _letter_unassign, "letter-remove": _letter_remove,
    }
    readers: dict[str, Callable[[_Session], int]] = {
        "show": lambda session: _show(session, settings), "export": _export,
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
        return _error(str(exc))
    except BrokenPipeError:
        raise  # the reader went away (`| head`); main() exits quietly
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _error(f"{where}{exc.strerror or exc}")
