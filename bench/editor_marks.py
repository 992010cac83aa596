"""Keystroke-to-repaint time in the editor with 300 marked findings in a 28,000-character draft.

Run by hand (not collected by pytest): `python bench/editor_marks.py`. The draft is the
repository's sample statements repeated to the ERAS limit; its findings come from the real
checker (grammar off, so no LanguageTool), topped up to 300 with spelling and grammar
marks on every few words, where LanguageTool's would be. The app runs headless through
Textual's Pilot with the cursor in the middle of the draft; the re-check is held off so
that only typing is timed.

For each keystroke it prints, in milliseconds (median, 95th percentile, worst), both the
process's CPU time and the wall-clock time (which on a busy machine includes waiting for a
core):
- "work": the edit (moving the marks) plus the repaint of the screen, timed directly;
- "key to repaint": from the key event entering the app (as the terminal driver sends
  it) until the screen update that shows the edit is rendered: every handler, and the
  wait for the next frame of Textual's refresh timer;
and the same work with no marks, so the marks' own cost shows. One frame at 60 Hz is 16.7.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from textual import events

from psassist.config import Settings
from psassist.engines.nlp import load_pipeline
from psassist.findings import Category, Finding, LocatedFinding, Severity
from psassist.tui import app as app_module
from psassist.tui.screens import editor as editor_module
from psassist.tui.widgets.marked_text_area import MarkedTextArea

REPO = Path(__file__).resolve().parents[1]
FINDINGS = 300
LIMIT = 28_000
KEYS = 240
STATEMENTS = (
    "flawed-family-medicine.txt",
    "clean-internal-medicine.txt",
    "program-variant-pediatrics.txt",
)


def long_draft() -> str:
    parts = [
        (REPO / "samples" / "statements" / name).read_text(encoding="utf-8").strip()
        for name in STATEMENTS
    ]
    text = ""
    while len(text) < LIMIT:
        text += parts[len(text) % len(parts)] + "\n\n"
    return text[:LIMIT].rstrip() + "\n"


def topped_up(text: str, found: list[LocatedFinding]) -> list[LocatedFinding]:
    """`found` plus spelling and grammar marks on evenly spaced words, to FINDINGS in all."""
    words = [i + 1 for i, c in enumerate(text[:-1]) if c == " " and text[i + 1].isalpha()]
    missing = max(0, FINDINGS - len(found))
    step = max(1, len(words) // max(1, missing))
    extra = []
    for n, start in enumerate(words[::step][:missing]):
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        category = Category.SPELLING if n % 2 else Category.GRAMMAR
        severity = Severity.ERROR if n % 3 == 0 else Severity.WARNING
        finding = Finding(f"bench.{category.value}", category, severity, start, end, "bench")
        extra.append(LocatedFinding(finding, text.count("\n", 0, start) + 1, 1))
    return sorted([*found[:FINDINGS], *extra], key=lambda f: f.finding.sort_key())


Timing = tuple[float, float]  # (wall-clock seconds, this process's CPU seconds)


def summary(name: str, times: list[Timing]) -> str:
    def figures(values: list[float]) -> str:
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
        return f"median {statistics.median(ms):6.2f}  p95 {p95:6.2f}  worst {ms[-1]:6.2f}"

    return (
        f"{name:<26} CPU {figures([c for _, c in times])} | "
        f"wall {figures([w for w, _ in times])} ms"
    )


async def measure(workspace: Path) -> None:
    text = long_draft()
    (workspace / "drafts" / "bench.txt").write_text(text, encoding="utf-8")
    editor_module.CHECK_DELAY = 3600.0  # no re-check while typing: only the keys are timed
    editor_module.SAVE_DELAY = 3600.0
    app = app_module.PsassistApp(
        workspace,
        Settings(),
        grammar=False,
        blink=False,
        pipeline=load_pipeline(),
        today=date(2026, 9, 1),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        from psassist.tui.screens.drafts import DraftsScreen
        from psassist.tui.screens.editor import EditorScreen

        while not isinstance(app.screen, DraftsScreen):
            await pilot.pause(0.05)
        app.screen.open_draft("bench")
        while not (isinstance(app.screen, EditorScreen) and app.screen.report is not None):
            await pilot.pause(0.05)
        screen = app.screen
        report = screen.report
        assert report is not None
        area = screen.query_one(MarkedTextArea)
        findings = topped_up(text, report.findings)
        checked = len(report.findings)
        middle = text.count("\n", 0, len(text) // 2)
        area.move_cursor((middle, 0))
        area.scroll_cursor_visible(center=True)
        await pilot.pause()

        edited_at: list[float] = []
        rendered_at: list[tuple[float, float]] = []  # (wall, CPU) once the edit is drawn
        drawn = asyncio.Event()
        display, edit = app._display, area.edit

        def rendered(*args: Any) -> None:  # called with each screen update, once rendered
            if edited_at and not drawn.is_set():
                rendered_at.append((time.perf_counter(), time.process_time()))
                drawn.set()
            display(*args)

        def edited(*args: Any) -> Any:
            result = edit(*args)
            edited_at.append(time.perf_counter())
            return result

        app._display = rendered  # type: ignore[method-assign]
        area.edit = edited  # type: ignore[method-assign]
        driver = app._driver
        assert driver is not None

        async def typing(marked: bool) -> tuple[list[Timing], list[Timing]]:
            area.show_findings(area.text, findings if marked else [])
            screen._on_timer_update()
            work, through = [], []
            for n in range(KEYS):
                typed = n % 2 == 0  # type a letter, then delete it
                wall, cpu = time.perf_counter(), time.process_time()
                if typed:
                    area.insert("x")
                else:
                    area.action_delete_left()
                screen._dirty_widgets.add(area)  # as the text area's Update message does
                screen._on_timer_update()  # the repaint of the text area
                work.append((time.perf_counter() - wall, time.process_time() - cpu))
                await pilot.pause()
                edited_at.clear()
                drawn.clear()
                wall, cpu = time.perf_counter(), time.process_time()
                driver.send_message(
                    events.Key("x", "x") if typed else events.Key("backspace", None)
                )
                await drawn.wait()
                through.append((rendered_at[-1][0] - wall, rendered_at[-1][1] - cpu))
            return work, through

        marked_work, marked_through = await typing(marked=True)
        marks = len(area.marks)
        plain_work, plain_through = await typing(marked=False)
        wall, cpu = time.perf_counter(), time.process_time()
        area.show_findings(area.text, findings)
        screen._dirty_widgets.add(area)
        screen._on_timer_update()
        replaced = (time.perf_counter() - wall, time.process_time() - cpu)

    load = os.getloadavg()[0]
    print(
        f"load average {load:.1f} on {os.cpu_count()} cores: the wall-clock figures include "
        f"waiting for a core; the CPU figures are this process's own work"
    )
    print(
        f"draft {len(text):,} characters, {marks} marks ({checked} from the checker, "
        f"grammar off; the rest spelling/grammar marks), {KEYS} keystrokes x 2 each"
    )
    print(summary("keystroke work, 300 marks", marked_work))
    print(summary("key to repaint, 300 marks", marked_through))
    print(summary("keystroke work, no marks", plain_work))
    print(summary("key to repaint, no marks", plain_through))
    print(
        f"{'re-check replacing marks':<26} CPU {replaced[1] * 1000:6.2f} | wall "
        f"{replaced[0] * 1000:6.2f} ms (placing 300 marks and the repaint)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "workspace"
        shutil.copytree(REPO / "samples" / "workspace", workspace)
        asyncio.run(measure(workspace))


if __name__ == "__main__":
    main()
