"""Answers files: variants resolve in order, and every mistake names the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.drafting.answers import Answers, merged_answers, parse_answers, read_answers_file
from psassist.drafting.catalog import Catalog
from psassist.drafting.errors import AnswersError
from psassist.drafting.form import answers_form

BASE = """
opening = "Opening."
why_specialty = "Why."
clinical_home = "Home."
clinical_us = "US."
strengths = "Strengths."
goals = "Goals."
closing = "Closing."
"""


def test_specialty_and_program_answers_replace_the_common_ones(catalog: Catalog) -> None:
    answers = parse_answers(
        BASE
        + """
[specialties.Psych]
why_specialty = "Why psychiatry."
[programs."Quillmere  Medical Center"]
program_fit = "Fit."
goals = "Program goals."
""",
        "a.toml",
        catalog,
    )
    psychiatry = catalog.specialty("psychiatry")
    resolved = answers.resolve(catalog, psychiatry)
    assert resolved["why_specialty"] == "Why psychiatry."
    assert resolved["program_fit"] == "" and resolved["gap"] == ""
    variant = answers.resolve(catalog, psychiatry, "quillmere medical center")
    assert variant["program_fit"] == "Fit." and variant["goals"] == "Program goals."
    assert answers.resolve(catalog, catalog.specialty("IM"))["why_specialty"] == "Why."


def test_answers_are_tidied_into_paragraphs(catalog: Catalog) -> None:
    answers = parse_answers(
        BASE.replace(
            'opening = "Opening."',
            '''opening = """
  First line
  continues here.   Spaces collapse.


Second paragraph.
"""''',
        ),
        "a.toml",
        catalog,
    )
    assert (
        answers.common["opening"]
        == "First line continues here. Spaces collapse.\n\nSecond paragraph."
    )


def test_missing_required_answers_are_listed_with_the_question(catalog: Catalog) -> None:
    text = BASE.replace('goals = "Goals."', 'goals = "   "').replace('closing = "Closing."', "")
    answers = parse_answers(text, "a.toml", catalog)
    with pytest.raises(AnswersError) as caught:
        answers.resolve(catalog, catalog.specialty("Neurology"))
    message = str(caught.value)
    assert "a.toml: no answer for goals, closing (for Neurology)" in message
    assert "neurology residency" in message  # the specialty's own question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BASE + 'openning = "x"\n',
            r"a\.toml, line 9: 'openning' is not a prompt; did you mean "
            r"'opening'\?",
        ),
        (BASE + "gap = 3\n", r"a\.toml, line 9: the answer to 'gap' must be text"),
        (
            BASE + '[specialties.dentistry]\nwhy_specialty = "x"\n',
            r"a\.toml, line 9: unknown specialty 'dentistry'",
        ),
        (
            BASE + '[specialties.pathology]\nhobbies = "x"\n',
            r"a\.toml, line 10: 'hobbies' under Pathology is not a prompt",
        ),
        (BASE + 'specialties = "x"\n', r"\[specialties.NAME\] must be tables"),
        ('opening = "unterminated\n', r"a\.toml, line 1, column \d+: "),
        ('opening = """never closed\n', r"a\.toml: .*end of the file"),
    ],
)
def test_mistakes_name_the_file_and_line(catalog: Catalog, text: str, expected: str) -> None:
    with pytest.raises(AnswersError, match=expected) as caught:
        parse_answers(text, "a.toml", catalog)
    assert "\n" not in str(caught.value)


def test_answers_files_in_other_encodings_are_read(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "answers.toml"
    path.write_bytes(BASE.replace("Why.", "Caf\u00e9 \u201cquotes\u201d.").encode("cp1252"))
    answers = parse_answers(read_answers_file(path), str(path), catalog)
    assert answers.common["why_specialty"] == "Caf\u00e9 \u201cquotes\u201d."
    with pytest.raises(AnswersError, match="no such file"):
        read_answers_file(tmp_path / "missing.toml")


def test_the_blank_form_is_valid_and_asks_every_question(catalog: Catalog) -> None:
    form = answers_form(catalog, catalog.specialty("Pediatrics"))
    answers: Answers = parse_answers(form, "form.toml", catalog)
    assert dict(answers.common) == {}
    for section in catalog.sections:
        assert section.id in form
    assert "Why pediatrics?" in form
    filled = form.replace('opening = """\n"""', 'opening = """\nMy story.\n"""')
    assert parse_answers(filled, "form.toml", catalog).common["opening"] == "My story."


def test_merged_answers_keep_other_tables_and_drop_empty_answers() -> None:
    existing = (
        'opening = "old"\nresearch = "old"\n[specialties.pathology]\nwhy_specialty = "path"\n'
    )
    data = merged_answers(
        existing,
        {"opening": "new", "research": "", "program_fit": "fit"},
        "Quillmere",
        frozenset({"program_fit"}),
    )
    assert data["opening"] == "new\n"
    assert "research" not in data
    assert data["specialties"] == {"pathology": {"why_specialty": "path"}}
    assert data["programs"] == {"Quillmere": {"program_fit": "fit\n"}}


def test_program_answers_without_a_program_are_not_stored() -> None:
    data = merged_answers("", {"program_fit": "fit"}, None, frozenset({"program_fit"}))
    assert data == {}
