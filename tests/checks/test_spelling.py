"""Spelling through a real LanguageTool server and the real Hunspell speller."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker

pytestmark = pytest.mark.languagetool


def _spelling(checker: Checker, text: str) -> list[tuple[str, str]]:
    report = checker.check_text(text)
    return [
        (f.finding.rule, text[f.finding.start : f.finding.end])
        for f in report.findings
        if f.finding.rule.startswith("spelling.")
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I will definately apply to family medicine.", "definately"),
        ("I hope to recieve your feedback.", "recieve"),
        ("The rotation was successfull for every student.", "successfull"),
        ("From the begining, I loved surgery.", "begining"),
        ("The outbreak occured during my internship.", "occured"),
        ("I worked at the district HOspital for a year.", "HOspital"),
        ("I chose medicine. Wich path was harder, I did not know.", "Wich"),
        ("Hospitl wards taught me patience.", "Hospitl"),
    ],
)
def test_misspellings_are_errors(grammar_checker: Checker, text: str, word: str) -> None:
    assert ("spelling.misspelling", word) in _spelling(grammar_checker, text)
    severities = {
        f.finding.severity.value
        for f in grammar_checker.check_text(text).findings
        if text[f.finding.start : f.finding.end] == word
    }
    assert severities == {"error"}, word


def test_a_word_far_from_every_suggestion_is_only_a_warning(grammar_checker: Checker) -> None:
    """A local term the dictionary lacks ("matatu", a Kenyan minibus) is no certain typo."""
    text = "I came to know the matatu driver who brought his mother to dialysis."
    found = [
        (text[f.finding.start : f.finding.end], f.finding.severity.value)
        for f in grammar_checker.check_text(text).findings
        if f.finding.rule == "spelling.misspelling"
    ]
    assert found == [("matatu", "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "I will definitely apply to family medicine.",
        "I hope to receive your feedback.",
        "The rotation was successful for every student.",
        "From the beginning, I loved surgery.",
        "The outbreak occurred during my internship.",
        "I worked at the district hospital for a year.",
        "I chose medicine. Which path was harder, I did not know.",
    ],
)
def test_correct_spellings_pass(grammar_checker: Checker, text: str) -> None:
    assert _spelling(grammar_checker, text) == []


def test_medical_words_and_drug_names_pass(grammar_checker: Checker) -> None:
    text = (
        "My research on neuroprotective agents used immunohistochemistry, and I want "
        "to train in cardio-oncology. I started metformin, atorvastatin and lisinopril, "
        "saw gastritis after ibuprofen, and learned immunotherapy and hepatosplenomegaly."
    )
    assert [w for r, w in _spelling(grammar_checker, text) if r == "spelling.misspelling"] == []


def test_misspelled_medical_word_is_still_caught(grammar_checker: Checker) -> None:
    text = "My research on neuroprotecive agents was published."
    assert ("spelling.misspelling", "neuroprotecive") in _spelling(grammar_checker, text)


def test_british_spelling_is_the_same_word(grammar_checker: Checker) -> None:
    text = "I organised a paediatrics camp in my home town."
    found = _spelling(grammar_checker, text)
    assert ("spelling.british", "organised") in found
    assert ("spelling.british", "paediatrics") in found


def test_misspelling_is_not_called_british(grammar_checker: Checker) -> None:
    found = _spelling(grammar_checker, "The camp was successfull and carefull planning paid.")
    assert ("spelling.british", "successfull") not in found
    assert ("spelling.misspelling", "successfull") in found
    assert ("spelling.misspelling", "carefull") in found


def test_name_in_mid_sentence_is_info(grammar_checker: Checker) -> None:
    text = "I trained under Dr. Oyelaran in Kisumu for two years."
    found = _spelling(grammar_checker, text)
    assert ("spelling.misspelling", "Oyelaran") not in found
    assert ("spelling.unknown-name", "Oyelaran") in found


def test_a_name_used_again_at_a_sentence_start_is_info(grammar_checker: Checker) -> None:
    text = "Her mother smiled, and Selam told me her plans. Selam is now in fifth grade."
    found = _spelling(grammar_checker, text)
    assert [r for r, w in found if w == "Selam"] == ["spelling.unknown-name"] * 2


def test_particles_inside_a_name_are_not_misspellings(grammar_checker: Checker) -> None:
    text = "My rotation at the Hospital das Clinicas taught me much."
    assert ("spelling.misspelling", "das") not in _spelling(grammar_checker, text)


def test_a_stray_capital_in_a_medical_word_is_caught(grammar_checker: Checker) -> None:
    text = "I chose every elective I could in CArdiology during my final year."
    assert ("spelling.misspelling", "CArdiology") in _spelling(grammar_checker, text)


def test_a_capitalised_typo_mid_sentence_is_a_misspelling(grammar_checker: Checker) -> None:
    """One typo from a common word and seen in no corpus: not a name (issue 9)."""
    text = "The new tax would hurt low-income Amricans the most."
    assert ("spelling.misspelling", "Amricans") in _spelling(grammar_checker, text)


def test_a_long_word_two_typos_off_at_a_sentence_start_is_a_misspelling(
    grammar_checker: Checker,
) -> None:
    """A capital at a sentence start says nothing about a name (issue 9)."""
    text = "Gouverment hospitals in my city were always full."
    assert ("spelling.misspelling", "Gouverment") in _spelling(grammar_checker, text)


def test_a_name_opening_a_sentence_stays_a_name(grammar_checker: Checker) -> None:
    text = "Oluwaseun taught me how to place a central line."
    assert ("spelling.misspelling", "Oluwaseun") not in _spelling(grammar_checker, text)


def test_a_rare_name_near_a_common_word_stays_a_name(grammar_checker: Checker) -> None:
    """'Karin' is one letter from 'Karim' and 'Marin', but wordfreq has seen it as a name."""
    text = "I shadowed Dr. Karin Olsen in the clinic every Friday."
    found = _spelling(grammar_checker, text)
    assert ("spelling.misspelling", "Karin") not in found


def test_a_word_inside_a_multi_word_name_stays_a_name(grammar_checker: Checker) -> None:
    """Kasr Al Ainy, Hospital das Clinicas: one word near a common word is still the name."""
    text = "I studied at Kasr Al Ainy Faculty and rotated at the Hospital das Clinicas in 2019."
    found = _spelling(grammar_checker, text)
    assert not [w for r, w in found if r == "spelling.misspelling"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Studies in britain have shown the same result.", "britain"),
        ("That is why I am not afraid when I am alon.", "alon"),
    ],
)
def test_what_only_the_medical_list_accepts_is_doubted(
    grammar_checker: Checker, text: str, word: str
) -> None:
    """The medical list holds lower-case names and fragments; they are warnings."""
    found = [
        (text[f.finding.start : f.finding.end], f.finding.severity.value)
        for f in grammar_checker.check_text(text).findings
        if f.finding.rule == "spelling.misspelling"
    ]
    assert found == [(word, "warning")]


def test_medical_words_the_general_dictionary_lacks_still_pass(grammar_checker: Checker) -> None:
    text = "She had hepatosplenomegaly, ascites and a cholecystectomy before her echocardiogram."
    assert [w for r, w in _spelling(grammar_checker, text) if r == "spelling.misspelling"] == []


def _severity_of(checker: Checker, text: str, word: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (f.finding.rule, f.finding.severity.value, f.finding.suggestions)
        for f in checker.check_text(text).findings
        if text[f.finding.start : f.finding.end] == word and f.finding.rule.startswith("spelling.")
    ]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        # A capitalised neighbour ("Tower", "Lopez", "More") no longer makes it a name.
        ("During my elective I finally saw the Effel Tower at night.", "Effel", "Eiffel"),
        ("My little sister sings every song by Jennifr Lopez.", "Jennifr", "Jennifer"),
        ("Rising costs hurt working Amerricans More than anyone else.", "Amerricans", "Americans"),
    ],
)
def test_an_unseen_capitalised_slip_of_a_common_word_is_a_warning(
    grammar_checker: Checker, text: str, word: str, fix: str
) -> None:
    found = _severity_of(grammar_checker, text, word)
    assert [(rule, severity) for rule, severity, _ in found] == [
        ("spelling.misspelling", "warning")
    ]
    assert found[0][2][0] == fix


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Rare real names: hyphenated, one letter from a rare word or from another name,
        # or inside a name with a particle.
        ("My mentor, Dr. Adeyemi-Olawale, taught me to suture.", "Adeyemi-Olawale"),
        ("I shared night shifts with Chidera for a year.", "Chidera"),
        ("I shared night shifts with Nguyet for a year.", "Nguyet"),
        ("My rotation at the Hospital das Clinicas taught me much.", "Clinicas"),
        ("I studied at Kasr Al Ainy Faculty of Medicine.", "Ainy"),
        ("I trained for a year in Benha, north of Cairo.", "Benha"),
    ],
)
def test_rare_real_names_stay_names(grammar_checker: Checker, text: str, word: str) -> None:
    found = _severity_of(grammar_checker, text, word)
    assert [(rule, severity) for rule, severity, _ in found] == [("spelling.unknown-name", "info")]


def test_a_capitalised_run_together_phrase_is_a_misspelling(grammar_checker: Checker) -> None:
    # "Of course" splits it into very common words; "Ben ha" would split the city above.
    found = _severity_of(grammar_checker, "Ofcourse I stayed late with the family.", "Ofcourse")
    assert [rule for rule, _, _ in found] == ["spelling.misspelling"]
