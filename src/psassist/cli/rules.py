"""`psassist rules`: the rule catalog, from the same registry the checker uses.

`psassist rules ID` is a rule's page, as ruff's are: what it flags, why, where the advice
comes from, and a text it flags beside a near miss it leaves alone.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from psassist.checks.registry import all_rules
from psassist.cli.common import error
from psassist.config import Settings
from psassist.findings import Example, Rule
from psassist.report.safe import safe_text

#: Longer examples (the 28,000-character one) are shortened on the terminal, not in JSON.
EXAMPLE_WIDTH = 300


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("rules", help="list every rule with its rationale and source")
    parser.add_argument("rule", nargs="?", help="show one rule (or a category) in full")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    rules = all_rules()
    if args.rule:
        rules = [r for r in rules if r.id == args.rule or r.category.value == args.rule]
        if not rules:
            return error(f"no rule or category named {args.rule!r} (see `psassist rules`)")
    if args.format == "json":
        print(json.dumps([_rule_json(r) for r in rules], indent=2))
    elif args.format == "markdown":
        print("\n".join(markdown_table(rules)))
    elif args.rule:
        for index, r in enumerate(rules):
            if index:
                print()
            print("\n".join(rule_page(r)))
    else:
        width = max(len(r.id) for r in rules)
        for r in rules:
            print(f"{r.id:<{width}}  {r.severity.value:<7}  {r.title}")
    return 0


def _rule_json(rule: Rule) -> dict[str, Any]:
    example = rule.example
    return {
        "id": rule.id,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "title": rule.title,
        "rationale": rule.rationale,
        "source": "; ".join(s.title for s in rule.sources),
        "sources": [{"title": s.title, "url": s.url} for s in rule.sources],
        "needs": rule.needs.value if rule.needs else None,
        "suggestions_are_fixes": rule.replaces,
        "example": {
            "flagged": example.flag,
            "near_miss": example.near_miss,
            "program": example.program,
            "specialty": example.specialty,
            "compared_with": [{"name": name, "text": text} for name, text in example.corpus],
        },
    }


def markdown_table(rules: list[Rule]) -> list[str]:
    """The README's rule table, one row per rule, sources as links."""
    lines = [
        "| rule | category | severity | what it flags | why | source |",
        "|---|---|---|---|---|---|",
    ]
    for r in rules:
        sources = "; ".join(f"[{s.title}]({s.url})" for s in r.sources)
        lines.append(
            f"| `{r.id}` | {r.category.value} | {r.severity.value} | {r.title} | "
            f"{r.rationale} | {sources} |"
        )
    return lines


def rule_page(rule: Rule) -> list[str]:
    """The text form of one rule, for `psassist rules ID`."""
    lines = [
        f"{rule.id}  ({rule.category.value}, {rule.severity.value} by default)",
        f"  {rule.title}",
        f"  why: {rule.rationale}",
    ]
    for source in rule.sources:
        lines.append(f"  source: {source.title}")
        lines.append(f"          {source.url}")
    if rule.needs:
        lines.append(f"  needs: {rule.needs.value}")
    lines.extend(_example_lines(rule.example))
    lines.append(f"  turn off: psassist check --disable {rule.id} FILE")
    return lines


def _example_lines(example: Example) -> list[str]:
    context = []
    if example.program:
        context.append(f"--program {example.program!r}")
    if example.specialty:
        context.append(f"--specialty {example.specialty!r}")
    lines = [f"  example (checked with {', '.join(context)}):" if context else "  example:"]
    lines.append(f"    flagged:     {_shown(example.flag)}")
    lines.append(f"    near miss:   {_shown(example.near_miss)}")
    for name, text in example.corpus:
        lines.append(f"    compared with {safe_text(name)}: {_shown(text)}")
    return lines


def _shown(text: str) -> str:
    shown = safe_text(text)
    if len(shown) > EXAMPLE_WIDTH:
        return f"{shown[:EXAMPLE_WIDTH]}... ({len(text):,} characters in all)"
    return shown
