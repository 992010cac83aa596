"""The printed comparison, the targets of issue 9 with pass/fail, and the JSON for diffs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from .corpus import ERROR_TYPES, LANGUAGETOOL_CLASS
from .scoring import (
    Hit,
    Score,
    any_severity,
    error_only,
    every_match,
    ratio,
    warning_or_error,
)

PSASSIST = "psassist warning+error"
PSASSIST_ANY = "psassist any severity"
PSASSIST_ERRORS = "psassist error only"
LANGUAGETOOL = "LanguageTool alone"
#: Variant name -> (system, which of its hits count).
VARIANTS: dict[str, tuple[str, Callable[[Hit], bool]]] = {
    PSASSIST: ("psassist", warning_or_error),
    PSASSIST_ANY: ("psassist", any_severity),
    PSASSIST_ERRORS: ("psassist", error_only),
    LANGUAGETOOL: ("languagetool", every_match),
}

DEFINITIONS = """\
What counts:
  psassist: findings in grammar, spelling and any other language category (everything
    but style, readability, eras, privacy, originality); "warning+error" counts those at
    warning or error (what the targets use), "any severity" adds info, "error only"
    gives the error precision.
  LanguageTool alone: every raw match of a default en-US LanguageTool on the same text.
  recall    = gold errors (team corpus) or regions (JFLEG) overlapped by a counted finding
  precision = counted findings that overlap a gold error or region; on the team corpus
              findings on clean statements count as wrong.
  JFLEG region: source tokens changed by at least 2 of the 4 corrections (difflib token
    alignment); an insertion is a point caught by a finding on either neighbouring token."""


@dataclass
class DatasetResult:
    name: str
    texts: int
    words: int
    scores: dict[str, Score]


@dataclass(frozen=True)
class Target:
    name: str
    figure: str
    wanted: str
    passed: bool | None  # None: not measured in this run


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def targets(corpus: DatasetResult | None, jfleg: DatasetResult | None) -> list[Target]:
    """Issue 9's targets, judged on the warning+error variant."""
    result: list[Target] = []
    if jfleg is not None:
        ours, lt = jfleg.scores[PSASSIST], jfleg.scores[LANGUAGETOOL]
        times = ratio(ours.recall, lt.recall)
        result.append(
            Target(
                "JFLEG region recall vs LanguageTool alone",
                f"{fmt(ours.recall)} vs {fmt(lt.recall)} = {fmt(times)}x",
                ">= 1.3x",
                times is not None and times >= 1.3,
            )
        )
        gap = (
            None
            if ours.precision is None or lt.precision is None
            else ours.precision - lt.precision
        )
        result.append(
            Target(
                "JFLEG precision vs LanguageTool alone",
                f"{fmt(ours.precision)} vs {fmt(lt.precision)}",
                ">= LT - 0.02",
                gap is not None and gap >= -0.02,
            )
        )
    if corpus is not None:
        ours, errors, lt = (
            corpus.scores[PSASSIST],
            corpus.scores[PSASSIST_ERRORS],
            corpus.scores[LANGUAGETOOL],
        )
        result.append(
            Target(
                "team corpus recall",
                fmt(ours.recall),
                ">= 0.90",
                ours.recall is not None and ours.recall >= 0.9,
            )
        )
        result.append(
            Target(
                "team corpus error precision",
                fmt(errors.precision),
                ">= 0.95",
                errors.precision is not None and errors.precision >= 0.95,
            )
        )
        result.append(
            Target(
                "error findings on clean statements",
                str(len(errors.clean_errors)),
                "0",
                not errors.clean_errors,
            )
        )
        result.append(
            Target(
                "clean statements: grammar+spelling warnings/errors",
                f"{ours.clean_findings} vs LanguageTool alone {lt.clean_findings}",
                "fewer than LT",
                ours.clean_findings < lt.clean_findings,
            )
        )
    return result


def print_report(
    out: TextIO, datasets: list[DatasetResult], goals: list[Target], top_rules: int = 25
) -> None:
    print(DEFINITIONS, file=out)
    for data in datasets:
        _heading(
            out,
            f"{data.name}: {data.texts} texts, {data.words} words, "
            f"{data.scores[PSASSIST].gold} gold errors/regions",
        )
        _overall(out, data)
        if data.scores[PSASSIST].gold_by_label.keys() - {"region"}:
            _by_type(out, data)
            _near_misses(out, data)
            _clean(out, data)
        for variant in (PSASSIST_ANY, LANGUAGETOOL):
            _table(out, f"{variant}: per category", data.scores[variant].by_category, None)
            _table(
                out,
                f"{variant}: per rule (most findings first)",
                data.scores[variant].by_rule,
                top_rules,
            )
        if data.scores[PSASSIST].gold_by_label.keys() - {"region"}:
            _missed(out, data.scores[PSASSIST])
    _heading(out, "Targets (issue 9)")
    for goal in goals:
        verdict = {True: "PASS", False: "FAIL", None: "-"}[goal.passed]
        print(f"  [{verdict}] {goal.name}: {goal.figure} (target {goal.wanted})", file=out)


def _heading(out: TextIO, title: str) -> None:
    print(f"\n== {title}", file=out)


def _overall(out: TextIO, data: DatasetResult) -> None:
    print(
        f"  {'variant':<24} {'findings':>8} {'right':>6} {'precision':>9} "
        f"{'caught':>7} {'recall':>7}",
        file=out,
    )
    for name, result in data.scores.items():
        print(
            f"  {name:<24} {result.findings:>8} {result.correct:>6} "
            f"{fmt(result.precision):>9} {result.caught:>7} {fmt(result.recall):>7}",
            file=out,
        )


def _by_type(out: TextIO, data: DatasetResult) -> None:
    ours, anys, lt = (data.scores[PSASSIST], data.scores[PSASSIST_ANY], data.scores[LANGUAGETOOL])
    print(f"\n  recall per planted type ({'*'} = LanguageTool-class typo/grammar)", file=out)
    print(
        f"  {'type':<22} {'n':>3} {'psassist w+e':>12} {'psassist any':>12} {'LT alone':>9}",
        file=out,
    )
    for kind in ERROR_TYPES:
        n = ours.gold_by_label[kind]
        if not n:
            continue
        star = "*" if kind in LANGUAGETOOL_CLASS else " "
        print(
            f"  {star}{kind:<21} {n:>3} {ours.caught_by_label[kind] / n:>12.2f} "
            f"{anys.caught_by_label[kind] / n:>12.2f} {lt.caught_by_label[kind] / n:>9.2f}",
            file=out,
        )


def _near_misses(out: TextIO, data: DatasetResult) -> None:
    ours, lt = data.scores[PSASSIST], data.scores[LANGUAGETOOL]
    if not ours.near_misses:
        return
    print("\n  near misses flagged (correct text that looks like an error of the type)", file=out)
    for kind, n in sorted(ours.near_misses.items()):
        print(
            f"  {kind:<22} {n:>3}  psassist w+e {ours.near_miss_flagged[kind]:>2}  "
            f"LT alone {lt.near_miss_flagged[kind]:>2}",
            file=out,
        )


def _clean(out: TextIO, data: DatasetResult) -> None:
    ours, lt = data.scores[PSASSIST], data.scores[LANGUAGETOOL]
    errors = data.scores[PSASSIST_ERRORS].clean_errors
    print(
        f"\n  clean statements: psassist warnings+errors {ours.clean_findings}, "
        f"any severity {data.scores[PSASSIST_ANY].clean_findings}, "
        f"errors {len(errors)}; LanguageTool alone {lt.clean_findings}",
        file=out,
    )
    for name, hit, text in errors:
        print(f"    error on clean {name}: {hit.rule} {text!r}", file=out)


def _table(out: TextIO, title: str, rows: dict[str, Any], limit: int | None) -> None:
    print(f"\n  {title}", file=out)
    ordered = sorted(rows.items(), key=lambda kv: (-kv[1].findings, -kv[1].caught, kv[0]))
    for key, row in ordered[:limit]:
        print(
            f"  {key:<58} {row.findings:>5} found {row.correct:>4} right "
            f"({fmt(row.precision)}) {row.caught:>4} caught",
            file=out,
        )
    if limit is not None and len(ordered) > limit:
        print(f"  ... {len(ordered) - limit} more in --json", file=out)


def _missed(out: TextIO, result: Score, examples: int = 3) -> None:
    print("\n  missed by psassist (warning+error), examples per type", file=out)
    by_type: dict[str, list[str]] = {}
    for _name, gold, text in result.missed:
        by_type.setdefault(gold.label, []).append(text)
    for kind in ERROR_TYPES:
        if kind in by_type:
            shown = ", ".join(repr(t) for t in by_type[kind][:examples])
            print(f"  {kind:<22} {len(by_type[kind]):>3} missed, e.g. {shown}", file=out)


def to_json(datasets: list[DatasetResult], goals: list[Target]) -> dict[str, Any]:
    return {
        "datasets": {data.name: _dataset_json(data) for data in datasets},
        "targets": [goal.__dict__ for goal in goals],
    }


def _dataset_json(data: DatasetResult) -> dict[str, Any]:
    return {
        "texts": data.texts,
        "words": data.words,
        "variants": {name: _score_json(result) for name, result in data.scores.items()},
    }


def _score_json(result: Score) -> dict[str, Any]:
    def rows(table: dict[str, Any]) -> dict[str, Any]:
        return {
            k: {
                "findings": v.findings,
                "right": v.correct,
                "precision": v.precision,
                "caught": v.caught,
            }
            for k, v in sorted(table.items())
        }

    return {
        "gold": result.gold,
        "caught": result.caught,
        "recall": result.recall,
        "findings": result.findings,
        "right": result.correct,
        "precision": result.precision,
        "recall_by_type": {
            k: {"gold": n, "caught": result.caught_by_label[k]}
            for k, n in sorted(result.gold_by_label.items())
        },
        "by_category": rows(result.by_category),
        "by_rule": rows(result.by_rule),
        "near_misses": {
            k: {"spans": n, "flagged": result.near_miss_flagged[k]}
            for k, n in sorted(result.near_misses.items())
        },
        "clean_findings": result.clean_findings,
        "clean_errors": [
            {"file": name, "rule": hit.rule, "text": text}
            for name, hit, text in result.clean_errors
        ],
        "missed": [
            {"file": name, "type": gold.label, "text": text} for name, gold, text in result.missed
        ],
        "false_alarms": [
            {"file": name, "rule": hit.rule, "severity": hit.severity, "text": text}
            for name, hit, text in result.false_alarms
        ],
    }
