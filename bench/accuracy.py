"""How many errors does psassist find, and how often is it wrong, beside LanguageTool alone?

Prints, in one run, precision and recall per rule, per category and overall for psassist
(the real Checker, spaCy and a real LanguageTool) and for LanguageTool alone (its raw
matches on the same text), on (a) the team's labelled corpus in bench/corpus and (b) the
JFLEG dev split given by path, then the targets of issue 9 with pass/fail. Asserts
nothing; tests/bench/test_accuracy_floors.py holds the floors.

    .venv/bin/python bench/accuracy.py --jfleg ../shared/data/jfleg-dev [--json out.json]

LanguageTool runs on a private state folder (its own server, stopped at the end) unless
PSASSIST_LT_URL names a server.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `accuracy_kit` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy_kit.corpus import CorpusError, load_corpus
from accuracy_kit.jfleg import JflegError, read_jfleg
from accuracy_kit.report import VARIANTS, DatasetResult, print_report, targets, to_json
from accuracy_kit.run import (
    SENTENCES_PER_TEXT,
    EngineMissing,
    corpus_texts,
    jfleg_texts,
    languagetool_hits,
    psassist_hits,
)
from accuracy_kit.scoring import CheckedText, Hit, score

CORPUS = Path(__file__).resolve().parent / "corpus"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jfleg", type=Path, help="folder of the JFLEG dev split")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="team corpus folder")
    parser.add_argument("--no-corpus", action="store_true", help="skip the team corpus")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--limit",
        type=int,
        help="only the first N JFLEG sentences and the first N planted and N clean statements",
    )
    parser.add_argument(
        "--per-text",
        type=int,
        default=SENTENCES_PER_TEXT,
        help="JFLEG sentences per checked text (default %(default)s)",
    )
    parser.add_argument("--top-rules", type=int, default=25, help="rules listed per table")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        data = load_data(args)
    except (CorpusError, JflegError, OSError) as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2
    if not data:
        print("accuracy: nothing to measure (give --jfleg or drop --no-corpus)", file=sys.stderr)
        return 2
    from psassist.engines.languagetool import LanguageToolError

    try:
        results = measure(data)
    except (LanguageToolError, EngineMissing) as exc:
        print(f"accuracy: {exc} (run `psassist setup` first)", file=sys.stderr)
        return 2
    goals = targets(
        next((r for r in results if r.name == "team corpus"), None),
        next((r for r in results if r.name == "JFLEG dev"), None),
    )
    print_report(sys.stdout, results, goals, args.top_rules)
    if args.json:
        args.json.write_text(json.dumps(to_json(results, goals), indent=1) + "\n", encoding="utf-8")
    return 0


def load_data(args: argparse.Namespace) -> dict[str, list[CheckedText]]:
    data: dict[str, list[CheckedText]] = {}
    if not args.no_corpus:
        documents = load_corpus(args.corpus)
        if args.limit is not None:
            documents = [d for d in documents if not d.clean][: args.limit] + [
                d for d in documents if d.clean
            ][: args.limit]
        data["team corpus"] = corpus_texts(documents)
    if args.jfleg is not None:
        sentences = read_jfleg(args.jfleg)[: args.limit]
        data["JFLEG dev"] = jfleg_texts(sentences, max(1, args.per_text))
    return data


def measure(data: dict[str, list[CheckedText]]) -> list[DatasetResult]:
    from psassist.checks.checker import Checker
    from psassist.config import Settings, apply_environment
    from psassist.engines.languagetool import open_languagetool, stop_server
    from psassist.engines.nlp import load_pipeline

    own_state: Path | None = None
    if "PSASSIST_STATE_DIR" not in os.environ:
        own_state = Path(tempfile.mkdtemp(prefix="psassist-accuracy-")) / "state"
        os.environ["PSASSIST_STATE_DIR"] = str(own_state)
    settings = apply_environment(Settings())
    try:
        client = open_languagetool(settings)
        client.timeout = 300.0  # LanguageTool alone may wait longer on a busy machine
        for _ in range(3):  # a fresh JVM is slow on its first requests
            client.check("This sentence warms up the server before we measure.")
        checker = Checker(settings, pipeline=load_pipeline(settings.spacy_model))
        results = []
        for name, texts in data.items():
            started = time.perf_counter()
            hits = {
                "psassist": psassist_hits(checker, texts),
                "languagetool": languagetool_hits(client, texts),
            }
            print(
                f"[{name}: checked {len(texts)} texts in {time.perf_counter() - started:.0f} s]",
                file=sys.stderr,
            )
            results.append(_result(name, texts, hits))
        return results
    finally:
        if own_state is not None:  # a server the user runs is left alone
            stop_server(own_state)


def _result(name: str, texts: list[CheckedText], hits: dict[str, list[list[Hit]]]) -> DatasetResult:
    scores = {
        variant: score(zip(texts, hits[system], strict=True), counts)
        for variant, (system, counts) in VARIANTS.items()
    }
    words = sum(len(t.text.split()) for t in texts)
    return DatasetResult(name, len(texts), words, scores)


if __name__ == "__main__":
    sys.exit(main())
