"""`psassist rules`: the rule catalog, from the same registry the checker uses."""

from __future__ import annotations

import argparse
import json
import sys

from psassist.checks.registry import all_rules
from psassist.config import Settings


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
            print(f"psassist: no rule or category named {args.rule!r} "
                  "(see `psassist rules`)", file=sys.stderr)
            return 2
    if args.format == "json":
        print(json.dumps([
            {"id": r.id, "category": r.category.value, "severity": r.severity.value,
             "title": r.title, "rationale": r.rationale, "source": r.source, "needs": r.needs,
             "suggestions_are_fixes": r.replaces}
            for r in rules
        ], indent=2))
    elif args.format == "markdown":
        print("| rule | category | severity | what it flags | why | source |")
        print("|---|---|---|---|---|---|")
        for r in rules:
            print(f"| `{r.id}` | {r.category.value} | {r.severity.value} | {r.title} | "
                  f"{r.rationale} | {r.source or ''} |")
    elif args.rule:
        for r in rules:
            print(f"{r.id}  ({r.category.value}, {r.severity.value} by default)")
            print(f"  {r.title}")
            print(f"  why: {r.rationale}")
            if r.source:
                print(f"  source: {r.source}")
            if r.needs:
                print(f"  needs: {r.needs}")
            print(f"  turn off: psassist check --disable {r.id} FILE")
    else:
        width = max(len(r.id) for r in rules)
        for r in rules:
            print(f"{r.id:<{width}}  {r.severity.value:<7}  {r.title}")
    return 0
