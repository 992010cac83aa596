"""The accuracy bench's own logic on tiny hand-made examples: markup, alignment, scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.accuracy_kit.corpus import (
    ERROR_TYPES,
    ISSUE_TYPES,
    CorpusError,
    load_corpus,
    parse,
    type_counts,
)
from bench.accuracy_kit.jfleg import (
    Region,
    Sentence,
    detokenize,
    error_regions,
    read_jfleg,
    region_chars,
)
from bench.accuracy_kit.run import jfleg_texts
from bench.accuracy_kit.scoring import (
    NO_SEVERITY,
    CheckedText,
    Gold,
    Hit,
    any_severity,
    error_only,
    score,
    warning_or_error,
)

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus"


def test_markers_become_text_and_gold_spans() -> None:
    doc = parse(
        "My aunt {have came=>came|perfect-finished} home {since 2019|ok:since-for}.", "aunt.txt"
    )
    assert doc.text == "My aunt have came home since 2019."
    [error] = doc.errors
    assert doc.text[error.start : error.end] == "have came"
    assert (error.type, error.correction) == ("perfect-finished", "came")
    [near] = doc.near_misses
    assert doc.text[near.start : near.end] == "since 2019"
    assert doc.corrected() == "My aunt came home since 2019."


@pytest.mark.parametrize(
    "source",
    [
        "A {typo=>typo|spelling} unchanged.",
        "An {unknwon=>unknown|no-such-type} type.",
        "A {marker without arrow|spelling}.",
        "A stray } brace.",
        "A stray => arrow.",
        "An {=>empty|spelling} wrong side.",
    ],
)
def test_malformed_markup_is_rejected(source: str) -> None:
    with pytest.raises(CorpusError):
        parse(source, "bad.txt")


def test_clean_statements_may_not_carry_markers() -> None:
    with pytest.raises(CorpusError):
        parse("A {recieve=>receive|spelling}.", "clean.txt", clean=True)


def test_the_team_corpus_meets_the_issue_minimums() -> None:
    documents = load_corpus(CORPUS)
    counts = type_counts(documents)
    assert sum(counts.values()) >= 300
    assert set(counts) == set(ERROR_TYPES)
    assert min(counts[kind] for kind in ISSUE_TYPES) >= 10  # spread roughly evenly
    clean = [d for d in documents if d.clean]
    assert len(clean) >= 10
    assert all(450 <= len(d.text.split()) <= 800 for d in clean)
    assert any(d.near_misses for d in documents)


def test_detokenize_joins_tokens_as_english_is_written() -> None:
    tokens = ("She", "said", ",", '"', "I", "do", "n't", "know", "(", "yet", ")", ".", '"')
    text, spans = detokenize(tokens)
    assert text == 'She said, "I don\'t know (yet)."'
    assert [text[a:b] for a, b in spans] == list(tokens)


def test_regions_need_two_corrections_and_insertions_are_points() -> None:
    source = ("He", "go", "to", "school", "every", "days", ".")
    sentence = Sentence(
        source,
        (
            ("He", "goes", "to", "school", "every", "day", "."),
            ("He", "goes", "to", "the", "school", "every", "day", "."),
            ("He", "goes", "to", "the", "school", "every", "days", "."),
            ("He", "go", "to", "school", "each", "day", "."),
        ),
    )
    # "go" changed by 3, "days" by 3, "every" by 1, "the" inserted by 2 before "school"
    assert error_regions(sentence) == [Region(1, 2), Region(3, 3), Region(5, 6)]
    text, spans = detokenize(source)
    point = region_chars(Region(3, 3), spans)
    assert text[point[0] : point[1]] == "to school"  # either neighbour catches the insertion


def test_a_region_run_of_adjacent_changed_tokens_is_one_region() -> None:
    corrections = (
        ("I", "agree", "."),
        ("I", "do", "agree", "."),
        ("I", "agree", "."),
        ("I", "am", "agree", "."),
    )
    sentence = Sentence(("I", "am", "agree", "."), corrections)
    # "am" deleted by two, replaced by one: a one-token region
    assert error_regions(sentence) == [Region(1, 2)]


def test_jfleg_sentences_batch_into_texts_with_global_gold_offsets() -> None:
    first = Sentence(("He", "go", "."), (("He", "goes", "."),) * 4)
    second = Sentence(("It", "rain", "."), (("It", "rains", "."),) * 4)
    [checked] = jfleg_texts([first, second], per_text=10)
    assert checked.text == "He go.\n\nIt rain.\n"
    assert [checked.text[g.start : g.end] for g in checked.errors] == ["go", "rain"]


def test_read_jfleg_checks_the_layout(tmp_path: Path) -> None:
    (tmp_path / "dev.src").write_text("a b .\nc d .\n", encoding="utf-8")
    for n in range(4):
        (tmp_path / f"dev.ref{n}").write_text("a b .\nc d .\n", encoding="utf-8")
    assert len(read_jfleg(tmp_path)) == 2
    (tmp_path / "dev.ref3").write_text("a b .\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line count"):
        read_jfleg(tmp_path)


def _hit(
    start: int, end: int, severity: str = "error", category: str = "grammar", rule: str = "r"
) -> Hit:
    return Hit(start, end, rule, category, severity)


def test_recall_precision_and_what_counts() -> None:
    text = "She have a apple and an advices."
    planted = CheckedText(
        "t",
        text,
        [Gold(4, 8, "agreement"), Gold(9, 16, "article"), Gold(24, 31, "uncountable-plural")],
    )
    clean = CheckedText("c", "All good here.", [], clean=True)
    hits = [
        _hit(4, 8),  # catches "have"
        _hit(9, 10, "warning", rule="a"),  # catches "a apple"
        _hit(21, 23, "warning", rule="an"),  # "an": no gold there, wrong
        _hit(24, 31, "info", "spelling"),  # catches "advices", but only at info
        _hit(0, 3, "error", "style"),  # style never counts
    ]
    clean_hits = [_hit(4, 8, "error", "spelling", "spell"), _hit(0, 3, "warning")]
    data = [(planted, hits), (clean, clean_hits)]

    seen = score(data, warning_or_error)
    assert (seen.gold, seen.caught, seen.findings, seen.correct) == (3, 2, 5, 2)
    assert seen.caught_by_label["uncountable-plural"] == 0
    assert seen.clean_findings == 2
    assert [text for _name, _hit, text in seen.clean_errors] == ["good"]
    assert seen.by_rule["a"].caught == 1 and seen.by_rule["an"].precision == 0.0

    assert score(data, any_severity).caught == 3
    errors = score(data, error_only)
    assert (errors.findings, errors.correct) == (2, 1)


def test_zero_width_findings_and_near_misses() -> None:
    text = "I work here since 2019 and since two years."
    checked = CheckedText(
        "t", text, [Gold(28, 42, "since-for")], near_misses=[Gold(12, 22, "since-for")]
    )
    hits = [Hit(28, 28, "point", "grammar", NO_SEVERITY), Hit(12, 17, "x", "grammar", "warning")]
    result = score([(checked, hits)], lambda hit: True)
    assert result.caught == 1  # a zero-width finding at the span start still catches it
    assert result.near_miss_flagged["since-for"] == 1
