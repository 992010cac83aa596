"""Next actions on a fixed day: what is ready, in what order, and what is blocked or late."""

from __future__ import annotations

from datetime import date
from typing import Any

from psassist.tracker import Catalog, Status, TrackerState, build_items, next_actions
from psassist.tracker.catalog import LETTERS, PERSONAL_STATEMENT
from psassist.tracker.edits import set_due, set_status
from psassist.tracker.letters import add_letter, update_letter
from psassist.tracker.overview import build_overview
from psassist.tracker.progress import progress
from psassist.tracker.seasons import default_season, season_warnings
from psassist.tracker.statements import StatementStatus

from .conftest import TODAY, edited, sound_catalog


def _ids(catalog: Catalog, state: TrackerState, today: date = TODAY) -> list[tuple[str, str]]:
    return [(i.id, i.readiness) for i in next_actions(build_items(catalog, state, today))]


def _wide() -> Catalog:
    """Independent components with different dates, one window opening later, one blocked."""

    def change(data: dict[str, Any]) -> None:
        base = data["components"][0]
        data["components"] = [
            {**base, "id": "no-date"},
            {**base, "id": "due-later", "due": "later"},
            {**base, "id": "due-soon", "due": "soon"},
            {**base, "id": "overdue", "due": "past"},
            {**base, "id": "not-open", "opens": "future-window", "due": "end"},
            {**base, "id": "blocked", "depends_on": ["due-soon"], "due": "past"},
        ]

    return sound_catalog(edited(change))


def test_ready_items_come_first_by_due_date_then_not_open_then_blocked() -> None:
    assert _ids(_wide(), TrackerState()) == [
        ("overdue", "ready"),
        ("due-soon", "ready"),
        ("due-later", "ready"),
        ("no-date", "ready"),
        ("not-open", "not-open-yet"),
        ("blocked", "blocked"),
    ]


def test_days_left_overdue_and_estimates() -> None:
    items = {i.id: i for i in build_items(_wide(), TrackerState(), TODAY)}
    assert items["due-soon"].days_left == 15 and items["due-soon"].estimate  # tagged SEC
    assert not items["due-later"].estimate and items["due-later"].days_left == 65
    assert items["overdue"].overdue and items["overdue"].days_left == -85
    assert items["blocked"].overdue and items["blocked"].blocked_by == ("due-soon",)
    assert items["no-date"].days_left is None and not items["no-date"].overdue


def test_finishing_a_dependency_unblocks_and_finished_items_leave_the_list() -> None:
    catalog = _wide()
    state, _ = set_status(TrackerState(), catalog, "due-soon", Status.DONE)
    state, _ = set_status(state, catalog, "overdue", Status.NOT_APPLICABLE)
    assert _ids(catalog, state)[:2] == [("blocked", "ready"), ("due-later", "ready")]


def test_submitted_waits_and_does_not_unblock() -> None:
    catalog = sound_catalog()  # a -> b -> c
    state, _ = set_status(TrackerState(), catalog, "a", Status.SUBMITTED)
    items = {i.id: i for i in build_items(catalog, state, TODAY)}
    assert items["a"].readiness == "waiting" and not items["a"].open
    assert items["b"].blocked_by == ("a",)
    state, _ = set_status(state, catalog, "a", Status.NOT_APPLICABLE)
    assert _ids(catalog, state) == [("b", "ready"), ("c", "blocked")]


def test_an_own_due_date_replaces_the_catalogs_and_is_not_an_estimate() -> None:
    catalog = _wide()
    state, _ = set_due(TrackerState(), catalog, "due-soon", date(2027, 2, 10))
    items = {i.id: i for i in build_items(catalog, state, TODAY)}
    assert items["due-soon"].due == date(2027, 2, 10)
    assert items["due-soon"].own_due and not items["due-soon"].estimate
    assert _ids(catalog, state)[:3] == [
        ("overdue", "ready"),
        ("due-later", "ready"),
        ("due-soon", "ready"),
    ]


def test_personal_statement_and_letters_are_derived(eras_2027: Catalog) -> None:
    def find(state: TrackerState, statements: list[StatementStatus] | None, ident: str) -> Any:
        return next(i for i in build_items(eras_2027, state, TODAY, statements) if i.id == ident)

    ready = StatementStatus("im", 4_000, 0, 28_000)
    too_long = StatementStatus("long", 30_000, 0, 28_000)
    assert find(TrackerState(), [], PERSONAL_STATEMENT).status is Status.NOT_STARTED
    assert find(TrackerState(), [too_long], PERSONAL_STATEMENT).status is Status.IN_PROGRESS
    item = find(TrackerState(), [too_long, ready], PERSONAL_STATEMENT)
    assert item.status is Status.DONE and item.derived
    assert find(TrackerState(), None, PERSONAL_STATEMENT).status is Status.NOT_STARTED
    chosen, _ = set_status(TrackerState(), eras_2027, PERSONAL_STATEMENT, Status.SUBMITTED)
    assert find(chosen, [too_long], PERSONAL_STATEMENT).status is Status.SUBMITTED

    state, letter = add_letter(TrackerState(), "Dr. A")
    assert find(state, None, LETTERS).status is Status.IN_PROGRESS
    state, _ = update_letter(state, letter.id, received=date(2026, 8, 1))
    assert find(state, None, LETTERS).status is Status.DONE
    state, _ = set_status(state, eras_2027, LETTERS, Status.IN_PROGRESS)
    assert not find(state, None, LETTERS).derived  # the applicant's word wins


def test_progress_counts_done_out_of_what_applies() -> None:
    catalog = sound_catalog()
    state, _ = set_status(TrackerState(), catalog, "a", Status.DONE)
    state, _ = set_status(state, catalog, "c", Status.NOT_APPLICABLE)
    done = progress(build_items(catalog, state, TODAY))
    assert (done.done, done.counted, done.fraction) == (1, 2, 0.5)


def test_season_warnings_for_stale_data_and_an_ended_season(eras_2027: Catalog) -> None:
    assert season_warnings(eras_2027, TODAY) == []
    ended = season_warnings(eras_2027, date(2027, 7, 2), ["eras-2028"])
    assert ended == [
        "ERAS 2027 ended on 2027-07-01; choose the next one with "
        "`psassist tracker season eras-2028`"
    ]
    from psassist.tracker import load_season

    stale = season_warnings(load_season("eras-2028"), TODAY)
    assert len(stale) == 1 and "compiled on 2026-11-30, before the season began" in stale[0]
    overview = build_overview(load_season("eras-2028"), TrackerState(), TODAY)
    assert overview.warnings == tuple(stale)


def test_the_default_season_is_the_latest_that_has_begun(eras_2027: Catalog) -> None:
    from psassist.tracker import load_season

    seasons = [load_season("eras-2028"), eras_2027]
    assert default_season(seasons, TODAY).season.id == "eras-2027"
    assert default_season(seasons, date(2027, 6, 10)).season.id == "eras-2028"
    assert default_season(seasons, date(2020, 1, 1)).season.id == "eras-2027"
