"""The state file: a lossless round trip, unknown ids kept, bad values named with their place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from psassist.tracker import Catalog, Status, TrackerError, TrackerState
from psassist.tracker.edits import set_due, set_notes, set_status
from psassist.tracker.overview import state_problems
from psassist.tracker.parsing import parse_day, parse_optional_day
from psassist.tracker.state import state_from_data, state_to_data, status_from_text
from psassist.tracker.store import TRACKER, parse_state, read_state_data, save_state
from psassist.workspace import Workspace

HAND_EDITED = """\
# edited by hand
season = "eras-2027"
theme = "dark"

[components.usmle-step1]
status = "done"
score_report = "2025-03-14"

[components.step3]
status = "in-progress"
notes = "Not a component psassist knows"

[components.usmle-step2ck]
status = "In Progress"
due = 2027-01-15
notes = "Exam booked"

[[letters]]
id = "L1"
writer = "Dr. Hana Mostafa"
programs = ["Quillmere Medical Center"]
waived = true
"""


def _workspace(tmp_path: Path, text: str) -> Workspace:
    workspace = Workspace.open(tmp_path / "ws")
    workspace.write_text(TRACKER, text)
    return workspace


def test_unknown_ids_and_keys_survive_a_save(tmp_path: Path, eras_2027: Catalog) -> None:
    with _workspace(tmp_path, HAND_EDITED) as workspace:
        state = parse_state(workspace, read_state_data(workspace), eras_2027)
        assert state.unknown == {
            "step3": {"status": "in-progress", "notes": "Not a component psassist knows"}
        }
        assert state.of("usmle-step2ck") == state.of("usmle-step2ck").__class__(
            Status.IN_PROGRESS, date(2027, 1, 15), "Exam booked"
        )
        problems = state_problems(eras_2027, state)
        assert len(problems) == 1 and "'step3' is not a component of ERAS 2027" in problems[0]
        assert "kept as written" in problems[0]

        state, _ = set_status(state, eras_2027, "eras-token", Status.DONE)
        save_state(workspace, state, eras_2027)
        again = parse_state(workspace, read_state_data(workspace), eras_2027)
        assert len(workspace.history(TRACKER)) == 1  # the hand-edited version is kept
    assert again.unknown == state.unknown
    assert again.extra == {"theme": "dark"}
    assert again.of("usmle-step1").extra == {"score_report": "2025-03-14"}
    assert again.letters[0].extra == {"waived": True}
    assert again.of("eras-token").status is Status.DONE
    text = (tmp_path / "ws" / TRACKER).read_text(encoding="utf-8")
    assert "[components.step3]" in text and 'status = "in-progress"' in text


def test_round_trip_is_lossless(eras_2027: Catalog) -> None:
    state = TrackerState(season="eras-2027")
    state, _ = set_status(state, eras_2027, "oet-medicine", Status.IN_PROGRESS)
    state, _ = set_due(state, eras_2027, "oet-medicine", date(2026, 12, 12))
    state, _ = set_notes(state, eras_2027, "oet-medicine", "  line one\nline two  ")
    data = state_to_data(state, eras_2027.ids)
    assert state_from_data(data, set(eras_2027.ids), "t") == state
    assert state.of("oet-medicine").notes == "line one\nline two"


def test_a_bad_status_in_the_file_names_the_file_and_key(eras_2027: Catalog) -> None:
    data = {"components": {"usmle-step1": {"status": "finished"}}}
    with pytest.raises(
        TrackerError,
        match=r"tracker.toml: components.usmle-step1: "
        r"'finished' is not a status; use one of not-started",
    ):
        state_from_data(data, set(eras_2027.ids), "tracker.toml")
    with pytest.raises(TrackerError, match="due must be a date"):
        state_from_data(
            {"components": {"usmle-step1": {"due": "soon"}}}, set(eras_2027.ids), "tracker.toml"
        )
    with pytest.raises(TrackerError, match="two letters have the id 'L1'"):
        state_from_data(
            {"letters": [{"id": "L1", "writer": "A"}, {"id": "L1", "writer": "B"}]},
            set(eras_2027.ids),
            "tracker.toml",
        )


def test_a_file_that_does_not_parse_is_reported_with_its_line(tmp_path: Path) -> None:
    from psassist.workspace import WorkspaceError

    with (
        _workspace(tmp_path, "season = \n") as workspace,
        pytest.raises(WorkspaceError, match=r"tracker.toml, line 1"),
    ):
        read_state_data(workspace)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("done", Status.DONE),
        ("In Progress", Status.IN_PROGRESS),
        ("in_progress", Status.IN_PROGRESS),
        ("n/a", Status.NOT_APPLICABLE),
        ("NOT-STARTED", Status.NOT_STARTED),
        ("submitted", Status.SUBMITTED),
    ],
)
def test_statuses_as_typed(text: str, status: Status) -> None:
    assert status_from_text(text) is status


def test_dates_as_typed() -> None:
    assert parse_day("2027-01-31") == date(2027, 1, 31)
    assert parse_optional_day("clear") is None
    for bad in ("2027-02-30", "31/01/2027", "tomorrow", "20270131"):
        with pytest.raises(TrackerError, match="is not a date: use YYYY-MM-DD"):
            parse_day(bad)
