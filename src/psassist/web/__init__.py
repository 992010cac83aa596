"""`psassist web`: the same Textual app in a browser tab, served on 127.0.0.1 only.

Nothing here forks the UI: textual-serve starts one ordinary psassist app process per
browser tab (`psassist.web.child`) and relays its screen over a websocket. The workspace,
autosave, history and lock therefore behave exactly as in the terminal; a second tab on
the same workspace opens read-only, as a second terminal would.
"""

from __future__ import annotations

from psassist.web.server import LOOPBACK, WebServer, app_command, free_port

__all__ = ["LOOPBACK", "WebServer", "app_command", "free_port"]
