"""The word-pair counts, for real: the wordsegment package's web counts, read in place."""

from __future__ import annotations

import pytest

from psassist.engines import ngrams
from psassist.engines.ngrams import PAIR_CUTOFF, pair_counts


def test_common_pairs_are_counted_and_a_learner_pair_is_not() -> None:
    counts = pair_counts()
    assert counts is not None
    assert counts.pair("in", "the") > PAIR_CUTOFF
    assert counts.pair("responsible", "for") > PAIR_CUTOFF
    assert counts.pair("responsible", "the") == 0
    # Chance alone would join these two common words far more often than the cutoff.
    assert counts.expected("responsible", "the") > PAIR_CUTOFF


def test_rare_words_are_left_out_of_the_table() -> None:
    counts = pair_counts()
    assert counts is not None
    assert counts.word("the") > counts.word("patient") > 0
    assert counts.word("neuroprotective") == 0
    assert counts.total > 10 * counts.word("the")


def test_a_missing_package_means_no_counts_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ngrams, "_PACKAGE", "no_such_package_for_psassist")
    monkeypatch.setattr(ngrams, "_loaded", [])
    assert pair_counts() is None
