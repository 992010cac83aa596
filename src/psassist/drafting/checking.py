"""How a draft is checked: its program, its specialty and the rules the user ignored for it.

The editor, the tracker's statement status and `psassist check` on a draft's file all
build their check options here, so one draft gets one verdict wherever it is checked.
The ignored rules live in the workspace's `ignored.toml`, one list per draft, written
when the user presses `i` on a finding in the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from psassist.checks.analysis import CheckOptions
from psassist.drafting import drafts
from psassist.drafting.catalog import Catalog
from psassist.drafting.errors import DraftingError
from psassist.workspace import MARKER, Workspace, WorkspaceError

IGNORED = "ignored.toml"
_IGNORED_HEADER = (
    "Rules you chose to ignore, per draft; psassist's UI writes this file.\n"
    "Delete a line to see that rule's findings again."
)


def ignored_rules(workspace: Workspace, draft: str) -> frozenset[str]:
    """The rules ignored for `draft`; WorkspaceError when `ignored.toml` cannot be used."""
    if not workspace.exists(IGNORED):
        return frozenset()
    return frozenset(_rules_in(workspace.read_data(IGNORED), draft))


def _rules_in(data: object, draft: str) -> set[str]:
    """The rule ids listed for `draft` in the parsed `ignored.toml`."""
    rules = data.get(draft, []) if isinstance(data, dict) else []
    return {r for r in rules if isinstance(r, str)} if isinstance(rules, list) else set()


def ignore_rule(workspace: Workspace, draft: str, rule: str) -> frozenset[str]:
    """Remember that `rule` is ignored for `draft`; returns the draft's ignored rules."""
    data: dict[str, Any] = {}
    if workspace.exists(IGNORED):
        loaded = workspace.read_data(IGNORED)
        if not isinstance(loaded, dict):
            raise WorkspaceError(f"{workspace.path(IGNORED)}: expected tables of rule lists")
        data = dict(loaded)
    rules = sorted(_rules_in(data, draft) | {rule})
    data[draft] = rules
    workspace.write_data(IGNORED, data, header=_IGNORED_HEADER)
    return frozenset(rules)


def draft_check_options(
    workspace: Workspace, draft: str, catalog: Catalog, *, with_ignored: bool = True
) -> CheckOptions:
    """The options a draft is checked with, wherever it is checked.

    A draft made by psassist is checked against its program and specialty; a `.txt` put
    in `drafts/` by hand, or one whose settings name an unknown specialty, without them.
    `with_ignored=False` leaves out the ignored rules (for a caller that reported the
    WorkspaceError a broken `ignored.toml` raises and checks anyway).
    """
    program = specialty = None
    try:
        settings = drafts.load_settings(workspace, draft)
        specialty = catalog.specialty(settings.specialty).name
        program = settings.program
    except (DraftingError, WorkspaceError):
        pass  # a draft written by hand: checked without specialty or program
    disabled = ignored_rules(workspace, draft) if with_ignored else frozenset()
    return CheckOptions(program=program, specialty=specialty, disabled_rules=disabled)


@dataclass(frozen=True)
class DraftFile:
    """A file that is a draft's text inside a workspace: `ROOT/drafts/NAME.txt`."""

    root: Path
    name: str


def draft_file(path: str | Path) -> DraftFile | None:
    """The workspace draft `path` is, or None for any other file.

    A file counts only when it is `drafts/NAME.txt` directly inside a folder that holds
    the workspace marker (`workspace.toml`), and NAME is a valid draft name.
    """
    resolved = Path(path).expanduser().absolute()
    folder = resolved.parent
    if resolved.suffix != ".txt" or folder.name != drafts.DRAFTS:
        return None
    root = folder.parent
    if not (root / MARKER).is_file():
        return None
    try:
        name = drafts.check_name(resolved.stem)
    except DraftingError:
        return None
    return DraftFile(root, name)
