""" "can not" written as two words where edited English writes "cannot".

Both are defensible, but published US prose writes the negative of "can" as one word;
two words are usual only when "not" belongs to another phrase ("can not only ... but
also"). A warning, with that exception left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import match_case
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Severity, Source

CANNOT = define(
    "grammar.cannot",
    Category.GRAMMAR,
    Severity.WARNING,
    '"can not" for "cannot"',
    'In edited US prose the negative of "can" is one word, "cannot"; "can not" is kept for '
    'phrases such as "can not only ... but also".',
    sources=(
        Source(
            'Merriam-Webster, "cannot": usage of cannot and can\'t',
            "https://www.merriam-webster.com/dictionary/cannot",
        ),
    ),
    example=Example(
        flag="I can not imagine another career.",
        near_miss="We can not only treat the disease but also prevent it.",
    ),
    replaces=True,
)

_CAN_NOT = re.compile(r"\b(can)[ \t]+(not)\b(?![ \t]+(?:only|just|merely|simply)\b)", re.I)


@reports(CANNOT)
def check_cannot(analysis: Analysis) -> Iterator[Finding]:
    for match in _CAN_NOT.finditer(analysis.text):
        fixed = match_case("cannot", match.group(1))
        yield CANNOT.finding(
            match.start(),
            match.end(),
            f'write "{fixed}" as one word; "can not" is only for "can not only ... but also"',
            [fixed],
        )
