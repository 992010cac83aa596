"""Where the resident server of this user and this environment listens.

One server per (psassist version, Python, PSASSIST_* and home/XDG variables): a check
run with other settings never talks to a server that loaded different ones. The folder is
the user's runtime folder, 0700, so no other user can even reach the 0600 socket.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from psassist import __version__

#: Variables that change what a check does or where psassist looks for its files.
_RELEVANT_PREFIXES = ("PSASSIST_",)
_RELEVANT_NAMES = ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")
#: Variables that only change how the answer is shown; passed with each request instead.
DISPLAY_VARIABLES = ("NO_COLOR", "TERM", "COLUMNS")


def runtime_dir() -> Path:
    """PSASSIST_RUNTIME_DIR, else $XDG_RUNTIME_DIR/psassist, else a private temp folder."""
    explicit = os.environ.get("PSASSIST_RUNTIME_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isdir(xdg):
        return Path(xdg) / "psassist"
    return Path(tempfile.gettempdir()) / f"psassist-{os.getuid()}"


def fingerprint() -> str:
    """A short hash of everything that must match between a client and its server."""
    parts = [__version__, sys.executable]
    for name in sorted(os.environ):
        if name.startswith(_RELEVANT_PREFIXES) or name in _RELEVANT_NAMES:
            parts.append(f"{name}={os.environ[name]}")
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def socket_path() -> Path:
    return runtime_dir() / f"check-{fingerprint()}.sock"


def private_dir(folder: Path) -> Path:
    """Create the folder 0700 if needed; refuse one that others can enter or that is not ours."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    status = folder.stat()
    if status.st_uid != os.getuid() or status.st_mode & 0o077:
        raise PermissionError(f"{folder} is not a private folder of this user")
    return folder
