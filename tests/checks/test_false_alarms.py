"""Classes of false alarm from psassist's own rules (issue 9, point 4): each with a case
that must still be flagged and the near miss that must not (or only softly)."""

from __future__ import annotations

from psassist.checks.checker import Checker
from psassist.report.text_output import render_text


def _found(checker: Checker, text: str, rule: str) -> list[tuple[str, str]]:
    report = checker.check_text(text)
    return [
        (text[f.finding.start : f.finding.end], f.finding.severity.value)
        for f in report.findings
        if f.finding.rule == rule
    ]


def test_a_corroborated_patient_name_is_an_error(offline_checker: Checker) -> None:
    text = "On my first night a patient named Ahmed was admitted with fever and seizures."
    assert ("Ahmed", "error") in _found(offline_checker, text, "privacy.patient-name")


def test_a_quoted_physician_or_textbook_author_is_not_a_patient(offline_checker: Checker) -> None:
    text = (
        "The patient was admitted with fever. As Osler said, listen to the patient. "
        "Harrison's textbook taught me how to treat fever in patients."
    )
    names = _found(offline_checker, text, "privacy.patient-name")
    assert not [n for n in names if n[0] in ("Osler", "Harrison")]


def test_a_disease_opening_a_sentence_is_not_a_patient(offline_checker: Checker) -> None:
    text = "My patient was admitted with fever. Malaria is common in my village in the rains."
    assert ("Malaria", "warning") not in _found(offline_checker, text, "privacy.patient-name")
    # The patient named in the same story is still flagged.
    named = "My patient Amina was admitted with fever. Malaria is common in my village."
    assert [n for n, _ in _found(offline_checker, named, "privacy.patient-name")] == ["Amina"]


def test_an_uncorroborated_name_is_only_a_warning(offline_checker: Checker) -> None:
    text = "The patient was admitted with chest pain. Later that week Daniel taught me a lot."
    severities = {s for _, s in _found(offline_checker, text, "privacy.patient-name")}
    assert "error" not in severities


def test_own_university_is_education_not_a_program(offline_checker: Checker) -> None:
    near_miss = (
        "I graduated from King Edward Medical University in Lahore, and I was "
        "excited to learn there."
    )
    flag = "I am excited to join the Internal Medicine Residency Program at Riverside Hospital."
    assert not _found(offline_checker, near_miss, "eras.program-name")
    assert _found(offline_checker, flag, "eras.program-name")


def test_dialogue_with_a_speech_tag_is_not_an_epigraph(offline_checker: Checker) -> None:
    rule = "style.opening-quotation"
    for dialogue in (
        "\u201cDoctor, will I be okay?\u201d she asked. I held her hand.",
        "\u201cDoctor, will I be okay?\u201d My patient asked me that night.",
        "\u2018I\u2019m scared,\u2019 he whispered. I sat with him.",
    ):
        assert not _found(offline_checker, dialogue, rule), dialogue
    epigraph = (
        "\u201cWherever the art of medicine is loved, there is also a love of "
        "humanity.\u201d I agree."
    )
    assert _found(offline_checker, epigraph, rule)


def test_a_cliche_in_its_literal_sense_passes(offline_checker: Checker) -> None:
    literal = "On that ward I learned what it means to be a doctor, and what it meant to be one."
    assert not _found(offline_checker, literal, "style.cliche")
    assert _found(offline_checker, "I was meant to become a doctor.", "style.cliche")


def test_every_passive_is_info_and_the_summary_counts_them(offline_checker: Checker) -> None:
    text = (
        "I was taught by my seniors. I saw patients. I wrote notes. I called families. "
        "I slept. I woke. I ran. I read."
    )
    found = _found(offline_checker, text, "style.passive-voice")
    assert found == [("was taught", "info")]
    summary = render_text([offline_checker.check_text(text)])
    assert "passive voice: 1 (aim for 2 or fewer)" in summary
    active = _found(offline_checker, "I was tired after the night shift.", "style.passive-voice")
    assert active == []
    # A learner's "be" + base form is an error for the grammar rules, not a passive.
    error = _found(
        offline_checker, "When I was intern, we are go to the clinic.", "style.passive-voice"
    )
    assert error == []


def test_a_place_the_model_calls_a_person_is_not_a_patient_name(
    offline_checker: Checker,
) -> None:
    """The small model labels these places PERSON; the words around them say place."""
    for text, place in (
        ("A teacher from Giza was admitted with heart failure.", "Giza"),
        ("The patient was born in Haryana and was admitted with fever.", "Haryana"),
        (
            "The patient was admitted with fever. Many patients from Giza reach us late, "
            "and Giza has few neurologists.",
            "Giza",
        ),
    ):
        names = [n for n, _ in _found(offline_checker, text, "privacy.patient-name")]
        assert place not in names, text


def test_a_name_beside_a_place_is_still_a_patient_name(offline_checker: Checker) -> None:
    text = "Mona, a 40-year-old teacher from Giza, was admitted with heart failure."
    assert _found(offline_checker, text, "privacy.patient-name") == [("Mona", "error")]
    for text, name in (
        ("I sat with Ahmed in the ward while he waited for surgery.", "Ahmed"),
        ("The patient was admitted with fever. A call from Ahmed woke me at night.", "Ahmed"),
        ("Mr. Okafor from bed 12 was admitted with chest pain.", "Mr. Okafor"),
        # Gazetteer names that are also given names stay names without place words.
        ("A patient named Jordan was admitted with fever.", "Jordan"),
        ("The patient was admitted with fever. I often think of Paul.", "Paul"),
    ):
        assert name in [n for n, _ in _found(offline_checker, text, "privacy.patient-name")], text
