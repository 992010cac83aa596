"""Is the warm in-process check still as fast as an earlier version's? Prints; asserts nothing.

Issue 9 asks that the warm check stay within 1.2x the time it took before the language
work. This times `Checker.check_text` on the ~790-word bench statement (its paragraphs
rotated each run, so nothing is served from a cache) for this checkout and for another
source tree, in turns, against one LanguageTool server, and prints both medians.

    git worktree add /tmp/base a97d0ff
    PSASSIST_LT_URL=http://127.0.0.1:8081 .venv/bin/python bench/warm_compare.py /tmp/base/src

Each side runs in its own process (a fresh import of its own psassist); PSASSIST_LT_URL
must name a running LanguageTool server so both sides share it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the sibling check_speed importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_speed import statement_800

REPO = Path(__file__).resolve().parent.parent

#: Run inside each side's process: warm up, then time rotated statements.
_TIMER = """
import statistics, sys, time
sys.path.insert(0, sys.argv[1])
from psassist.checks.checker import Checker
from psassist.config import Settings, apply_environment
from psassist.engines.nlp import load_pipeline
text = open(sys.argv[2], encoding="utf-8").read()
paragraphs = text.split("\\n\\n")
settings = apply_environment(Settings())
checker = Checker(settings, pipeline=load_pipeline(settings.spacy_model))
for _ in range(3):
    checker.check_text(text)
times = []
for i in range(int(sys.argv[3])):
    k = i % len(paragraphs)
    body = "\\n\\n".join(paragraphs[k:] + paragraphs[:k]) + f"\\n\\nVersion {i}.\\n"
    start = time.perf_counter()
    report = checker.check_text(body)
    times.append(time.perf_counter() - start)
assert report.engines["languagetool"].status == "ok", report.engines["languagetool"]
print(statistics.median(times))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("baseline_src", type=Path, help="the other version's src folder")
    parser.add_argument("--runs", type=int, default=20, help="timed checks per turn")
    parser.add_argument("--turns", type=int, default=3, help="turns per side")
    args = parser.parse_args(argv)
    if "PSASSIST_LT_URL" not in os.environ:
        print("warm_compare: set PSASSIST_LT_URL to a running LanguageTool", file=sys.stderr)
        return 2
    statement = Path(os.environ.get("TMPDIR", "/tmp")) / "psassist-warm-statement.txt"
    # check_speed's statement, without its final newline: the timer rotates paragraphs,
    # and a newline left on the last one would put a stray blank line mid-text.
    statement.write_text(statement_800().rstrip("\n"), encoding="utf-8")
    sides = {"baseline": args.baseline_src.resolve(), "this checkout": REPO / "src"}
    medians: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.turns):
        for name, src in sides.items():
            out = subprocess.run(
                [sys.executable, "-c", _TIMER, str(src), str(statement), str(args.runs)],
                check=True,
                capture_output=True,
                text=True,
            )
            medians[name].append(float(out.stdout.strip().splitlines()[-1]))
    for name, values in medians.items():
        print(f"{name:14} median of turns {statistics.median(values):.3f} s  turns {values}")
    ratio = statistics.median(medians["this checkout"]) / statistics.median(medians["baseline"])
    print(f"ratio this/baseline: {ratio:.2f} (issue 9: at most 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
