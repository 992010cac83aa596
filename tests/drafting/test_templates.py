"""Templates: every structure and specialty gives a clean draft; the sandbox holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.drafting.answers import Answers, parse_answers
from psassist.drafting.catalog import Catalog
from psassist.drafting.compose import compose
from psassist.drafting.errors import TemplateError
from psassist.drafting.paragraphs import split_paragraphs
from psassist.drafting.templates import TemplateLibrary
from psassist.findings import Category, Severity

from .conftest import user_templates

STRUCTURES = ("story-first", "chronological", "qualities")
SPECIALTIES = (
    "internal-medicine",
    "family-medicine",
    "pediatrics",
    "psychiatry",
    "neurology",
    "pathology",
)
PROGRAM = "Quillmere Medical Center"


def assert_clean(text: str) -> None:
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert not text.startswith(("\n", " "))
    assert "\n\n\n" not in text
    for line in text.split("\n"):
        assert line == line.rstrip(), f"trailing space in {line!r}"
        assert "  " not in line
    for residue in ("{{", "{%", "{#", "%}", "#}", "None", "Undefined"):
        assert residue not in text


def test_the_built_in_structures_are_listed(library: TemplateLibrary) -> None:
    assert [t.name for t in library.structures()] == sorted(STRUCTURES)
    assert {t.origin for t in library.structures()} == {"built-in"}


@pytest.mark.parametrize("specialty_id", SPECIALTIES)
@pytest.mark.parametrize("structure", STRUCTURES)
def test_every_structure_and_specialty_gives_a_clean_draft_without_eras_errors(
    catalog: Catalog,
    sample_answers: Answers,
    library: TemplateLibrary,
    offline_checker: Checker,
    structure: str,
    specialty_id: str,
) -> None:
    specialty = catalog.specialty(specialty_id)
    draft = compose(catalog, sample_answers, specialty, structure, library)
    assert_clean(draft.text)
    assert specialty.name.lower() in draft.text.lower()
    assert 600 <= draft.words <= 850
    used = {
        key: value for key, value in sample_answers.resolve(catalog, specialty).items() if value
    }
    assert len(split_paragraphs(draft.text)) == len(used)  # every answer, once, nothing else
    for answer in used.values():
        assert answer in draft.text
    report = offline_checker.check_text(
        draft.text, f"{structure}-{specialty_id}", CheckOptions(specialty=specialty.name)
    )
    errors = [
        f
        for f in report.findings
        if f.finding.category is Category.ERAS and f.finding.severity is Severity.ERROR
    ]
    assert errors == []


@pytest.mark.parametrize("structure", STRUCTURES)
def test_program_variant_adds_the_program_closing_and_passes_the_program_rules(
    catalog: Catalog,
    sample_answers: Answers,
    library: TemplateLibrary,
    offline_checker: Checker,
    structure: str,
) -> None:
    specialty = catalog.specialty("Internal Medicine")
    generic = compose(catalog, sample_answers, specialty, structure, library)
    variant = compose(catalog, sample_answers, specialty, structure, library, program=PROGRAM)
    assert PROGRAM not in generic.text
    fit = sample_answers.program_answers(PROGRAM)["program_fit"]
    paragraphs = split_paragraphs(variant.text)
    assert paragraphs[-2] == fit  # just before the closing, which returns to the opening
    assert_clean(variant.text)
    report = offline_checker.check_text(
        variant.text, "variant", CheckOptions(program=PROGRAM, specialty=specialty.name)
    )
    assert [
        f for f in report.findings if f.finding.rule in ("eras.program-name", "eras.other-program")
    ] == []


def test_pathology_puts_laboratory_work_first(
    catalog: Catalog, sample_answers: Answers, library: TemplateLibrary
) -> None:
    pathology = catalog.specialty("Pathology")
    answers = sample_answers.resolve(catalog, pathology)
    text = compose(catalog, sample_answers, pathology, "story-first", library).text
    assert text.index(answers["research"]) < text.index(answers["clinical_home"])
    medicine = catalog.specialty("Internal Medicine")
    answers = sample_answers.resolve(catalog, medicine)
    text = compose(catalog, sample_answers, medicine, "story-first", library).text
    assert text.index(answers["clinical_home"]) < text.index(answers["research"])


JINJA_IN_ANSWERS = """
opening = "I typed {{ 7*7 }} and {% if true %}this{% endif %} and {# not a comment #}."
why_specialty = "{{ ''.__class__.__mro__ }} is just text to me."
clinical_home = "{{ answers.opening }}"
clinical_us = "{% include '/etc/passwd' %}"
strengths = "Curly {{ braces }} stay."
goals = "{%- raw -%} stays too."
closing = "}}{{"
"""


def test_answers_containing_jinja_appear_literally(
    catalog: Catalog, library: TemplateLibrary
) -> None:
    answers = parse_answers(JINJA_IN_ANSWERS, "answers.toml", catalog)
    for structure in STRUCTURES:
        text = compose(catalog, answers, catalog.specialty("IM"), structure, library).text
        assert "I typed {{ 7*7 }} and {% if true %}this{% endif %} and {# not a comment #}." in text
        assert "49" not in text
        assert "{{ ''.__class__.__mro__ }} is just text to me." in text
        assert "{{ answers.opening }}" in text
        assert "{% include '/etc/passwd' %}" in text
        assert "root:" not in text
        assert "{%- raw -%} stays too." in text


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ answers.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
        "{{ namespace.__init__.__globals__ }}",
        "{% for c in ().__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
        "{{ 'x' * 1000000000 }}",
        "{{ 10 ** 100000 }}",
        "{{ 9 ** 64 ** 64 ** 64 }}",
        "{{ range(10000000) | list }}",
        "{{ lipsum() }}",
    ],
)
def test_sandbox_escapes_in_a_user_template_fail_safely(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers, source: str
) -> None:
    marker = tmp_path / "pwned"
    library = user_templates(
        tmp_path / "templates",
        {
            "evil.txt.j2": "{% extends layout %}{% block document %}\n"
            f"{source.replace('echo pwned', f'touch {marker}')}\n"
            "{% endblock %}",
        },
    )
    with pytest.raises(TemplateError) as caught:
        compose(catalog, sample_answers, catalog.specialty("IM"), "evil", library)
    message = str(caught.value)
    assert "evil.txt.j2, line 2" in message, message
    assert "\n" not in message
    assert not marker.exists()


def test_undefined_names_are_errors_with_template_and_line(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(
        tmp_path / "t",
        {
            "mine.txt.j2": "{% extends layout %}\n{% block document %}\n{{ answers.opening }}\n\n"
            "{{ answers.oppening }}\n{% endblock %}\n",
        },
    )
    with pytest.raises(TemplateError) as caught:
        compose(catalog, sample_answers, catalog.specialty("IM"), "mine", library)
    assert re.search(r"mine\.txt\.j2, line 5: nothing is named 'oppening'", str(caught.value))

    library = user_templates(tmp_path / "u", {"plain.txt.j2": "{{ answers.opening }}\n{{ x }}"})
    with pytest.raises(TemplateError, match=r"plain\.txt\.j2, line 2: 'x' is undefined"):
        compose(catalog, sample_answers, catalog.specialty("IM"), "plain", library)


def test_syntax_errors_name_template_and_line(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(
        tmp_path / "t",
        {
            "broken.txt.j2": "{{ answers.opening }}\n\n{% if program %}\n{{ answers.goals }}\n",
        },
    )
    with pytest.raises(TemplateError, match=r"broken\.txt\.j2, line 4: .*endif"):
        compose(catalog, sample_answers, catalog.specialty("IM"), "broken", library)


def test_none_never_reaches_the_statement(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(tmp_path / "t", {"n.txt.j2": "{{ answers.opening }}\n{{ none }}"})
    with pytest.raises(TemplateError, match=r"n\.txt\.j2, line 2: a value is empty"):
        compose(catalog, sample_answers, catalog.specialty("IM"), "n", library)


def test_user_templates_override_and_can_extend_the_built_in(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    specialty = catalog.specialty("IM")
    answers = sample_answers.resolve(catalog, specialty)
    library = user_templates(
        tmp_path / "t",
        {
            # The user's base drops the research paragraph everywhere, extending the original.
            "base.txt.j2": '{% extends "builtin/base.txt.j2" %}{% block research %}{% endblock %}',
            "story-first.txt.j2": "{% extends layout %}{% block document %}{{ self.closing() }}"
            "\n\n{{ self.opening() }}{% endblock %}",
        },
    )
    assert {t.name: t.origin for t in library.structures()}["story-first"] == "workspace"
    text = compose(catalog, sample_answers, specialty, "story-first", library).text
    assert split_paragraphs(text) == [answers["closing"], answers["opening"]]
    text = compose(catalog, sample_answers, specialty, "qualities", library).text
    assert answers["research"] not in text and answers["clinical_us"] in text


def test_a_specialty_file_in_the_user_folder_is_used(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(
        tmp_path / "t",
        {
            "specialty/psychiatry.txt.j2": '{% extends "base.txt.j2" %}'
            "{% block experience %}{{ self.clinical_us() }}"
            "{% endblock %}",
        },
    )
    psychiatry = catalog.specialty("Psychiatry")
    answers = sample_answers.resolve(catalog, psychiatry)
    text = compose(catalog, sample_answers, psychiatry, "story-first", library).text
    assert answers["clinical_us"] in text and answers["clinical_home"] not in text


def test_unknown_or_unsafe_template_names(library: TemplateLibrary) -> None:
    for name in ("narrative", "../templates/base", "base", "specialty/pathology", "_x"):
        with pytest.raises(TemplateError, match="story-first"):
            library.check_structure(name)


def test_templates_that_extend_each_other_in_a_loop(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(
        tmp_path / "t",
        {
            "a.txt.j2": '{% extends "b.txt.j2" %}',
            "b.txt.j2": '{% extends "a.txt.j2" %}',
        },
    )
    with pytest.raises(TemplateError):
        compose(catalog, sample_answers, catalog.specialty("IM"), "a", library)


def test_a_template_that_writes_nothing_is_an_error(
    tmp_path: Path, catalog: Catalog, sample_answers: Answers
) -> None:
    library = user_templates(tmp_path / "t", {"empty.txt.j2": "{# nothing #}\n   \n"})
    with pytest.raises(TemplateError, match="produced no text"):
        compose(catalog, sample_answers, catalog.specialty("IM"), "empty", library)
