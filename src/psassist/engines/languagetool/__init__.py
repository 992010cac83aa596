"""LanguageTool as psassist's grammar and spelling engine, run locally or on the user's server.

- `provision()` fetches LanguageTool once (Maven recipe in pom.xml) into the cache;
- `open_languagetool()` gives a `LanguageToolClient`, reusing or starting the local
  server, which a small daemon stops again after `idle_minutes` without use;
- `describe()` reports the setup for `psassist doctor`; `stop_server()` stops the server.
"""

from psassist.engines.languagetool.client import LanguageToolClient, LTMatch
from psassist.engines.languagetool.engine import describe, open_languagetool
from psassist.engines.languagetool.errors import LanguageToolError, LanguageToolUnavailable
from psassist.engines.languagetool.provision import ProvisionError, provision
from psassist.engines.languagetool.server import stop_server

__all__ = [
    "LTMatch",
    "LanguageToolClient",
    "LanguageToolError",
    "LanguageToolUnavailable",
    "ProvisionError",
    "describe",
    "open_languagetool",
    "provision",
    "stop_server",
]
