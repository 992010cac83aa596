"""Every rule is linear in the text's length: eight times the text costs about eight times.

A slope, not a stopwatch: the same machine checks a 1x and an 8x text, and the ratio of the
CPU times is compared with 8, with room for noise. A rule that scans every sentence once
per finding (what the privacy rules did) makes the ratio approach 64. CPU time, not wall
time, because the machine is shared: a short run fits in one time slice, a long one does not.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from psassist.checks.analysis import Analysis, CheckOptions
from psassist.checks.checker import Checker, build_report
from psassist.checks.registry import rule_checks
from psassist.text import read_document

from ..conftest import REPO

#: Linear gives 8; quadratic gives up to 64. Allows for caches, noise and the fixed costs.
SLOPE_BOUND = 20.0


#: A sentence with a finding for most privacy and ERAS rules: a patient's name, age and
#: town, a date, an institution, a relative's name. Rules that look up each finding's
#: sentence or compare it with earlier findings are quadratic on such text.
DENSE = (
    "Mr. Okafor{n}, a 45-year-old patient from a village near Lagos, came to Quillmere "
    "Medical Center on March 3, 2021, and I still remember his daughter Amina{n}. "
)


def _dense(sentences: int) -> str:
    return "".join(DENSE.format(n=n) for n in range(sentences))


def _statements(times: int) -> str:
    """`times` copies of the team's internal-medicine sample, each numbered."""
    text = read_document(REPO / "samples" / "statements" / "clean-internal-medicine.txt").text
    return "\n\n".join(f"Part {n}.\n\n{text}" for n in range(times))


def _cpu_seconds(action: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def _all_rules(analysis: Analysis) -> None:
    analysis._memo.clear()
    findings = [f for check in rule_checks() for f in check.run(analysis)]
    build_report("<text>", analysis, findings, {})


def test_the_rules_are_linear(offline_checker: Checker) -> None:
    options = CheckOptions(program="Brightwater General Hospital")
    small = offline_checker.analyse(_dense(40), options)
    large = offline_checker.analyse(_dense(320), options)
    _all_rules(small)  # warm the rules' own caches (word lists, patterns)
    ratio = _cpu_seconds(lambda: _all_rules(large)) / _cpu_seconds(lambda: _all_rules(small))
    assert ratio < SLOPE_BOUND, f"8x the text took {ratio:.1f}x the time in the rules"


def test_the_whole_offline_check_is_linear(offline_checker: Checker) -> None:
    small, large = _statements(1), _statements(8)
    offline_checker.check_text(small)
    ratio = _cpu_seconds(lambda: offline_checker.check_text(large), runs=1) / _cpu_seconds(
        lambda: offline_checker.check_text(small), runs=2
    )
    assert ratio < SLOPE_BOUND, f"8x the text took {ratio:.1f}x the time in check --no-grammar"
