"""The UI's plain helpers, without Textual."""

from __future__ import annotations

import sys

from psassist.tui.session import location, replacements


def test_location_is_row_and_column() -> None:
    text = "ab\ncd\n\nef"
    assert location(text, 0) == (0, 0)
    assert location(text, 4) == (1, 1)
    assert location(text, 7) == (3, 0)
    assert location(text, 99) == (3, 2)


def test_advice_is_not_a_replacement() -> None:
    assert replacements("grammar.doubled-word", ("the",)) == ["the"]
    assert replacements("style.hedge", ("State it directly.",)) == []


def test_session_helpers_do_not_import_textual() -> None:
    import subprocess

    code = "import sys, psassist.tui.session; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
