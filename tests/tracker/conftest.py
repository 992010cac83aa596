"""Small catalogs built in the test, the built-in season, and a fixed 'today'."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from psassist.tracker import Catalog, load_season, parse_catalog
from psassist.workspace import dump_toml

TODAY = date(2026, 11, 25)


def small_data() -> dict[str, Any]:
    """A sound three-component season: a -> b -> c, with dates on b and c."""
    source = {
        "title": "Official page",
        "url": "https://www.aamc.org/a",
        "tag": "OFF",
        "retrieved": date(2026, 11, 1),
    }
    guess = {
        "title": "A blog",
        "url": "https://example.org/b",
        "tag": "SEC",
        "retrieved": date(2026, 11, 1),
    }

    def day(title: str, when: date, tag: str = "OFF") -> dict[str, Any]:
        return {
            "title": title,
            "date": when,
            "tag": tag,
            "sources": ["official" if tag == "OFF" else "blog"],
        }

    def component(ident: str, deps: list[str], **dates: str) -> dict[str, Any]:
        return {
            "id": ident,
            "title": f"Component {ident}",
            "organisation": "ECFMG",
            "who": "You",
            "depends_on": deps,
            "explanation": f"Why {ident} matters.",
            "tag": "OFF",
            "sources": ["official"],
            **dates,
        }

    return {
        "schema": 1,
        "season": {
            "id": "test-2027",
            "name": "Test 2027",
            "match_year": 2027,
            "compiled": date(2026, 11, 24),
            "starts": "start",
            "ends": "end",
        },
        "rules": {
            "letters_per_program": {"value": 4, "tag": "OFF", "sources": ["official"]},
            "statement_characters": {"value": 100, "tag": "OFF", "sources": ["official"]},
        },
        "dates": {
            "start": day("Season starts", date(2026, 6, 1)),
            "soon": day("Soon", date(2026, 12, 10), "SEC"),
            "later": day("Later", date(2027, 1, 29)),
            "past": day("Past", date(2026, 9, 1), "INF"),
            "future-window": day("Opens later", date(2027, 2, 1), "INF"),
            "end": day("Season ends", date(2027, 7, 1)),
        },
        "components": [
            component("a", []),
            component("b", ["a"], due="later"),
            component("c", ["b"], due="soon"),
        ],
        "residencycas": {
            "specialties": ["obstetrics-gynecology"],
            "tag": "OFF",
            "sources": ["official"],
        },
        "sources": {"official": source, "blog": guess},
    }


def catalog_from(data: dict[str, Any]) -> tuple[Catalog | None, list[str]]:
    return parse_catalog(dump_toml(data), "test.toml")


def sound_catalog(data: dict[str, Any] | None = None) -> Catalog:
    catalog, problems = catalog_from(data if data is not None else small_data())
    assert not problems, problems
    assert catalog is not None
    return catalog


def edited(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(small_data())
    change(data)
    return data


@pytest.fixture(scope="session")
def eras_2027() -> Catalog:
    return load_season("eras-2027")
