"""What every command promises about bad input: exit 2 and exactly one line on stderr."""

from __future__ import annotations


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("psassist: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err
