"""A TextArea that shows every character of the user's text and keeps every one of them.

TextArea passes an escape character in the text through to the terminal, where it would
recolour or move the screen, draws a bell or backspace as nothing, and treats a vertical
tab, form feed, NEL or Unicode line separator as a line end that the next keystroke saves
as "\\n". Here each control, format or separator character is drawn as a visible one-cell
picture (Unicode's control pictures, a pilcrow, or U+FFFD) while the document keeps the
real character, so saving never changes what the user wrote. F6 replaces them all with
their ERAS-safe forms, as one edit that Ctrl+Z undoes, when the user asks.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.strip import Strip
from textual.widgets import TextArea

from psassist.text.controls import replace_hidden
from psassist.tui.widgets.exact_document import ExactDocument, VisibleLines, visible_text

__all__ = ["SafeTextArea", "visible_text"]


class SafeTextArea(TextArea):
    """TextArea for user text: control characters are shown, never interpreted or changed."""

    DEFAULT_CSS: ClassVar[str] = """
    SafeTextArea { border: none; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f6",
            "eras_safe",
            "ERAS-safe",
            id="text.eras_safe",
            show=False,
            tooltip="Replace hidden characters (line separators, form feeds, bells, "
            "zero-width marks) with what ERAS accepts",
        ),
    ]

    def _set_document(self, text: str, language: str | None) -> None:
        # Textual 8.2's own Document would split at \v, \f, NEL and U+2028 (see exact_document).
        super()._set_document(text, language)
        self.document = document = ExactDocument(text)
        self.wrapped_document = WrappedDocument(
            VisibleLines(document),  # type: ignore[arg-type]
            tab_width=self.indent_width,
        )
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._rewrap_and_refresh_virtual_size()

    def get_line(self, line_index: int) -> Text:
        return Text(visible_text(self.document.get_line(line_index)), end="", no_wrap=True)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if all(visible_text(s.text) == s.text for s in strip):
            return strip
        width = strip.cell_length
        segments = [Segment(visible_text(s.text), s.style, s.control) for s in strip]
        return Strip(segments).crop_extend(0, width, None)

    def action_eras_safe(self) -> None:
        """Replace every hidden character by its ERAS-safe form, as one undoable edit."""
        if self.read_only:
            self.notify("This draft is open read-only.", severity="warning")
            return
        replaced, count = replace_hidden(self.text)
        if not count:
            self.notify("No hidden characters to replace.")
            return
        self.replace(replaced, self.document.start, self.document.end)
        self.notify(
            f"Replaced {count} hidden character{'s' if count > 1 else ''} with "
            "line breaks or nothing (Ctrl+Z undoes it)."
        )
