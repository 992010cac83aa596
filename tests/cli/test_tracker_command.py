"""`psassist tracker` end to end on temporary workspaces and a fixed day."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from psassist.checks.checker import Checker
from psassist.cli import tracker
from psassist.cli.tracker import commands as tracker_commands
from psassist.config import Settings
from psassist.tracker.statements import TextChecker

from ..conftest import REPO
from .expect import assert_one_line_error

SAMPLE_WORKSPACE = REPO / "samples" / "workspace"
TODAY = "2026-11-25"


@pytest.fixture(autouse=True)
def _workspace_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's own workspace."""
    default = tmp_path / "default-ws"
    monkeypatch.setenv("PSASSIST_WORKSPACE", str(default))
    return default


def _parser() -> argparse.ArgumentParser:
    """The command as `psassist` will register it (main.py is not ours to edit)."""
    parser = argparse.ArgumentParser(prog="psassist")
    tracker.add_parser(parser.add_subparsers())
    return parser


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    parsed = _parser().parse_args(["tracker", *args])
    code = parsed.handler(parsed, Settings())
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_workflow(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    common = ("--workspace", ws, "--today", TODAY)
    code, out, err = run(capsys, "set", "ecfmg-registration", "done", *common)
    assert code == 0, err
    assert out.startswith("ecfmg-registration: done\n")
    assert "now ready:" in out and "eras-token" in out

    code, out, _ = run(capsys, "due", "oet-medicine", "2026-12-12", *common)
    assert code == 0 and "oet-medicine: due 2026-12-12 (your own date)" in out
    code, out, _ = run(capsys, "note", "oet-medicine", "Booked the December sitting", *common)
    assert code == 0 and "note saved" in out
    code, out, _ = run(capsys, "set", "usmle-step1", "In Progress", *common)
    assert code == 0

    code, out, _ = run(capsys, *common)  # options before or after the command both work
    assert code == 0
    assert "ERAS 2027 (residency from 2027-07-01), today 2026-11-25" in out
    assert "] 1 of 27 done (4%)" in out
    assert "oet-medicine               not started   2026-12-12*   17 days" in out
    assert "~2027-03-03" in out  # an estimate is marked
    next_actions = out.split("Next actions (ready now, by due date)\n")[1]
    lines = next_actions.split("\n\n")[0].splitlines()
    ids = [line.split()[0] for line in lines]
    oet = ids.index("oet-medicine")
    assert all("OVERDUE since ~2026-09-23" in line for line in lines[:oet])  # late ones first
    assert "due 2026-12-12* (17 days left)" in lines[oet]
    # by due date, ties in catalog order, undated ones last
    assert ids[oet + 1 : oet + 5] == [
        "usmle-step1",
        "usmle-step2ck",
        "ecfmg-pathway",
        "nrmp-registration",
    ]
    assert all(line.endswith("no date") for line in lines[oet + 5 :])
    assert "Blocked\n" in out and "waits for" in out
    assert "Personal statements: no drafts yet" in out
    assert "oet-medicine: Booked the December sitting" in out

    state = (tmp_path / "ws" / "tracker.toml").read_text(encoding="utf-8")
    assert 'status = "in-progress"' in state and "due = 2026-12-12" in state
    assert len(list((tmp_path / "ws" / "history" / "tracker.toml").iterdir())) == 3


def test_json_for_scripts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    run(capsys, "--workspace", ws, "set", "nrmp-registration", "done")
    code, out, _ = run(capsys, "--workspace", ws, "--today", TODAY, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["today"] == TODAY and data["season"]["id"] == "eras-2027"
    components = {c["id"]: c for c in data["components"]}
    assert components["nrmp-registration"]["status"] == "done"
    rol = components["rank-order-list"]
    assert rol["due"] == "2027-03-03" and rol["due_is_estimate"] is True
    assert rol["due_date"]["tag"] == "INF" and rol["due_date"]["sources"][0]["url"]
    assert rol["blocked_by"] == ["program-applications"]
    assert data["next_actions"][0] == "oet-medicine"
    code, out, _ = run(capsys, "show", "visa-j1", "--workspace", ws, "--format", "json")
    assert json.loads(out)["organisation"] == "visa"
    assert data["paths"] == {
        "services": ["eras"],
        "visa": "j1",
        "visa_chosen": False,
        "specialties": [],
        "specialties_from_drafts": False,
    }
    assert data["signals"]["season"] == "ERAS 2025"


def test_show_one_component_with_its_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "ROL-deadline", "--today", TODAY)
    assert code == 2  # not a component id: a date id
    code, out, _ = run(capsys, "show", "rank-order-list", "--today", TODAY)
    assert code == 0
    assert "rank-order-list: Rank order list certified" in out
    assert "due           2027-03-03 [INF: estimate, inferred from earlier seasons" in out
    assert "https://www.nrmp.org/about/news/2024/02/february-2024-illuminator/" in out
    assert "(retrieved 2026-11-24)" in out


def test_calendar_export_parses_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws, ics = str(tmp_path / "ws"), tmp_path / "out" / "eras.ics"
    ics.parent.mkdir()
    run(capsys, "--workspace", ws, "due", "oet-medicine", "2026-12-12")
    code, out, err = run(capsys, "export", "--ics", str(ics), "--workspace", ws, "--today", TODAY)
    assert code == 0, err
    assert "wrote 38 events of ERAS 2027" in out and "are estimates, marked as such" in out
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 38
    oet = events["eras-2027.due.oet-medicine@psassist"]
    assert oet.decoded("dtstart").isoformat() == "2026-12-12"
    assert all("Source [" in str(e["description"]) for e in events.values())


def test_bad_input_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = str(tmp_path / "ws")
    run(capsys, "--workspace", ws, "set", "eras-token", "done")
    before = (tmp_path / "ws" / "tracker.toml").read_bytes()
    cases = [
        (
            ("set", "step2", "done"),
            ("no component 'step2' in ERAS 2027; did you mean", "usmle-step2ck"),
        ),
        (("set", "photo", "finished"), ("'finished' is not a status; use one of",)),
        (("due", "photo", "2027-02-30"), ("'2027-02-30' is not a due date: use YYYY-MM-DD",)),
        (("due", "phot", "2027-01-01"), ("did you mean photo",)),
        (("letter", "assign", "L7", "Somewhere"), ("no letter 'L7'",)),
        (("--today", "tomorrow"), ("is not a date for --today",)),
        (("--season", "eras-2031"), ("no season 'eras-2031'; known seasons:",)),
    ]
    for args, fragments in cases:
        code, _, err = run(capsys, "--workspace", ws, *args)
        assert_one_line_error(code, err, *fragments)
    assert (tmp_path / "ws" / "tracker.toml").read_bytes() == before


def test_the_letter_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    for writer in ("Dr. A", "Dr. B", "Dr. C", "Dr. D", "Dr. E"):
        code, out, _ = run(
            capsys,
            "--workspace",
            ws,
            "letter",
            "add",
            writer,
            "--specialty",
            "Internal Medicine",
            "--requested",
            "2026-07-01",
        )
        assert code == 0
    for ident in ("L1", "L2", "L3", "L4"):
        assert run(capsys, "--workspace", ws, "letter", "assign", ident, "Quillmere")[0] == 0
    code, _, err = run(capsys, "--workspace", ws, "letter", "assign", "L5", "quillmere")
    assert_one_line_error(
        code, err, "Quillmere already has 4 letters (L1, L2, L3, L4)", "at most 4 per program"
    )
    code, out, _ = run(capsys, "--workspace", ws, "letter", "set", "L1", "--received", "2026-08-01")
    assert code == 0 and "letter L1 updated" in out
    code, out, _ = run(capsys, "--workspace", ws, "letter", "unassign", "L1", "QUILLMERE")
    assert code == 0 and "letter L1 goes to no program" in out
    assert run(capsys, "--workspace", ws, "letter", "assign", "L5", "Quillmere")[0] == 0
    code, out, _ = run(capsys, "--workspace", ws, "letter")
    assert code == 0 and "Quillmere 4/4" in out
    assert "L1  Dr. A   Internal Medicine  2026-07-01  2026-08-01" in out


def test_a_hand_edited_file_keeps_unknown_ids(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    run(capsys, "--workspace", str(ws), "set", "photo", "done")
    state = ws / "tracker.toml"
    state.write_text(
        state.read_text(encoding="utf-8")
        + '\n[components.usmle-step2cs]\nstatus = "done"\nscore = 230\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--workspace", str(ws), "set", "mspe", "done")
    assert code == 0
    text = state.read_text(encoding="utf-8")
    assert "[components.usmle-step2cs]" in text and "score = 230" in text
    code, out, _ = run(capsys, "--workspace", str(ws), "--today", TODAY, "--no-drafts")
    assert "note: " in out and "'usmle-step2cs' is not a component of ERAS 2027" in out
    assert "kept as written" in out


def test_user_text_is_shown_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    run(capsys, "--workspace", ws, "note", "photo", "ok\x1b[31m red \u202e")
    run(capsys, "--workspace", ws, "letter", "add", "Dr. \x1b]0;x\x07Evil")
    code, out, _ = run(capsys, "--workspace", ws, "--today", TODAY)
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "ok\\x1b[31m red \\u202e" in out


def test_no_workspace_yet_is_shown_and_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--workspace", str(tmp_path / "none"), "--today", TODAY)
    assert code == 0 and "no workspace yet" in out and "0 of 27 done" in out
    assert not (tmp_path / "none").exists()


def test_seasons_and_their_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    code, out, _ = run(capsys, "season", "--workspace", ws, "--today", TODAY)
    assert code == 0 and "*  eras-2027" in out and "eras-2028" in out
    code, out, _ = run(capsys, "season", "eras-2028", "--workspace", ws)
    assert code == 0 and "tracking ERAS 2028 (eras-2028)" in out
    code, out, _ = run(capsys, "--workspace", ws, "--today", TODAY)
    assert out.startswith("ERAS 2028")
    assert "warning: the ERAS 2028 data was compiled on 2026-11-30, before the season began" in out
    code, out, _ = run(capsys, "--workspace", ws, "--season", "eras-2027", "--today", "2027-07-02")
    assert (
        "warning: ERAS 2027 ended on 2027-07-01; choose the next one with "
        "`psassist tracker season eras-2028`" in out
    )
    assert "note: " in out and "is for eras-2028; showing eras-2027" in out


def test_the_sample_workspace_today(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    offline_checker: Checker,
) -> None:
    ws = tmp_path / "sample"
    shutil.copytree(SAMPLE_WORKSPACE, ws)

    def factory(settings: Settings) -> Callable[[], TextChecker]:
        return lambda: offline_checker

    monkeypatch.setattr(tracker_commands, "checker_factory", factory)
    code, out, err = run(capsys, "--workspace", str(ws), "--today", TODAY)
    assert code == 0, err
    assert "] 19 of 27 done (70%); 1 submitted" in out
    assert "personal-statement         done*" in out
    assert "letters                    in progress*  ~2026-09-23   63 late  OVERDUE" in out
    actions = out.split("Next actions (ready now, by due date)\n")[1].split("\n\n")[0]
    assert [line.split()[0] for line in actions.splitlines()] == [
        "letters",
        "oet-medicine",
        "nrmp-registration",
    ]
    assert "im-main" in out and "ready" in out
    assert "Lakeshore Community Hospital 3/4" in out
    assert "warning" not in out and "note:" not in out


def test_bad_input_creates_no_workspace(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "new")
    for args in (
        ("set", "token", "done"),
        ("set", "eras-token", "finished"),
        ("due", "eras-token", "31/01/2027"),
        ("letter", "add", "Dr. A", "--requested", "July"),
    ):
        code, _, err = run(capsys, "--workspace", ws, *args)
        assert_one_line_error(code, err)
    assert not (tmp_path / "new").exists()


def test_paths_are_chosen_and_change_what_is_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = str(tmp_path / "ws")
    common = ("--workspace", ws, "--today", TODAY, "--no-drafts")
    code, out, _ = run(capsys, "choose", "specialty", "OB/GYN", *common)
    assert code == 0 and "applying through ResidencyCAS for obstetrics-gynecology" in out
    code, out, _ = run(capsys, *common)
    assert "residencycas-access" in out and "soap-residencycas" in out
    assert "eras-token" not in out and "myeras-certify" not in out
    code, out, _ = run(capsys, "choose", "visa", "h1b", *common)
    assert code == 0 and "visa: H-1B" in out
    code, out, _ = run(capsys, "show", "visa-h1b", *common)
    assert code == 0 and "usmle-step3, state-licence" in out
    before = (tmp_path / "ws" / "tracker.toml").read_bytes()
    code, _, err = run(capsys, "choose", "visa", "k1", *common)
    assert_one_line_error(code, err, "'k1' is not a visa route; use one of j1, h1b, none")
    assert (tmp_path / "ws" / "tracker.toml").read_bytes() == before
    code, out, _ = run(capsys, "choose", "specialty", "clear", *common)
    assert code == 0 and "applying through ERAS (no specialty chosen)" in out


def test_show_gives_each_facts_tag_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "oet-medicine", "--today", TODAY)
    assert code == 0
    assert "due           2026-12-05 [INF: estimate" in out
    assert "last scheduled test date in December" in out and "OET calendar" in out
    assert "[SEC] International House London: OET exams" in out
    assert "(retrieved 2026-11-30)" in out
    code, out, _ = run(capsys, "show", "program-signals", "--today", TODAY)
    assert code == 0 and "signals       ERAS 2025 allotments [OFF]" in out
    assert "Internal Medicine: 3 gold, 12 silver" in out
    assert "program-signaling-2025-myeras-application-season" in out
