"""Agreement after "there is/was": the noun after the verb is its real subject.

"There is many patients" reads the verb's number from "there"; English takes it from the
noun that follows. Its own module so the main agreement rule stays readable.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.agreement import AGREEMENT, COUNTED_UNITS, NUMBER_SWAP
from psassist.checks.learner.number_words import EITHER_NUMBER
from psassist.checks.learner.syntax import child_deps, match_case, plain
from psassist.checks.registry import reports
from psassist.findings import Finding


@reports(AGREEMENT)
def there_is_plural(analysis: Analysis) -> Iterator[Finding]:
    """ "There is many patients": the noun after the verb is its real subject."""
    tokens = analysis.tokens
    for index, verb in enumerate(tokens):
        if verb.lemma != "be" or verb.tag not in ("VBZ", "VBD") or verb.lower in ("were",):
            continue
        deps = child_deps(analysis, index)
        if not any(tokens[e].lower == "there" for e in deps.get("expl", [])):
            continue
        attrs = deps.get("attr", [])
        if len(attrs) != 1:
            continue
        noun = tokens[attrs[0]]
        noun_deps = child_deps(analysis, attrs[0])
        if noun.tag != "NNS" or noun.lower == noun.lemma or "conj" in noun_deps:
            continue
        if EITHER_NUMBER & {noun.lemma, noun.lower} or (
            noun.lemma in COUNTED_UNITS and "nummod" in noun_deps
        ):
            continue
        if any(d in ("aux", "auxpass") for d in deps):
            continue
        fix = NUMBER_SWAP.get(plain(verb))
        if fix is None:
            continue
        yield AGREEMENT.finding(
            verb.start,
            verb.end,
            f'after "there", the verb agrees with the noun that follows: "{noun.text}" '
            f'is plural, so write "there {fix}".',
            [match_case(fix, verb.text)],
        )
