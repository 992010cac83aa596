"""Grammar and spelling through a real LanguageTool server, filtered by the vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.checks.checker import Checker
from psassist.config import LanguageToolSettings, Settings
from psassist.engines.nlp import Pipeline

pytestmark = pytest.mark.languagetool


def _rules(checker: Checker, text: str) -> list[tuple[str, str]]:
    report = checker.check_text(text)
    return [(f.finding.rule, text[f.finding.start : f.finding.end]) for f in report.findings]


def test_medical_and_exam_words_are_not_misspellings(grammar_checker: Checker) -> None:
    text = (
        "I passed USMLE Step 2 CK, registered with ECFMG and NRMP, and managed "
        "hyperkalemia, thrombolysis and tPA decisions before my MSPE and LoRs were ready."
    )
    spelled = [
        word for rule, word in _rules(grammar_checker, text) if rule == "spelling.misspelling"
    ]
    assert spelled == []


def test_misspelling_offsets_survive_an_emoji(grammar_checker: Checker) -> None:
    text = "I loved it \U0001f600 and I recieved praise."
    found = [
        (rule, word)
        for rule, word in _rules(grammar_checker, text)
        if rule == "spelling.misspelling"
    ]
    assert found == [("spelling.misspelling", "recieved")]


def test_user_dictionary_adds_words(
    pipeline: Pipeline, languagetool_settings: Settings, tmp_path: Path, grammar_checker: Checker
) -> None:
    text = "I trained under Professor Xylofrabic in Qwertyville."
    dictionary = tmp_path / "words.txt"
    dictionary.write_text("Xylofrabic\nQwertyville\n", encoding="utf-8")
    settings = Settings(
        languagetool=languagetool_settings.languagetool, user_dictionary=str(dictionary)
    )
    with_words = Checker(settings, pipeline=pipeline)
    assert not [r for r, _ in _rules(with_words, text) if r.startswith("spelling.")]
    assert [r for r, _ in _rules(grammar_checker, text) if r.startswith("spelling.")]


def test_languagetool_unavailable_keeps_other_checks(pipeline: Pipeline) -> None:
    settings = Settings(languagetool=LanguageToolSettings(url="http://127.0.0.1:9"))
    report = Checker(settings, pipeline=pipeline).check_text("Mrs. Bibi was admitted.")
    assert report.engines["languagetool"].status == "unavailable"
    assert "127.0.0.1:9" in report.engines["languagetool"].detail
    assert "privacy.patient-name" in [f.finding.rule for f in report.findings]


def test_clean_sample_has_no_errors(grammar_checker: Checker) -> None:
    from ..conftest import SAMPLES

    for name in ("clean-internal-medicine.txt",):
        text = (SAMPLES / name).read_text(encoding="utf-8")
        errors = [
            (f.finding.rule, f.finding.message)
            for f in grammar_checker.check_text(text, name).findings
            if f.finding.severity.value == "error"
        ]
        assert errors == [], name


def test_flawed_sample_finds_each_kind_of_problem(grammar_checker: Checker) -> None:
    from psassist.checks.analysis import CheckOptions

    from ..conftest import REPO, SAMPLES

    text = (SAMPLES / "flawed-family-medicine.txt").read_text(encoding="utf-8")
    corpus = (
        (
            "website.txt",
            (REPO / "samples" / "corpus" / "example-statement-website.txt").read_text(
                encoding="utf-8"
            ),
        ),
    )
    report = grammar_checker.check_text(text, "flawed.txt", CheckOptions(corpus=corpus))
    categories = {f.finding.category.value for f in report.findings}
    assert categories >= {
        "grammar",
        "spelling",
        "style",
        "eras",
        "privacy",
        "originality",
        "readability",
    }


def test_languagetool_rule_id_is_a_field_not_part_of_the_message(grammar_checker: Checker) -> None:
    report = grammar_checker.check_text("The patients was very sick.")
    (grammar,) = [f.finding for f in report.findings if f.finding.rule == "grammar.languagetool"]
    assert grammar.source_rule and grammar.source_rule.isupper()
    assert not grammar.message.startswith("[")
    from psassist.report.text_output import render_text

    assert f"grammar.languagetool [{grammar.source_rule}] {grammar.message}" in render_text(
        [report]
    )


def test_a_learner_finding_and_languagetool_share_words_without_hiding_each_other(
    grammar_checker: Checker,
) -> None:
    # LanguageTool's capital at the start is another error than the agreement after it.
    marks = _rules(grammar_checker, "professor need them to do a project.")
    assert ("grammar.agreement", "professor need") in marks
    assert any(rule == "grammar.languagetool" and word == "professor" for rule, word in marks)
    # One error, one mark: ours covers "are not agree", LanguageTool's "agree" gives way.
    grammar = [
        m
        for m in _rules(grammar_checker, "Some people are not agree with me.")
        if m[0].startswith("grammar.")
    ]
    assert grammar == [("grammar.verb-form-be-base", "are not agree")]
