"""The engine status line: every engine's state on an 80-column terminal, then the reasons."""

from __future__ import annotations

from psassist.findings import EngineStatus
from psassist.tui.widgets.engine_status import STARTING, status_line

READY = EngineStatus("ok", "en_core_web_sm 3.8.0")


def test_all_three_engines_ready_fit_on_one_short_line() -> None:
    line = status_line({"spacy": READY, "languagetool": READY, "harper": READY})
    assert line.plain == "spaCy: ready · LanguageTool: ready · Harper: ready"


def test_engines_not_heard_of_yet_are_starting() -> None:
    assert status_line({}).plain == "spaCy: loading… · LanguageTool: starting… · Harper: starting…"
    assert status_line({"harper": STARTING, "spacy": READY}).plain.endswith("Harper: starting…")


def test_harper_unavailable_says_why() -> None:
    missing = EngineStatus("unavailable", "harper-py is not installed; pip install harper-py")
    line = status_line({"spacy": READY, "languagetool": READY, "harper": missing})
    assert line.plain == (
        "spaCy: ready · LanguageTool: ready · Harper: unavailable — harper-py is not "
        "installed; pip install harper-py; the other checks still run"
    )


def test_two_reasons_are_named() -> None:
    line = status_line(
        {
            "spacy": EngineStatus("fallback", "en_core_web_sm is not installed"),
            "languagetool": READY,
            "harper": EngineStatus("unavailable", "Harper could not start: OSError"),
        }
    )
    assert line.plain.endswith(
        " — spaCy: en_core_web_sm is not installed · Harper: Harper could not start: OSError"
        "; the other checks still run"
    )


def test_every_state_fits_80_columns_before_any_reason() -> None:
    """The widget cuts the line with an ellipsis; only reasons may fall past the cut."""
    worst = status_line(
        {
            "spacy": EngineStatus("fallback", "en_core_web_sm is not installed"),
            "languagetool": EngineStatus("unavailable", "Java 17 or newer is needed"),
            "harper": EngineStatus("unavailable", "harper-py is not installed"),
        }
    ).plain
    states, _, reasons = worst.partition(" — ")
    assert states == "spaCy: fallback · LanguageTool: unavailable · Harper: unavailable"
    assert len(states) <= 80 - 2 - 2  # the widget's padding, and room for " —"
    assert reasons.startswith("spaCy: en_core_web_sm is not installed · LanguageTool: Java")


def test_engine_details_cannot_inject_markup_or_escapes() -> None:
    line = status_line({"harper": EngineStatus("unavailable", "bad \x1b[31m[bold]wheel[/]")})
    assert "\x1b" not in line.plain and "[bold]wheel[/]" in line.plain
