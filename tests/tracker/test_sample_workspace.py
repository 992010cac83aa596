"""The sample applicant's tracker: it loads cleanly and gives the right picture on 2026-11-25."""

from __future__ import annotations

from datetime import date

from psassist.tracker import Status, build_overview, load_season, parse_state, read_state_data
from psassist.tracker.statements import StatementStatus
from psassist.workspace import Workspace

from ..conftest import REPO
from .conftest import TODAY

SAMPLE = REPO / "samples" / "workspace"


def test_the_sample_tracker_on_a_fixed_day() -> None:
    catalog = load_season("eras-2027")
    with Workspace.open(SAMPLE, readonly=True) as workspace:
        data = read_state_data(workspace)
        state = parse_state(workspace, data, catalog)
    assert data["season"] == "eras-2027" and state.unknown == {} and state.visa == "j1"
    drafts = [
        StatementStatus("im-main", 4_085, 0, 28_000, specialty="internal-medicine"),
        StatementStatus("fm-main", 3_900, 0, 28_000, specialty="family-medicine"),
    ]
    overview = build_overview(catalog, state, TODAY, drafts)
    assert overview.problems == () and overview.warnings == ()
    items = {item.id: item for item in overview.items}
    assert items["personal-statement"].status is Status.DONE and items["personal-statement"].derived
    assert items["letters"].status is Status.IN_PROGRESS and items["letters"].overdue
    assert items["oet-medicine"].own_due and items["oet-medicine"].days_left == 17
    assert [(i.id, i.readiness) for i in overview.actions] == [
        ("letters", "ready"),
        ("oet-medicine", "ready"),
        ("nrmp-registration", "ready"),
        ("rank-order-list", "blocked"),
        ("soap", "blocked"),
        ("ecfmg-certification", "blocked"),
        ("visa-j1", "blocked"),
    ]
    assert items["ecfmg-certification"].blocked_by == ("oet-medicine", "ecfmg-pathway")
    # the paths: ERAS (internal and family medicine, from the drafts) and the chosen J-1
    assert overview.paths.services == {"eras"} and overview.paths.from_drafts
    assert "residencycas-access" not in items and "usmle-step3" not in items
    assert items["visa-j1"].blocked_by == ("rank-order-list", "ecfmg-certification")
    # the corrected dates (issue 13)
    assert items["usmle-step1"].due == date(2027, 1, 6) and items["usmle-step1"].estimate
    assert items["ecfmg-pathway"].due == date(2027, 1, 29)
    assert items["nrmp-registration"].due == date(2027, 1, 29)
