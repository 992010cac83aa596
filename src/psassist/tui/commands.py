"""The command palette: every action of the current screen and of the app, "group: action"."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from textual.screen import Screen

#: (title, help, action) offered wherever the app is.
APP_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("app: help", "Keys and how the app works", "app.help"),
    ("app: toggle light/dark theme", "Switch between the light and dark theme", "app.toggle_theme"),
    ("app: drafts", "Go back to the list of drafts", "app.home"),
    ("app: tracker", "The ERAS components and what to do next", "app.tracker"),
    ("app: quit", "Save everything and quit", "app.quit"),
)


def screen_commands(screen: Screen[object]) -> Sequence[tuple[str, str, str]]:
    """A screen lists its own palette entries in a `PALETTE` class attribute."""
    commands: Sequence[tuple[str, str, str]] = getattr(screen, "PALETTE", ())
    return commands


class PsassistCommands(Provider):
    """Offers only what fits the screen that is open, plus the app's own commands."""

    def _commands(self) -> list[tuple[str, str, str]]:
        return [*screen_commands(self.screen), *APP_COMMANDS]

    async def _run(self, action: str) -> None:
        await self.screen.run_action(action)

    async def discover(self) -> Hits:
        for title, help_text, action in self._commands():
            yield DiscoveryHit(title, partial(self._run, action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, action in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(title), partial(self._run, action), help=help_text
                )
