"""Issue 13: the season facts an IMG plans by are sourced, official where tagged so, on
weekdays unless the source says otherwise, and corrected where they used to mislead."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from psassist.tracker import Catalog, Tag, load_season
from psassist.tracker.loading import builtin_catalogs
from psassist.tracker.validation import OFFICIAL_DOMAINS, official_domain

from .conftest import catalog_from, edited

MIRRORS = ("redlib", "huuu.biz", "studylib", "pages.dev")


def _facts(catalog: Catalog) -> list[tuple[str, Tag, tuple[Any, ...]]]:
    """Every tagged fact of a season: components, dates, rules, services and signals."""
    facts = [(f"component {c.id}", c.tag, c.sources) for c in catalog.components]
    facts += [(f"date {f.id}", f.tag, f.sources) for f in catalog.dates]
    facts += [
        ("rule letters", catalog.letters_per_program.tag, catalog.letters_per_program.sources),
        ("rule characters", catalog.statement_characters.tag, catalog.statement_characters.sources),
        ("residencycas", catalog.residencycas.tag, catalog.residencycas.sources),
    ]
    if catalog.signals is not None:
        facts.append(("signals", catalog.signals.tag, catalog.signals.sources))
    return facts


@pytest.mark.parametrize("catalog", builtin_catalogs(), ids=lambda c: c.season.id)
def test_every_official_fact_has_an_official_domain(catalog: Catalog) -> None:
    for where, tag, sources in _facts(catalog):
        if tag is Tag.OFFICIAL:
            assert any(s.tag is Tag.OFFICIAL and official_domain(s.url) for s in sources), where
    for source in catalog.sources:
        if source.tag is Tag.OFFICIAL:
            assert official_domain(source.url), (source.id, source.url)
        assert not any(mirror in source.url for mirror in MIRRORS), source.url


@pytest.mark.parametrize("catalog", builtin_catalogs(), ids=lambda c: c.season.id)
def test_no_date_falls_on_a_weekend_unless_its_source_says_so(catalog: Catalog) -> None:
    for fact in catalog.dates:
        if fact.date.weekday() >= 5:
            assert fact.weekend_ok, f"{fact.id} is on a {fact.date:%A}"
            assert fact.note, f"{fact.id}: a weekend date must say why"


def test_the_official_domain_check() -> None:
    assert official_domain("https://students-residents.aamc.org/x")
    assert official_domain("https://help.liaisonedu.com/ResidencyCAS_Applicant_Help_Center")
    assert official_domain("http://www.nrmp.org/residency/applicant-toolkit/")
    assert not official_domain("https://redlib.cakez.net/r/ResidencyAppMatch")
    assert not official_domain("https://notaamc.org/x")  # a look-alike is not a subdomain
    assert not official_domain("https://aamc.org.example.com/x")
    assert "usmle.org" in OFFICIAL_DOMAINS


def test_the_validator_refuses_a_blog_tagged_official_and_a_weekend_date() -> None:
    def change(data: dict[str, Any]) -> None:
        data["sources"]["official"]["url"] = "https://someblog.example.com/eras"
        data["dates"]["later"]["date"] = date(2027, 1, 30)  # a Saturday

    _, problems = catalog_from(edited(change))
    assert any("is not on an official domain" in p for p in problems), problems
    assert any("dates.later: 2027-01-30 is a Saturday" in p for p in problems), problems

    def allowed(data: dict[str, Any]) -> None:
        data["dates"]["later"]["date"] = date(2027, 1, 30)
        data["dates"]["later"]["weekend_ok"] = True

    _, problems = catalog_from(edited(allowed))
    assert problems == []


def test_the_corrected_2027_dates(eras_2027: Catalog) -> None:
    dates = {fact.id: fact for fact in eras_2027.dates}
    rol = dates["rol-deadline"].date
    # 1. the Pathway deadline is its own estimate, weeks before the rank order list deadline
    pathway = eras_2027.component("ecfmg-pathway")
    assert pathway.due is dates["pathway-deadline"] and pathway.due.estimate
    assert timedelta(weeks=3) <= rol - pathway.due.date <= timedelta(weeks=6)
    assert "Not yet confirmed by ECFMG" in pathway.due.note
    # 2. OET: the last December sitting, not December 31, and a pointer to the OET calendar
    oet = dates["oet-advice"]
    assert oet.date.month == 12 and oet.date != date(2026, 12, 31)
    assert "last scheduled test date in December" in oet.note and "OET calendar" in oet.note
    # 3. the NRMP standard deadline on a weekday, as an estimate
    standard = dates["nrmp-standard-deadline"]
    assert standard.date == date(2027, 1, 29) and standard.tag is Tag.INFERRED
    # 4. Step 1 and Step 2 CK have a "take it by" date weeks before the ROL deadline
    for step in ("usmle-step1", "usmle-step2ck"):
        due = eras_2027.component(step).due
        assert due is not None and rol - due.date >= timedelta(weeks=8)
    # 5. fees carry their season; the forum claim is gone
    applications = eras_2027.component("program-applications")
    assert "ERAS 2026 season" in applications.explanation
    assert "advantage" not in applications.explanation
    # 6. the ERAS season end is an AAMC rule
    assert dates["eras-season-ends"].tag is Tag.OFFICIAL


def test_signals_are_labelled_with_their_season(eras_2027: Catalog) -> None:
    signals = eras_2027.signals
    assert signals is not None and signals.season == "ERAS 2025"
    assert "2027 allotments are not yet published" in signals.note
    assert dict(signals.allotments)["Internal Medicine"] == "3 gold, 12 silver"
    assert all(official_domain(s.url) for s in signals.sources if s.tag is Tag.OFFICIAL)


def test_residencycas_specialties_have_a_source() -> None:
    catalog = load_season("eras-2027")
    assert set(catalog.residencycas.specialties) == {"obstetrics-gynecology", "emergency-medicine"}
    assert any(official_domain(s.url) for s in catalog.residencycas.sources)
