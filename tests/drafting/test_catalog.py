"""The prompt catalog is complete, sourced and within one page; its loader is strict."""

from __future__ import annotations

import copy
import tomllib
from importlib import resources
from typing import Any

import pytest

from psassist.drafting.catalog import Catalog, parse_catalog
from psassist.drafting.errors import CatalogError, DraftingError

REQUIRED_SPECIALTIES = (
    "Internal Medicine",
    "Family Medicine",
    "Pediatrics",
    "Psychiatry",
    "Neurology",
    "Pathology",
)


def _raw() -> dict[str, Any]:
    text = (
        resources.files("psassist.drafting")
        .joinpath("data", "prompts.toml")
        .read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


def test_sections_follow_the_usual_order(catalog: Catalog) -> None:
    assert catalog.section_ids[0] == "opening"
    assert catalog.section_ids[-1] == "closing"
    assert catalog.section_ids.index("why_specialty") < catalog.section_ids.index("goals")


def test_budgets_add_up_to_about_one_page(catalog: Catalog) -> None:
    assert 600 <= catalog.budget(optional=False) <= 800
    assert 600 <= catalog.budget(program=True) <= 850
    assert catalog.budget_sources


def test_gap_is_optional_and_program_fit_only_for_programs(catalog: Catalog) -> None:
    assert catalog.section("gap").optional
    assert catalog.section("program_fit").program_only
    assert not catalog.section("opening").optional


@pytest.mark.parametrize("name", REQUIRED_SPECIALTIES)
def test_each_required_specialty_has_its_own_wording(catalog: Catalog, name: str) -> None:
    specialty = catalog.specialty(name)
    why = catalog.section("why_specialty")
    assert why.question_for(specialty.id) != why.question
    assert name.split()[0].lower() in why.question_for(specialty.id).lower()
    assert catalog.section("goals").question_for(specialty.id) != catalog.section("goals").question


def test_every_section_has_guidance_and_cited_sources(catalog: Catalog) -> None:
    for section in catalog.sections:
        assert section.include and section.avoid and section.example.strip()
        assert section.sources
        for key in section.sources:
            assert catalog.sources[key].cited_in  # where in DOMAIN.md / CHECKS.md it comes from


def test_specialty_lookup_by_alias_and_case(catalog: Catalog) -> None:
    assert catalog.specialty("IM").id == "internal-medicine"
    assert catalog.specialty("family medicine").id == "family-medicine"
    assert catalog.specialty("Pathology").id == "pathology"
    with pytest.raises(DraftingError, match=r"unknown specialty 'Dentistry'.*Pediatrics"):
        catalog.specialty("Dentistry")


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["sections"][0].update(wrods=100),
        lambda d: d["sections"][0].update(sources=["nowhere"]),
        lambda d: d["sections"][0].update(specialties={"dentistry": {"question": "?"}}),
        lambda d: d["sections"][1].update(id="opening"),
        lambda d: d["sections"][0].update(words=True),
        lambda d: d.update(format=2),
    ],
)
def test_malformed_catalogs_are_rejected(change: Any) -> None:
    data = copy.deepcopy(_raw())
    change(data)
    with pytest.raises(CatalogError):
        parse_catalog(data)
