"""Templates that cannot hurt: no reading outside the templates folder, no runaway render.

Each hostile template is made here. A runaway one must stop with one line naming the
template and the line, within bounded memory and CPU time.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from psassist.drafting.answers import Answers
from psassist.drafting.bounds import MAX_CPU_SECONDS
from psassist.drafting.catalog import Catalog
from psassist.drafting.compose import compose
from psassist.drafting.errors import TemplateError

from .conftest import user_templates

BILLION = 1_000_000_000
RUNAWAY = [
    f'{{{{ "x"|center({BILLION}) }}}}',
    f'{{{{ "x".center({BILLION}) }}}}',
    f'{{{{ "x".ljust({BILLION}) }}}}',
    f'{{{{ "x".zfill({BILLION}) }}}}',
    f'{{{{ "x"|indent({BILLION}) }}}}',
    f'{{{{ "%{BILLION}s"|format("x") }}}}',
    f'{{{{ "%{BILLION}s" % "x" }}}}',
    f'{{{{ "%*s" % ({BILLION}, "x") }}}}',
    f'{{{{ "{{:>{BILLION}}}".format("x") }}}}',
    f'{{{{ "{{:>{{w}}}}".format("x", w={BILLION}) }}}}',
    '{% set ns = namespace(s="xxxxxxxxxx") %}{% for i in range(40) %}'
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    '{% set ns = namespace(s="xxxxxxxxxx") %}{% for i in range(40) %}'
    "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}",
    "{% set ns = namespace(n=10**60) %}{% for i in range(64) %}"
    "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    '{{ ("x" * 100000)|replace("", "yyyyyyyyyy") }}',
    '{{ range(100000)|join("x" * 100000) }}',
    '{{ "x".join(["y" * 1000] * 100) }}',
    '{{ (["x" * 100000] * 100)|join }}',
    "{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
    '{% set _ = ns.l.append("x" * 100000) %}{% endfor %}',
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% for i in range(100000) recursive %}{{ loop(range(100000)) }}{% endfor %}",
]


@pytest.mark.parametrize("source", RUNAWAY)
def test_a_runaway_template_stops_with_one_line(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers, source: str
) -> None:
    library = user_templates(
        tmp_path / "templates",
        {
            "runaway.txt.j2": "{% extends layout %}{% block document %}\n"
            + source
            + "\n{% endblock %}",
        },
    )
    tracemalloc.start()
    started = time.thread_time()
    try:
        with pytest.raises(TemplateError) as caught:
            compose(catalog, sample_answers, catalog.specialty("IM"), "runaway", library)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert "runaway.txt.j2, line 2: " in message, message
    assert "\n" not in message
    assert peak < 200_000_000, f"{peak:,} bytes"
    assert time.thread_time() - started < 3 * MAX_CPU_SECONDS


def test_an_ordinary_template_with_loops_and_widths_still_renders(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(
        tmp_path / "templates",
        {
            "fine.txt.j2": "{% extends layout %}{% block document %}\n"
            "{{ answers.opening }}\n\n"
            "{% for word in ['one', 'two', 'three'] %}{{ word|center(9) }}"
            "{{ '%-6s'|format('x') }}{{ '{:>4}'.format(loop.index) }}{% endfor %}\n"
            "{% endblock %}",
        },
    )
    draft = compose(catalog, sample_answers, catalog.specialty("IM"), "fine", library)
    assert "one x 1 two x 2 three x 3" in draft.text  # centred, padded, then spaces tidied


def _outside_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "private" / "notes.txt"
    secret.parent.mkdir()
    secret.write_text("SECRET diagnosis of my own\n", encoding="utf-8")
    return secret


def test_a_link_out_of_the_templates_folder_is_refused(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    secret = _outside_secret(tmp_path)
    folder = tmp_path / "workspace" / "templates"
    library = user_templates(
        folder,
        {
            "includer.txt.j2": "{% extends layout %}{% block document %}\n"
            "{% include 'snippet.txt' %}\n{% endblock %}",
            "kept.txt.j2": "{% extends layout %}{% block document %}\n{{ answers.opening }}\n"
            "{% endblock %}",
        },
    )
    (folder / "leak.txt.j2").symlink_to(secret)
    (folder / "snippet.txt").symlink_to(secret)
    (folder / "alias.txt.j2").symlink_to(folder / "kept.txt.j2")  # a link inside is fine
    assert "leak" not in [t.name for t in library.structures()]
    for structure in ("leak", "includer"):
        with pytest.raises(TemplateError) as caught:
            compose(catalog, sample_answers, catalog.specialty("IM"), structure, library)
        assert "is a link to a file outside" in str(caught.value)
        assert "SECRET" not in str(caught.value)
    draft = compose(catalog, sample_answers, catalog.specialty("IM"), "alias", library)
    assert "SECRET" not in draft.text and draft.text.strip()
