"""The help screen: what the app does and the keys that matter, on one page."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# psassist

Write, check and track your residency personal statement. Everything is saved in your
workspace folder as you type; every earlier version is kept in its `history/` folder.

## Drafts
- **n** answers the prompts one section at a time (**Ctrl+N** next, **Ctrl+B** back,
  **Ctrl+O** skips an optional section), then assembles a draft from your answers.
- **Enter** opens the highlighted draft.

## Editing and checking
- Type freely; the check runs again a moment after you stop.
- **Tab** or **Ctrl+L** moves between the text and the findings; **Enter** on a finding selects its
  words in the text.
- **a** applies the first suggestion, **i** ignores that rule for this draft,
  **w** adds a word to your personal dictionary.
- Each finding is marked on its words: colour for the category, underline always, bold
  for an error, italic for an info. **F8** / **Shift+F8** move to the next / previous one;
  the line under the text shows it. There, **Ctrl+F** applies its fix and **Ctrl+R**
  ignores its rule. **Alt+1** to **Alt+7** show or hide a category (see the legend).
- **Ctrl+O** writes the ERAS plain text to a file; paste it into MyERAS.
- Hidden characters pasted from PDFs or Word (line separators, form feeds, bells,
  zero-width marks) are shown as symbols such as ␋ ␤ ¶ and kept as they are; **F6**
  replaces them all with line breaks or nothing, as ERAS wants (**Ctrl+Z** undoes it).
- The length is counted as ERAS counts it, against its 28,000-character limit.

## Anywhere
- **Ctrl+P** the command palette (every action), **F1** this help,
  **Ctrl+T** light or dark theme, **Ctrl+Q** save and quit.

The bottom line shows the engines: LanguageTool (grammar and spelling) can take a few
seconds to start; when it cannot run, every other check still does and the line says
why (`psassist doctor` explains how to fix it).

Write in your own words: AAMC requires the statement to be your own work.
"""


class HelpScreen(ModalScreen[None]):
    """Escape, q or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(HELP)

    async def action_dismiss(self, result: object = None) -> None:
        self.dismiss(None)
