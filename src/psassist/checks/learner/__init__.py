"""psassist's own grammar rules for English learners, beyond what LanguageTool finds.

Each module holds one family of rules and exposes its `CHECKS`; this package gathers them
for the checker. Every rule starts at warning: a rule becomes an error only when its
measured precision on the team corpus reaches 0.95.
"""

from __future__ import annotations

from psassist.checks.learner import collocations, confusables, hyphens, run_together, splices

CHECKS = (
    *hyphens.CHECKS,
    *collocations.CHECKS,
    *confusables.CHECKS,
    *run_together.CHECKS,
    *splices.CHECKS,
)
