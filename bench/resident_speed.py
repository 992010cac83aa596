"""How fast is `psassist check` as a whole command, with and without the resident checker?

Prints figures; asserts nothing. On one ~700-word statement (a clean sample plus the extra
paragraph), with LanguageTool already running: the whole command through the resident
checker, the same with --no-server, `psassist --version`, the in-process check alone and
Python's own start-up; then a batch of 100 statements in one command both ways, and the
resident checker's memory. Uses private state and runtime folders, so nothing the user
runs is touched.

    .venv/bin/python bench/resident_speed.py
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 7


def statement_700() -> str:
    text = (REPO / "samples" / "statements" / "clean-internal-medicine.txt").read_text()
    extra = (REPO / "bench" / "extra-paragraph.txt").read_text()
    return text.strip() + "\n\n" + extra.strip() + "\n"


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode()[-500:]}")
    return elapsed


def median(command: list[str], env: dict[str, str], runs: int = RUNS) -> float:
    return statistics.median(timed(command, env) for _ in range(runs))


def in_process_seconds(path: Path) -> float:
    from psassist.checks.checker import Checker
    from psassist.config import load_settings

    checker = Checker(load_settings())
    text = path.read_text()
    checker.check_text(text)  # warm: rules, lexicons, LanguageTool connection
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        checker.check_text(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def server_rss_mb(env: dict[str, str]) -> float | None:
    status = subprocess.run(
        [sys.executable, "-m", "psassist", "server", "status"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if "(pid " not in status:
        return None
    pid = status.split("(pid ")[1].split(")")[0]
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="psassist-resident-"))
    env = {k: v for k, v in os.environ.items() if k != "PSASSIST_NO_SERVER"}
    env["PSASSIST_RUNTIME_DIR"] = str(folder / "run")
    statement = folder / "statement.txt"
    statement.write_text(statement_700())
    batch = folder / "batch"
    batch.mkdir()
    for number in range(100):
        (batch / f"s{number:03}.txt").write_text(
            statement_700().replace("internal medicine", f"internal medicine ({number})", 1)
        )
    psassist = [sys.executable, "-m", "psassist"]
    check = [*psassist, "check", "--no-samples", str(statement)]
    try:
        timed(check, env)  # starts the resident checker (and LanguageTool if needed)
        timed(check, env)
        words = len(statement.read_text().split())
        served = median(check, env)
        in_process_command = median([*check, "--no-server"], env, runs=3)
        version = median([*psassist, "--version"], env)
        python_start = median([sys.executable, "-c", "pass"], env)
        in_process = in_process_seconds(statement)
        files = sorted(str(p) for p in batch.iterdir())
        batch_served = timed([*psassist, "check", "--no-samples", *files], env)
        batch_local = timed([*psassist, "check", "--no-samples", "--no-server", *files], env)
        rss = server_rss_mb(env)
    finally:
        subprocess.run([*psassist, "server", "stop"], env=env, capture_output=True, check=False)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"statement: {words} words; median of {RUNS} runs")
    print(f"psassist check, whole command, resident checker: {served:.2f} s (target <= 0.5 s)")
    print(f"psassist check --no-server, whole command:       {in_process_command:.2f} s")
    print(f"check in-process (warm checker):                 {in_process:.2f} s")
    print(f"python start-up alone:                           {python_start:.2f} s")
    limit = 1.5 * in_process + python_start
    print(f"resident / (1.5 x in-process + start-up):        {served / limit:.2f} (target <= 1.0)")
    print(f"psassist --version:                              {version:.2f} s")
    print(
        f"100 statements, resident checker: {batch_served:.1f} s = "
        f"{100 / batch_served:.1f}/s; in-process: {batch_local:.1f} s = "
        f"{100 / batch_local:.1f}/s"
    )
    if rss is not None:
        print(f"resident checker peak memory (RSS): {rss:.0f} MB (target < 400 MB)")


if __name__ == "__main__":
    main()
