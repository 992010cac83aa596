"""`psassist setup`: provision what can be provisioned, showing progress as it goes."""

from __future__ import annotations

import argparse
import sys
import time

from psassist.checks.drug_names import drug_names
from psassist.config import Settings
from psassist.engines.languagetool import LanguageToolError, provision
from psassist.engines.medical_lexicon import MedicalLexiconError, install_medical_dictionary
from psassist.engines.nlp import load_pipeline


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "setup", help="install LanguageTool from Maven Central and check the other engines"
    )
    parser.add_argument(
        "--source",
        choices=("auto", "maven", "language-tool-python"),
        default="auto",
        help="where LanguageTool comes from (default: Maven, else language_tool_python's download)",
    )
    parser.set_defaults(handler=run)


class _Progress:
    """Timestamped progress lines; on a terminal the latest line is rewritten in place."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.live = sys.stderr.isatty()

    def __call__(self, message: str) -> None:
        line = f"[{time.monotonic() - self.started:5.1f}s] {message}"
        if self.live:
            sys.stderr.write("\r\x1b[2K" + line[:120])
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def done(self) -> None:
        if self.live:
            sys.stderr.write("\n")


def run(args: argparse.Namespace, settings: Settings) -> int:
    status = 0
    progress = _Progress()
    print("LanguageTool:", file=sys.stderr)
    try:
        folder = provision(settings, progress, source=args.source)
        progress.done()
        print(f"  ready in {folder}", file=sys.stderr)
    except LanguageToolError as exc:
        progress.done()
        print(f"  failed: {exc}", file=sys.stderr)
        status = 1
    pipeline = load_pipeline(settings.spacy_model)
    print(f"spaCy: {pipeline.detail}", file=sys.stderr)
    if pipeline.fallback:
        status = 1
    print("medical lexicon (optional):", file=sys.stderr)
    try:
        medical = install_medical_dictionary(progress)
        progress.done()
        print(f"  ready in {medical}", file=sys.stderr)
    except MedicalLexiconError as exc:
        progress.done()
        print(
            f"  not installed ({exc}); medical words are then reported more often. "
            "Install apt-get or npm and run `psassist setup` again, or set "
            "PSASSIST_MEDICAL_DICTIONARY to a Hunspell .dic file",
            file=sys.stderr,
        )
    print(f"drug names: {len(drug_names())} (read once into the cache)", file=sys.stderr)
    return status
