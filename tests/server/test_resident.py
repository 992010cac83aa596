"""The resident checker, through the real `python -m psassist` command and a real server.

Every test gets its own runtime folder, so its server is its own; LanguageTool is the
session's server (its state folder is in the environment the subprocesses inherit).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from psassist.engines.languagetool import LanguageToolClient

REPO = Path(__file__).resolve().parents[2]
FLAWED = REPO / "samples" / "statements" / "flawed-family-medicine.txt"
CLEAN = REPO / "samples" / "statements" / "clean-internal-medicine.txt"


@pytest.fixture
def runtime(tmp_path: Path, languagetool_client: LanguageToolClient) -> Iterator[dict[str, str]]:
    """An environment whose resident server lives in a folder of this test's own."""
    folder = tmp_path / "run"
    env = {k: v for k, v in os.environ.items() if k != "PSASSIST_NO_SERVER"}
    env["PSASSIST_RUNTIME_DIR"] = str(folder)
    try:
        yield env
    finally:
        subprocess.run(
            [sys.executable, "-m", "psassist", "server", "stop"],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )


def psassist(
    env: dict[str, str],
    *args: str,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "psassist", *args],
        env=env,
        input=stdin,
        capture_output=True,
        timeout=180,
        check=False,
        cwd=REPO,
    )


def server_pid(env: dict[str, str]) -> int | None:
    status = psassist(env, "server", "status").stdout.decode()
    if "running (pid " not in status:
        return None
    return int(status.split("(pid ")[1].split(")")[0])


def socket_file(env: dict[str, str]) -> Path:
    [path] = Path(env["PSASSIST_RUNTIME_DIR"]).glob("check-*.sock")
    return path


@pytest.mark.languagetool
@pytest.mark.parametrize(
    "args",
    [
        ("check", str(FLAWED.relative_to(REPO))),
        ("check", "--format", "json", str(FLAWED), str(CLEAN)),
        ("check", "--color", "always", "--min-severity", "warning", str(FLAWED)),
        ("check", "missing.txt", str(CLEAN)),
        ("check", "--fail-on", "bogus", str(CLEAN)),
        ("check", str(REPO / "samples")),
    ],
)
def test_the_server_prints_byte_for_byte_what_the_process_prints(
    runtime: dict[str, str],
    args: tuple[str, ...],
) -> None:
    in_process = psassist(runtime, *args, "--no-server")  # also warms LanguageTool up
    served = psassist(runtime, *args)
    assert server_pid(runtime) is not None
    assert (served.returncode, served.stdout, served.stderr) == (
        in_process.returncode,
        in_process.stdout,
        in_process.stderr,
    )


@pytest.mark.languagetool
def test_standard_input_goes_through_the_server(runtime: dict[str, str]) -> None:
    text = FLAWED.read_bytes()
    in_process = psassist(runtime, "check", "--no-server", "-", stdin=text)
    served = psassist(runtime, "check", "-", stdin=text)
    assert server_pid(runtime) is not None
    assert served.stdout == in_process.stdout and served.returncode == in_process.returncode
    assert b"<stdin>" in served.stdout


def test_two_clients_at_once_share_one_server(runtime: dict[str, str]) -> None:
    first = psassist(runtime, "check", "--no-grammar", str(CLEAN))  # starts the server
    pid = server_pid(runtime)
    command = [sys.executable, "-m", "psassist", "check", "--no-grammar"]
    clients = [
        subprocess.Popen(
            [*command, str(path)], env=runtime, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for path in (FLAWED, CLEAN)
    ]
    outputs = [client.communicate(timeout=180) for client in clients]
    assert [c.returncode for c in clients] == [1, first.returncode]
    assert outputs[1][0] == first.stdout
    assert b"flawed-family-medicine.txt" in outputs[0][0]
    assert server_pid(runtime) == pid


def test_a_killed_server_is_replaced(runtime: dict[str, str]) -> None:
    psassist(runtime, "check", "--no-grammar", str(CLEAN))
    pid = server_pid(runtime)
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    result = psassist(runtime, "check", "--no-grammar", str(CLEAN))
    assert result.returncode == 0, result.stderr
    new_pid = server_pid(runtime)
    assert new_pid is not None and new_pid != pid


def test_a_socket_file_left_by_a_dead_server_is_taken_over(runtime: dict[str, str]) -> None:
    folder = Path(runtime["PSASSIST_RUNTIME_DIR"])
    psassist(runtime, "check", "--no-grammar", str(CLEAN))
    path = socket_file(runtime)
    psassist(runtime, "server", "stop")
    _wait_until(lambda: not path.exists())
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a socket file nobody listens on
    stale.close()
    assert path.exists() and folder.is_dir()
    result = psassist(runtime, "check", "--no-grammar", str(CLEAN))
    assert result.returncode == 0, result.stderr
    assert server_pid(runtime) is not None


def test_only_its_owner_can_reach_the_server(runtime: dict[str, str]) -> None:
    psassist(runtime, "check", "--no-grammar", str(CLEAN))
    path = socket_file(runtime)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    if os.geteuid() != 0:
        pytest.skip("needs root to try the connection as another user")
    child = os.fork()
    if child == 0:  # the child becomes "nobody" and tries the socket
        try:
            os.setgid(65534)
            os.setuid(65534)
            socket.socket(socket.AF_UNIX).connect(str(path))
            os._exit(1)
        except PermissionError:
            os._exit(0)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "another user could connect to the server"


def test_the_server_stops_when_idle(runtime: dict[str, str]) -> None:
    runtime["PSASSIST_SERVER_IDLE_MINUTES"] = "0.25"  # 15 seconds
    psassist(runtime, "check", "--no-grammar", str(CLEAN))
    path = socket_file(runtime)
    pid = server_pid(runtime)
    assert pid is not None
    _wait_until(lambda: not path.exists(), seconds=90)
    _wait_until(lambda: not _alive(pid))


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


def _wait_until(condition: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
