"""Closest known ids for a mistyped one, so an error can say what was probably meant."""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def closest(
    wanted: str, ids: Sequence[str], titles: Sequence[str] = (), limit: int = 3
) -> list[str]:
    """Ids that look like `wanted`: by spelling, by containing it, or by their title."""
    key = wanted.strip().casefold()
    if not key:
        return []
    found = difflib.get_close_matches(key, ids, n=limit, cutoff=0.6)
    for index, known in enumerate(ids):
        title = titles[index].casefold() if index < len(titles) else ""
        if (key in known or (len(key) > 2 and key in title)) and known not in found:
            found.append(known)
    if not found:
        found = difflib.get_close_matches(key, ids, n=limit, cutoff=0.4)
    return found[:limit]
