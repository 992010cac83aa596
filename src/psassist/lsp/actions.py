"""Code actions for the findings in a range: apply a fix, add a word, ignore a rule.

- A fix is offered only for rules whose suggestions are replacement text (the registry's
  `replaces`); other rules' suggestions are advice, shown in the hover.
- "Add to dictionary" appends the word to the user's dictionary (`checks.vocabulary`),
  which the checker, the app and `psassist check` all read.
- "Ignore in this file" is a server command: see `session.Session.ignore_rule`.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from psassist.findings import Finding
from psassist.lsp.diagnostics import known_rule, to_diagnostic
from psassist.lsp.positions import DocumentText

ADD_TO_DICTIONARY = "psassist.addToDictionary"
IGNORE_RULE = "psassist.ignoreRule"
COMMANDS = (ADD_TO_DICTIONARY, IGNORE_RULE)
#: Rules whose findings the user dictionary silences (British spellings are found
#: before the dictionary is asked, so a word there would not help).
DICTIONARY_RULES = frozenset({"spelling.misspelling", "spelling.unknown-name"})
MAX_FIXES = 3


def _overlaps(finding: Finding, start: int, end: int) -> bool:
    return finding.start <= end and start <= finding.end


def _fixes(
    finding: Finding, uri: str, document: DocumentText, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    rule = known_rule(finding.rule)
    if rule is None or not rule.replaces:
        return []
    edit_range = document.range(finding.start, finding.end)
    actions: list[types.CodeAction] = []
    for index, suggestion in enumerate(finding.suggestions[:MAX_FIXES]):
        shown = suggestion.strip() or "nothing"
        title = (
            f'Delete "{document.text[finding.start : finding.end]}"'
            if shown == "nothing"
            else f'Replace with "{shown}"'
        )
        actions.append(
            types.CodeAction(
                title=f"{title} ({finding.rule})",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=index == 0,
                edit=types.WorkspaceEdit(
                    changes={uri: [types.TextEdit(range=edit_range, new_text=suggestion)]}
                ),
            )
        )
    return actions


def code_actions(
    findings: Sequence[Finding],
    uri: str,
    document: DocumentText,
    selection: types.Range,
    *,
    fixes: bool = True,
) -> list[types.CodeAction]:
    """The actions for findings touching `selection`.

    `fixes=False` when the document changed since it was checked: an edit computed from
    the old text would land in the wrong place, so only the commands are offered.
    """
    start, end = document.offset(selection.start), document.offset(selection.end)
    actions: list[types.CodeAction] = []
    ignored: set[str] = set()
    for finding in findings:
        if not _overlaps(finding, start, end):
            continue
        diagnostic = to_diagnostic(finding, document)
        if fixes:
            actions.extend(_fixes(finding, uri, document, diagnostic))
        word = document.text[finding.start : finding.end]
        if finding.rule in DICTIONARY_RULES and word.strip():
            actions.append(
                types.CodeAction(
                    title=f'Add "{word}" to your psassist dictionary',
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    command=types.Command(
                        title=f'Add "{word}" to dictionary',
                        command=ADD_TO_DICTIONARY,
                        arguments=[word],
                    ),
                )
            )
        if finding.rule not in ignored:
            ignored.add(finding.rule)
            actions.append(
                types.CodeAction(
                    title=f"Ignore {finding.rule} in this file",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    command=types.Command(
                        title=f"Ignore {finding.rule}",
                        command=IGNORE_RULE,
                        arguments=[uri, finding.rule],
                    ),
                )
            )
    return actions
