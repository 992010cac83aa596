"""What a user types on the command line, turned into dates; mistakes become one clear line."""

from __future__ import annotations

import re
from datetime import date

from psassist.tracker.errors import TrackerError

CLEAR_WORDS = frozenset({"clear", "none", "-"})
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str, what: str = "date") -> date:
    """A YYYY-MM-DD date; anything else is a TrackerError that shows the expected form."""
    try:
        if not _ISO.fullmatch(text.strip()):
            raise ValueError(text)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise TrackerError(f"{text!r} is not a {what}: use YYYY-MM-DD, e.g. 2027-01-31") from None


def parse_optional_day(text: str, what: str = "date") -> date | None:
    """A date, or None for 'clear' (back to the catalog's date, or no date)."""
    if text.strip().casefold() in CLEAR_WORDS:
        return None
    return parse_day(text, what)
