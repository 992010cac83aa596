"""False alarms on native prose: psassist's own rules on sentences written as correct.

LanguageTool's English rule files carry, beside each rule, example sentences its authors
marked correct: about 12,000 sentences (150,000 words) of ordinary and deliberately tricky
native English, many of them built to look like the error their rule catches. They are
read at run time from the LanguageTool jar that `psassist setup` installed (LGPL; nothing
is copied into the repo). psassist's own layers (the learner rules, Harper and the style
and ERAS rules; LanguageTool itself is off, since these are its own examples) check them,
and every grammar or spelling warning or error counts as a false alarm (except the
paragraph-end period, see NOT_MEASURED). Some examples are
not correct English (an example may be correct only for its own rule), so the figure is
an upper bound: read the printed samples before changing a rule.

    .venv/bin/python bench/native_prose.py [--show RULE]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from psassist.checks.analysis import CheckOptions  # noqa: E402
from psassist.checks.checker import Checker  # noqa: E402
from psassist.config import Settings, apply_environment  # noqa: E402
from psassist.engines.languagetool.installation import locate  # noqa: E402
from psassist.findings import Category, Severity  # noqa: E402

RULE_FILES = ("org/languagetool/rules/en/grammar.xml", "org/languagetool/rules/en/style.xml")
_INCORRECT = re.compile(r"type\s*=\s*[\"']incorrect[\"']")
_EXAMPLE = re.compile(r"<example(?P<attrs>[^>]*)>(?P<body>.*?)</example>", re.S)
#: Rules these isolated sentences cannot measure: many examples are written without an end
#: mark, which is right for a rule-file example and wrong for the last sentence of a
#: statement's paragraph. The JFLEG references and the clean statements measure it.
NOT_MEASURED = frozenset({"grammar.missing-period"})
#: Sentences per checked text: enough to amortise the per-check cost, small enough to show.
BATCH = 200


def correct_examples(jar: Path) -> list[str]:
    """The example sentences without a correction, in file order."""
    sentences = []
    with zipfile.ZipFile(jar) as archive:
        for name in RULE_FILES:
            text = archive.read(name).decode("utf-8")
            for match in _EXAMPLE.finditer(text):
                attributes = match["attrs"]
                if "correction" in attributes or _INCORRECT.search(attributes):
                    continue
                body = html.unescape(re.sub(r"<[^>]+>", "", match["body"])).strip()
                if len(body.split()) >= 5 and body[:1].isupper():
                    sentences.append(" ".join(body.split()))
    return sentences


def english_jar(settings: Settings) -> Path:
    installation = locate(settings)
    if installation is None:
        raise SystemExit("native_prose: LanguageTool is not installed; run `psassist setup`")
    jars = sorted(installation.directory.rglob("language-en-*.jar"))
    if not jars:
        raise SystemExit(f"native_prose: no language-en jar under {installation.directory}")
    return jars[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", default="", help="print every false alarm of rules with this prefix"
    )
    args = parser.parse_args()
    settings = apply_environment(Settings())
    sentences = correct_examples(english_jar(settings))
    words = sum(len(s.split()) for s in sentences)
    checker = Checker(settings, grammar=False)
    per_rule: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    batches = ["\n\n".join(sentences[k : k + BATCH]) for k in range(0, len(sentences), BATCH)]
    items = ((text, f"examples-{n}", CheckOptions()) for n, text in enumerate(batches))
    for text, report in zip(batches, checker.check_many(items), strict=True):
        for located in report.findings:
            finding = located.finding
            if finding.category not in (Category.GRAMMAR, Category.SPELLING):
                continue
            if finding.severity is Severity.INFO or finding.rule in NOT_MEASURED:
                continue
            per_rule[finding.rule] += 1
            start = text.rfind("\n", 0, finding.start) + 1
            end = text.find("\n", finding.end)
            line = text[start : end if end >= 0 else len(text)]
            marked = text[finding.start : finding.end]
            source = f" {finding.source_rule}" if finding.source_rule else ""
            samples[finding.rule].append(
                f"[{marked}] {finding.suggestions[:1]}{source} :: {line[:160]}"
            )
    total = sum(per_rule.values())
    print(f"LanguageTool's correct examples: {len(sentences)} sentences, {words} words")
    print(
        f"psassist grammar+spelling warnings/errors: {total} "
        f"({1000 * total / words:.2f} per 1,000 words)"
    )
    for rule, count in per_rule.most_common():
        print(f"  {rule:45s} {count:5d}  {1000 * count / words:.2f}/1000")
    for rule, lines in sorted(samples.items()):
        if args.show and rule.startswith(args.show):
            print(f"-- {rule}")
            for line in lines:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
