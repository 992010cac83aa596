"""The TOML writer round-trips through tomllib, whatever the strings hold."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psassist.workspace import dump_toml

keys = st.text(min_size=1, max_size=12)
scalars = st.one_of(
    st.text(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0)),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=12,
)


@given(st.dictionaries(keys, values, max_size=6))
def test_round_trip(data: dict[str, Any]) -> None:
    assert tomllib.loads(dump_toml(data)) == data


def test_readable_output() -> None:
    text = dump_toml(
        {
            "name": "main",
            "note": "line one\nline two",
            "when": date(2026, 9, 2),
            "steps": [{"id": "token"}, {"id": "photo"}],
            "settings": {"done": True},
        },
        header="Tracker state.",
    )
    assert text == (
        "# Tracker state.\n\n"
        'name = "main"\n'
        'note = """\nline one\nline two"""\n'
        "when = 2026-09-02\n\n"
        "[settings]\ndone = true\n\n"
        '[[steps]]\nid = "token"\n\n'
        '[[steps]]\nid = "photo"\n'
    )


def test_none_is_refused() -> None:
    with pytest.raises(TypeError, match="no null"):
        dump_toml({"a": None})


def test_datetime_with_zone() -> None:
    moment = datetime(2026, 11, 24, 10, 2, 3, tzinfo=UTC)
    assert tomllib.loads(dump_toml({"at": moment}))["at"] == moment
