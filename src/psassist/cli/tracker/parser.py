"""`psassist tracker`'s command line: the commands, their arguments and the examples."""

from __future__ import annotations

import argparse

from psassist.cli.tracker.commands import run

EPILOG = """\
examples:
  psassist tracker                          the table, progress and next actions
  psassist tracker show oet-medicine        one component: why, who, dates, sources
  psassist tracker set usmle-step2ck done   statuses: not-started, in-progress,
                                            submitted, done, not-applicable
  psassist tracker due oet-medicine 2026-12-12   your own date (`clear` removes it)
  psassist tracker note eras-token "bought 2026-06-20"
  psassist tracker choose specialty OB/GYN  ResidencyCAS instead of ERAS (`clear`: drafts)
  psassist tracker choose visa h1b          j1 (ECFMG EVSP), h1b (Step 3, licence) or none
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

    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=given(None),
        help="the workspace folder (default: $PSASSIST_WORKSPACE, then your user data folder)",
    )
    parser.add_argument(
        "--season",
        metavar="ID",
        default=given(None),
        help="the season to show, e.g. eras-2028 (default: the one in "
        "tracker.toml, else the current one)",
    )
    parser.add_argument(
        "--today",
        metavar="DATE",
        default=given(None),
        help="pretend today is DATE (YYYY-MM-DD), to plan ahead",
    )
    parser.add_argument("--format", choices=("text", "json"), default=given("text"))
    parser.add_argument(
        "--catalog",
        metavar="FILE",
        default=given(None),
        help="use a season data file of your own (to try an update)",
    )
    parser.add_argument(
        "--no-drafts",
        action="store_true",
        default=given(False),
        help="do not check the drafts to find the personal statement status",
    )


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

    def command(
        name: str,
        help: str,
        sub: argparse._SubParsersAction[argparse.ArgumentParser] = commands,
        action: str | None = None,
    ) -> argparse.ArgumentParser:
        found = sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        _common_options(found, argparse.SUPPRESS)
        found.set_defaults(action=action or name)
        return found

    show = command("show", "the overview, or one component in detail")
    show.add_argument("id", nargs="?", metavar="ID")
    status = command("set", "set a component's status")
    status.add_argument("id", metavar="ID")
    status.add_argument(
        "status",
        metavar="STATUS",
        help="not-started, in-progress, submitted, done or not-applicable",
    )
    note = command("note", "write a note on a component ('' removes it)")
    note.add_argument("id", metavar="ID")
    note.add_argument("text", metavar="TEXT")
    due = command("due", "set your own due date for a component")
    due.add_argument("id", metavar="ID")
    due.add_argument("date", metavar="DATE", help="YYYY-MM-DD, or clear")
    export = command("export", "write a calendar of every dated item")
    export.add_argument(
        "--ics", required=True, metavar="FILE", help="the .ics file (- for standard output)"
    )
    choose = command("choose", "choose your specialties (ERAS or ResidencyCAS) or visa route")
    choose.add_argument("what", choices=("specialty", "visa"))
    choose.add_argument(
        "values",
        nargs="+",
        metavar="VALUE",
        help="specialties (e.g. internal-medicine, OB/GYN), or j1, h1b, none; "
        "clear forgets the choice",
    )
    season = command("season", "list the seasons, or choose the one to track")
    season.add_argument("choice", nargs="?", metavar="ID")

    letter = commands.add_parser(
        "letter",
        help="letters of recommendation",
        description="Letters of recommendation: writers, dates and "
        "the programs each letter goes to.",
    )
    _common_options(letter, argparse.SUPPRESS)
    letter.set_defaults(action="letter-list")
    letter_commands = letter.add_subparsers(title="letter commands", metavar="COMMAND")
    command("list", "list the letters and the programs they go to", letter_commands, "letter-list")
    add = command(
        "add", "add a letter you asked for (or will ask for)", letter_commands, "letter-add"
    )
    add.add_argument("writer", metavar="WRITER")
    add.add_argument("--specialty", default="General", metavar="S")
    add.add_argument("--requested", metavar="DATE")
    change = command(
        "set", "change a letter's writer, specialty or dates", letter_commands, "letter-set"
    )
    change.add_argument("letter", metavar="LETTER", help="its id, e.g. L1")
    change.add_argument("--writer", metavar="W")
    change.add_argument("--specialty", metavar="S")
    change.add_argument("--requested", metavar="DATE", help="YYYY-MM-DD, or clear")
    change.add_argument(
        "--received", metavar="DATE", help="when it arrived in the Letter Writer Portal; or clear"
    )
    for name, help in (
        ("assign", "assign a letter to programs"),
        ("unassign", "take a letter back from programs"),
    ):
        sub = command(name, help, letter_commands, f"letter-{name}")
        sub.add_argument("letter", metavar="LETTER")
        sub.add_argument("programs", nargs="+", metavar="PROGRAM")
    remove = command("remove", "remove a letter", letter_commands, "letter-remove")
    remove.add_argument("letter", metavar="LETTER")
