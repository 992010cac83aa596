"""The season files validate, and the validator catches what would mislead an applicant."""

from __future__ import annotations

import tomllib
from datetime import date
from typing import Any

import pytest

from psassist.eras_facts import STATEMENT_CHARACTER_LIMIT
from psassist.tracker import (
    Catalog,
    CatalogError,
    Tag,
    UnknownComponent,
    load_catalog_file,
    load_season,
)
from psassist.tracker.catalog import ORGANISATIONS
from psassist.tracker.loading import builtin_catalogs, parse_catalog, season_files

from .conftest import catalog_from, edited, sound_catalog

#: DOMAIN.md's component list, as the issue requires it to be covered.
REQUIRED = {
    "ecfmg-registration",
    "credentials-verification",
    "usmle-step1",
    "usmle-step2ck",
    "oet-medicine",
    "ecfmg-certification",
    "aamc-account",
    "eras-token",
    "myeras-biographic",
    "myeras-education",
    "myeras-experiences",
    "myeras-scholarly-work",
    "personal-statement",
    "letters",
    "mspe",
    "medical-school-transcript",
    "photo",
    "usmle-transcript-release",
    "program-signals",
    "geographic-preferences",
    "program-applications",
    "nrmp-registration",
    "rank-order-list",
    "soap",
    "visa-j1",
    # issue 13: ResidencyCAS for OB/GYN and emergency medicine, Step 3 and the H-1B route
    "residencycas-access",
    "residencycas-application",
    "residencycas-letters",
    "residencycas-programs",
    "soap-residencycas",
    "usmle-step3",
    "state-licence",
    "visa-h1b",
}


@pytest.mark.parametrize("season_id", sorted(season_files()))
def test_every_built_in_season_is_sound(season_id: str) -> None:
    path = season_files()[season_id]
    catalog, problems = parse_catalog(path.read_text(encoding="utf-8"), str(path))
    assert problems == []
    assert catalog is not None and catalog.season.id == season_id  # file name = season id
    assert set(catalog.ids) >= REQUIRED
    # The checker's limit (psassist.eras_facts) is the one source; each season agrees with it.
    assert catalog.statement_characters.value == STATEMENT_CHARACTER_LIMIT
    for component in catalog.components:
        assert component.sources, component.id
        assert component.organisation in ORGANISATIONS
        for source in component.sources:
            assert source.url.startswith(("https://", "http://"))
            assert source.retrieved <= catalog.season.compiled
    for fact in catalog.dates:
        assert fact.sources and fact.tag is not Tag.UNCONFIRMED
        assert catalog.season.starts.date <= fact.date <= catalog.season.ends.date


def test_the_current_season_matches_domain_md(eras_2027: Catalog) -> None:
    season = eras_2027.season
    assert (season.name, season.match_year) == ("ERAS 2027", 2027)
    assert season.ends.date == date(2027, 7, 1) and not season.ends.estimate
    assert eras_2027.letters_per_program.value == 4
    assert eras_2027.statement_characters.value == 28_000
    dates = {fact.id: fact for fact in eras_2027.dates}
    # The official 2027 calendars were not found: these dates are estimates.
    for ident in ("applications-open", "programs-review", "rol-deadline", "match-day"):
        assert dates[ident].estimate and dates[ident].tag is Tag.INFERRED
    assert dates["myeras-opens"].tag is Tag.SECONDARY
    assert dates["match-day"].date == date(2027, 3, 19)
    assert dates["rol-deadline"].date == date(2027, 3, 3)
    assert dates["eras-season-ends"].tag is Tag.OFFICIAL  # a stated AAMC rule
    token = eras_2027.component("eras-token")
    assert "ecfmg-registration" in token.depends_on
    certification = eras_2027.component("ecfmg-certification")
    assert {"usmle-step1", "usmle-step2ck", "oet-medicine"} <= set(certification.depends_on)


def test_the_next_season_is_all_estimates() -> None:
    catalog = load_season("eras-2028")
    rules = {"residency-starts", "eras-season-ends"}  # stated NRMP and AAMC rules
    assert all(f.estimate for f in catalog.dates if f.id not in rules)
    assert catalog.season.compiled < catalog.season.starts.date


def test_the_small_catalog_is_sound() -> None:
    assert sound_catalog().ids == ["a", "b", "c"]


def _problems(change: Any) -> list[str]:
    _, problems = catalog_from(edited(change))
    return problems


def test_a_component_without_a_source_is_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["components"][0]["sources"] = []

    assert any("component a: has no source" in p for p in _problems(change))


def test_a_missing_dependency_is_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["components"][1]["depends_on"] = ["a", "zz"]

    assert any("depends on unknown component 'zz'" in p for p in _problems(change))


def test_a_dependency_cycle_is_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["components"][0]["depends_on"] = ["c"]

    problems = _problems(change)
    assert any(p.endswith("dependency cycle: a -> c -> b -> a") for p in problems), problems


def test_a_date_outside_the_season_is_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["dates"]["soon"]["date"] = date(2027, 8, 1)

    assert any("dates.soon: 2027-08-01 is outside the season" in p for p in _problems(change))


def test_unconfirmed_dates_unknown_keys_and_unknown_sources_are_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["dates"]["soon"]["tag"] = "UNCONFIRMED"
        data["components"][0]["colour"] = "red"
        data["components"][1]["sources"] = ["nowhere"]
        data["components"][2]["due"] = "someday"

    problems = _problems(change)
    assert any("unconfirmed date" in p for p in problems)
    assert any("unknown key 'colour'" in p for p in problems)
    assert any("unknown source 'nowhere'" in p for p in problems)
    assert any("unknown date 'someday'" in p for p in problems)


def test_a_bad_tag_and_a_bad_organisation_are_refused() -> None:
    def change(data: dict[str, Any]) -> None:
        data["sources"]["official"]["tag"] = "OFFICIAL"
        data["components"][0]["organisation"] = "FSMB"

    problems = _problems(change)
    assert any("tag 'OFFICIAL' is not one of" in p for p in problems)
    assert any("organisation must be one of" in p for p in problems)


def test_a_broken_file_fails_loading_with_the_reason(tmp_path: Any) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("schema = 1\n[season\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.toml"):
        load_catalog_file(path)


def test_an_unknown_season_lists_the_known_ones() -> None:
    with pytest.raises(CatalogError, match="known seasons: eras-2027, eras-2028"):
        load_season("eras-2030")


def test_an_unknown_id_suggests_the_closest(eras_2027: Catalog) -> None:
    with pytest.raises(UnknownComponent) as caught:
        eras_2027.component("step2")
    assert "usmle-step2ck" in caught.value.suggestions
    assert "did you mean" in str(caught.value)
    with pytest.raises(UnknownComponent) as caught:
        eras_2027.component("personal-statment")
    assert caught.value.suggestions[0] == "personal-statement"
    assert eras_2027.component("  USMLE-Step1 ").id == "usmle-step1"


def test_built_in_files_are_plain_toml_with_no_leftovers() -> None:
    for catalog in builtin_catalogs():
        data = tomllib.loads(season_files()[catalog.season.id].read_text(encoding="utf-8"))
        used = {s.id for c in catalog.components for s in c.sources}
        used |= {s.id for f in catalog.dates for s in f.sources}
        used |= {
            s.id
            for r in (
                catalog.letters_per_program,
                catalog.statement_characters,
                catalog.residencycas,
                catalog.signals,
            )
            if r is not None
            for s in r.sources
        }
        assert set(data["sources"]) == used, "every source is cited, every citation exists"
