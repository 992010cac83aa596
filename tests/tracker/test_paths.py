"""The applicant's paths: ResidencyCAS for OB/GYN and EM instead of ERAS, and the visa route
with its own dependencies (J-1 through ECFMG, or H-1B with Step 3 and a state licence)."""

from __future__ import annotations

import pytest

from psassist.tracker import Catalog, TrackerError, TrackerState, build_items
from psassist.tracker.edits import set_specialties, set_status, set_visa
from psassist.tracker.ics import entries
from psassist.tracker.paths import ERAS, RESIDENCYCAS, choice_key, choose_paths
from psassist.tracker.state import Status, state_from_data, state_to_data
from psassist.tracker.statements import StatementStatus

from .conftest import TODAY

ERAS_ONLY = {
    "eras-token",
    "myeras-certify",
    "program-applications",
    "program-signals",
    "letters",
    "soap",
}
RCAS_ONLY = {
    "residencycas-access",
    "residencycas-application",
    "residencycas-programs",
    "soap-residencycas",
}


def _ids(
    catalog: Catalog, state: TrackerState, statements: list[StatementStatus] | None = None
) -> set[str]:
    return {item.id for item in build_items(catalog, state, TODAY, statements)}


def test_an_ob_gyn_applicant_sees_residencycas_instead_of_eras(eras_2027: Catalog) -> None:
    ids = _ids(eras_2027, set_specialties(TrackerState(), ["OB/GYN"]))
    assert ids >= RCAS_ONLY and not ERAS_ONLY & ids
    assert "personal-statement" in ids and "rank-order-list" in ids


def test_an_internal_medicine_applicant_sees_eras_only(eras_2027: Catalog) -> None:
    ids = _ids(eras_2027, set_specialties(TrackerState(), ["Internal Medicine"]))
    assert ids >= ERAS_ONLY and not RCAS_ONLY & ids
    drafted = [StatementStatus("im-main", 3_000, 0, 28_000, specialty="internal-medicine")]
    assert _ids(eras_2027, TrackerState(), drafted) == ids  # the drafts give the specialty


def test_two_services_for_two_specialties_and_the_choice_beats_the_drafts(
    eras_2027: Catalog,
) -> None:
    both = _ids(eras_2027, set_specialties(TrackerState(), ["internal-medicine", "EM"]))
    assert both >= (ERAS_ONLY | RCAS_ONLY)
    drafted = [StatementStatus("im-main", 3_000, 0, 28_000, specialty="internal-medicine")]
    chosen = set_specialties(TrackerState(), ["emergency-medicine"])
    assert not ERAS_ONLY & _ids(eras_2027, chosen, drafted)
    paths = choose_paths(eras_2027, [], None, ["internal-medicine"])
    assert paths.services == {ERAS} and paths.from_drafts
    assert choose_paths(eras_2027, ["obgyn"], None).services == {RESIDENCYCAS}


def test_the_rank_order_list_waits_for_the_service_that_applies(eras_2027: Catalog) -> None:
    state = set_specialties(TrackerState(), ["obstetrics-gynecology"])
    items = {i.id: i for i in build_items(eras_2027, state, TODAY)}
    assert set(items["rank-order-list"].blocked_by) == {
        "nrmp-registration",
        "residencycas-programs",
    }


def test_the_visa_choice_changes_the_dependencies(eras_2027: Catalog) -> None:
    default = {i.id: i for i in build_items(eras_2027, TrackerState(), TODAY)}
    assert "visa-j1" in default and "visa-h1b" not in default and "usmle-step3" not in default
    assert "ecfmg-certification" in default["visa-j1"].component.depends_on

    h1b = {i.id: i for i in build_items(eras_2027, set_visa(TrackerState(), "H-1B"), TODAY)}
    assert "visa-j1" not in h1b and {"usmle-step3", "state-licence", "visa-h1b"} <= set(h1b)
    assert {"usmle-step3", "state-licence"} <= set(h1b["visa-h1b"].blocked_by)
    assert h1b["usmle-step3"].blocked_by == ("ecfmg-certification",)

    none = _ids(eras_2027, set_visa(TrackerState(), "none"))
    assert not {"visa-j1", "visa-h1b", "usmle-step3", "state-licence"} & none


def test_a_dependency_off_the_path_does_not_block(eras_2027: Catalog) -> None:
    state = set_specialties(TrackerState(), ["internal-medicine"])
    for ident in ("nrmp-registration", "program-applications"):
        state, _ = set_status(state, eras_2027, ident, Status.DONE)
    items = {i.id: i for i in build_items(eras_2027, state, TODAY)}
    assert items["rank-order-list"].blocked_by == ()  # residencycas-programs does not apply


def test_choices_round_trip_and_bad_ones_are_refused() -> None:
    state = state_from_data({"visa": "H-1B", "specialties": ["OB/GYN"]}, set(), "t.toml")
    assert (state.visa, state.specialties) == ("h1b", ("obstetrics-gynecology",))
    assert state_to_data(state, [])["visa"] == "h1b"
    with pytest.raises(TrackerError, match="not a visa route"):
        state_from_data({"visa": "k1"}, set(), "t.toml")
    with pytest.raises(TrackerError, match="specialties must be a list"):
        state_from_data({"specialties": "OB/GYN"}, set(), "t.toml")
    assert choice_key("Obstetrics & Gynecology") == "obstetrics-gynecology"
    assert set_visa(set_visa(TrackerState(), "j1"), None).visa is None


def test_the_calendar_follows_the_paths(eras_2027: Catalog) -> None:
    eras_uids = {e.uid for e in entries(eras_2027, TrackerState())}
    assert "eras-2027.date.residencycas-deadline@psassist" not in eras_uids
    rcas = set_specialties(TrackerState(), ["obstetrics-gynecology"])
    rcas_uids = {e.uid for e in entries(eras_2027, rcas)}
    assert "eras-2027.due.residencycas-programs@psassist" in rcas_uids
    assert "eras-2027.due.program-applications@psassist" not in rcas_uids
