"""Wall time from starting psassist in a pseudo-terminal until the drafts list is drawn.

Run by hand (not collected by pytest): `python bench/first_paint.py` times the
`psassist` command; `python bench/first_paint.py --direct` times the app alone,
without the CLI's imports. Prints five runs in milliseconds.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIRECT = (
    "import sys; from pathlib import Path; from psassist.tui import run; "
    "sys.exit(run(Path(sys.argv[-1])))"
)


def first_paint(command: list[str], marker: bytes = b"im-quillmere") -> float | None:
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(command[0], command)
    output = b""
    elapsed = None
    while True:
        ready, _, _ = select.select([fd], [], [], 10)
        if not ready:
            break
        try:
            output += os.read(fd, 65536)
        except OSError:
            break
        if marker in output:
            elapsed = time.perf_counter() - start
            break
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = str(Path(folder) / "workspace")
        shutil.copytree(REPO / "samples" / "workspace", workspace)
        if "--direct" in sys.argv:
            command = [sys.executable, "-c", DIRECT, workspace]
        else:
            command = [str(Path(sys.executable).with_name("psassist")), "--workspace", workspace]
        times = []
        for _ in range(5):
            elapsed = first_paint(command)
            times.append("timeout" if elapsed is None else f"{elapsed * 1000:.0f} ms")
            time.sleep(0.3)
    print("first paint:", ", ".join(times))


if __name__ == "__main__":
    main()
