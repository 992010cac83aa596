"""`psassist draft`: make drafts from answers, render them again, and manage their versions.

`parser` builds the command line and `commands` dispatches to `making` (new, render),
`versions` (list, history, diff, restore) and `prompts` (prompts, templates).
"""

from psassist.cli.draft.parser import add_parser

__all__ = ["add_parser"]
