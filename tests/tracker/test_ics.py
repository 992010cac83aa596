"""The calendar parses back with the same events, each with its source; estimates say so."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from psassist.tracker import Catalog, Status, TrackerState
from psassist.tracker.edits import set_due, set_notes, set_status
from psassist.tracker.ics import calendar_bytes, entries
from psassist.tracker.paths import relevant_dates
from psassist.tracker.progress import paths_of

STAMP = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["version"] == "2.0" and calendar["prodid"]
    events: dict[str, icalendar.Event] = {}
    for event in calendar.walk("VEVENT"):
        assert isinstance(event, icalendar.Event)
        events[str(event["uid"])] = event
    return events


def test_the_calendar_parses_back_with_the_same_events(eras_2027: Catalog) -> None:
    state, _ = set_status(TrackerState(), eras_2027, "usmle-step1", Status.DONE)
    expected = entries(eras_2027, state)
    events = _events(calendar_bytes(eras_2027, state, STAMP))
    assert set(events) == {e.uid for e in expected}
    assert len(events) == len(expected)
    for entry in expected:
        event = events[entry.uid]
        assert str(event["summary"]) == entry.summary
        assert event.decoded("dtstart") == entry.day
        assert event.decoded("dtend") == date.fromordinal(entry.day.toordinal() + 1)
        assert str(event["description"]) == entry.description
        assert "Source [" in entry.description and "://" in entry.description
        assert str(event["status"]) == ("TENTATIVE" if entry.estimate else "CONFIRMED")
        assert event.decoded("dtstamp") == STAMP
        assert ("(estimate)" in entry.summary) == entry.estimate


def test_every_dated_item_on_the_applicants_path_is_in_the_calendar(eras_2027: Catalog) -> None:
    uids = {e.uid for e in entries(eras_2027, TrackerState())}
    paths = paths_of(eras_2027, TrackerState())  # ERAS and J-1 until the applicant chooses
    for fact in relevant_dates(eras_2027, paths):
        assert f"eras-2027.date.{fact.id}@psassist" in uids
    for component in eras_2027.components:
        expected = component.due is not None and paths.applies(component)
        assert (f"eras-2027.due.{component.id}@psassist" in uids) == expected


def test_an_estimate_and_an_own_date_are_described_as_such(eras_2027: Catalog) -> None:
    state, _ = set_due(TrackerState(), eras_2027, "oet-medicine", date(2026, 12, 12))
    state, _ = set_notes(state, eras_2027, "oet-medicine", "Booked; bring ID")
    found = {e.uid: e for e in entries(eras_2027, state)}
    own = found["eras-2027.due.oet-medicine@psassist"]
    assert own.day == date(2026, 12, 12) and not own.estimate
    assert own.description.startswith("Your own due date.")
    assert "Your notes: Booked; bring ID" in own.description
    rol = found["eras-2027.due.rank-order-list@psassist"]
    assert rol.estimate and rol.day == date(2027, 3, 3)
    assert "Estimate: inferred from earlier seasons" in rol.description
    start = found["eras-2027.date.residency-starts@psassist"]
    assert not start.estimate and start.summary == "ERAS 2027: Residency starts"
