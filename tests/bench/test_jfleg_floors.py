"""On learners' sentences (JFLEG dev), psassist may not fall below today's figures.

psassist and LanguageTool alone are scored on the same texts in the same run, with the
real engines, as bench/accuracy.py does (it prints the full comparison). The split is
read from the shared data folder beside the repository, never copied into it; the test
skips where that folder is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.accuracy_kit.jfleg import read_jfleg
from bench.accuracy_kit.run import jfleg_texts, languagetool_hits, psassist_hits
from bench.accuracy_kit.scoring import Score, every_match, score, warning_or_error

from psassist.checks.checker import Checker
from psassist.engines.languagetool import LanguageToolClient

pytestmark = pytest.mark.languagetool

JFLEG_DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "jfleg-dev"

#: psassist's region recall over LanguageTool alone's, measured on main on 2026-12-01
#: (0.443 vs 0.335 = 1.32x), less a small margin. Issue 9's target is 1.3x, with
#: precision at most 0.02 below LanguageTool's (0.952 vs 0.924 then).
RECALL_RATIO_FLOOR = 1.28
PRECISION_MARGIN = 0.02


@pytest.fixture(scope="module")
def scores(
    grammar_checker: Checker, patient_languagetool: LanguageToolClient
) -> tuple[Score, Score]:
    if not (JFLEG_DEV / "dev.src").is_file():
        pytest.skip(f"JFLEG dev split not found at {JFLEG_DEV}")
    texts = jfleg_texts(read_jfleg(JFLEG_DEV), 40)
    ours = score(zip(texts, psassist_hits(grammar_checker, texts), strict=True), warning_or_error)
    theirs = score(
        zip(texts, languagetool_hits(patient_languagetool, texts), strict=True), every_match
    )
    return ours, theirs


def test_region_recall_over_languagetool_holds(scores: tuple[Score, Score]) -> None:
    ours, theirs = scores
    assert ours.recall is not None and theirs.recall
    ratio = ours.recall / theirs.recall
    assert ratio >= RECALL_RATIO_FLOOR, (
        f"recall {ours.recall:.3f} vs LanguageTool {theirs.recall:.3f} = {ratio:.3f}x"
    )


def test_precision_stays_near_languagetools(scores: tuple[Score, Score]) -> None:
    ours, theirs = scores
    assert ours.precision is not None and theirs.precision is not None
    assert ours.precision >= theirs.precision - PRECISION_MARGIN, (ours.precision, theirs.precision)
