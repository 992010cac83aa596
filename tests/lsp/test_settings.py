"""The `psassist` settings section: good values taken, bad ones reported and left out."""

from __future__ import annotations

from pathlib import Path

from psassist.lsp.settings import DEFAULT_DEBOUNCE_MS, LspSettings, parse_settings, section_of


def test_values_from_an_editor(tmp_path: Path) -> None:
    settings = parse_settings(
        {
            "specialty": "Internal Medicine",
            "program": " Mayo Clinic ",
            "disabledRules": ["style.cliche", "readability"],
            "compare": [str(tmp_path)],
            "compareSamples": False,
            "debounceMs": 500,
        }
    )
    assert settings == LspSettings(
        specialty="Internal Medicine",
        program="Mayo Clinic",
        disabled_rules=frozenset({"style.cliche", "readability"}),
        compare=(tmp_path,),
        compare_samples=False,
        debounce_ms=500,
    )
    assert settings.problems == ()


def test_bad_values_are_reported_and_defaulted(tmp_path: Path) -> None:
    settings = parse_settings(
        {
            "specialty": 3,
            "disabledRules": "style.cliche",
            "compare": [str(tmp_path / "no")],
            "compareSamples": "yes",
            "debounceMs": True,
        }
    )
    assert settings.specialty is None
    assert settings.disabled_rules == {"style.cliche"}  # one text is taken as a list of one
    assert settings.compare == () and settings.compare_samples
    assert settings.debounce_ms == DEFAULT_DEBOUNCE_MS
    assert len(settings.problems) == 4
    assert any("not a folder" in p for p in settings.problems)


def test_the_section_may_come_wrapped_or_bare() -> None:
    assert section_of({"psassist": {"program": "X"}}) == {"program": "X"}
    assert section_of({"program": "X"}) == {"program": "X"}
    assert section_of(None) == {}
    assert parse_settings({}) == LspSettings()
