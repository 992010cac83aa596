"""The LanguageTool engine against a real server: findings, offsets, reuse, shutdown."""

from __future__ import annotations

import http.server
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from psassist.config import Settings
from psassist.engines.languagetool import (
    LanguageToolClient,
    LanguageToolUnavailable,
    LTMatch,
    describe,
    open_languagetool,
    server,
    stop_server,
)
from psassist.engines.languagetool.server import free_port, running_server
from psassist.engines.languagetool.state import (
    DAEMON_SIGNATURE,
    JAVA_SIGNATURE,
    ServerState,
    process_alive,
    read_state,
    write_state,
)

pytestmark = pytest.mark.languagetool

SCRIPT_S = "\U0001d4ae"  # MATHEMATICAL SCRIPT CAPITAL S, outside the BMP

STATEMENT = (
    "I still remember the night in the emergency department when a young farmer was "
    "brought in with a snake bite. The power had gone out and the only nurse on duty was "
    "caring for three other patients.\n\n"
    "During medical school I was drawn to internal medicine because it rewards curiosity "
    "and persistence. On my medicine rotation I cared for a teacher who had been admitted "
    "three times for heart failure in six months.\n\n"
    "In residency, I hope to join a program that values teaching and service. "
)


def covered(text: str, match: LTMatch) -> str:
    return text[match.offset : match.offset + match.length]


def spelling(matches: list[LTMatch]) -> list[LTMatch]:
    return [m for m in matches if m.issue_type == "misspelling"]


def test_misspelling_and_grammar_error(languagetool_client: LanguageToolClient) -> None:
    text = "This is an exampel of my work. He go to the clinic every day."
    matches = languagetool_client.check(text)
    typo = next(m for m in matches if covered(text, m) == "exampel")
    assert typo.category_id == "TYPOS"
    assert typo.rule_id.startswith("MORFOLOGIK_RULE_EN")
    assert "example" in typo.replacements
    assert len(typo.replacements) <= 5
    assert typo.sentence == "This is an exampel of my work."
    assert typo.message
    grammar = next(m for m in matches if m.issue_type == "grammar")
    assert covered(text, grammar) == "go"
    assert grammar.category_name
    assert "goes" in grammar.replacements


def test_offsets_after_emoji_and_other_non_bmp_characters(
    languagetool_client: LanguageToolClient,
) -> None:
    # 😀, 🩺 and SCRIPT_S each count 2 in Java (UTF-16) and 1 in Python. LanguageTool
    # flags the word with SCRIPT_S, so a match containing one is checked as well.
    text = f"I love medicine 😀🩺 and {SCRIPT_S}cience. This is an exampel. He go to work."
    matches = languagetool_client.check(text)
    assert [covered(text, m) for m in spelling(matches)] == [f"{SCRIPT_S}cience", "exampel"]
    grammar = [m for m in matches if m.issue_type == "grammar"]
    assert [covered(text, m) for m in grammar] == ["go"]


def test_offsets_in_multi_paragraph_text(languagetool_client: LanguageToolClient) -> None:
    text = STATEMENT + "My long-term goal are to practise in a underserved comunity.\n"
    matches = languagetool_client.check(text)
    words = {covered(text, m) for m in matches}
    assert "comunity" in words
    assert "a" in words or "a underserved" in words  # EN_A_VS_AN
    assert all(m.offset >= len(STATEMENT) for m in matches if covered(text, m) == "comunity")


def test_long_text_is_checked_in_pieces_with_the_same_result(
    languagetool_client: LanguageToolClient,
) -> None:
    text = (STATEMENT + "This is an exampel. 😀 He go home.\n\n") * 4
    whole = languagetool_client.check(text)
    pieces = LanguageToolClient(languagetool_client.url, chunk_size=500).check(text)
    assert [covered(text, m) for m in pieces] == [covered(text, m) for m in whole]
    assert [m.offset for m in pieces] == [m.offset for m in whole]
    assert [covered(text, m) for m in spelling(pieces)] == ["exampel"] * 4


def test_empty_and_blank_text(languagetool_client: LanguageToolClient) -> None:
    assert languagetool_client.check("") == []
    assert languagetool_client.check("  \n\n ") == []


def test_warm_check_of_a_statement_is_fast(languagetool_client: LanguageToolClient) -> None:
    text = STATEMENT * 7  # ~650 words
    languagetool_client.check(text)
    began = time.monotonic()
    languagetool_client.check(text)
    assert time.monotonic() - began < 10


def test_environment_proxy_is_not_used_for_the_local_server(
    languagetool_client: LanguageToolClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert spelling(languagetool_client.check("An exampel."))


def test_second_open_reuses_the_server(
    languagetool_client: LanguageToolClient, languagetool_settings: Settings
) -> None:
    before = running_server()
    again = open_languagetool(languagetool_settings)
    after = running_server()
    assert before is not None and after is not None
    assert again.url == languagetool_client.url
    assert after.java_pid == before.java_pid
    assert after.token == before.token
    assert "local server" in again.describe()


def test_server_listens_on_loopback_only(languagetool_client: LanguageToolClient) -> None:
    state = running_server()
    assert state is not None
    addresses = listening_addresses(state.port)
    if addresses is None:
        pytest.skip("no /proc/net to inspect")
    assert addresses, "nothing listens on the server's port"
    assert all(a in ("127.0.0.1", "::ffff:127.0.0.1", "::1") for a in addresses), addresses


def test_describe_reports_the_running_server(
    languagetool_client: LanguageToolClient, languagetool_settings: Settings
) -> None:
    info = describe(languagetool_settings)
    assert info["ok"] is True, info
    java = info["java"]
    assert isinstance(java, dict) and java["ok"] is True and java["major"] >= 17
    if languagetool_settings.languagetool.url:
        return
    assert info["running"] is True
    server = info["server"]
    assert isinstance(server, dict)
    assert server["url"] == languagetool_client.url
    assert process_alive(int(server["java_pid"]), JAVA_SIGNATURE)
    installation = info["installation"]
    assert isinstance(installation, dict) and int(installation["jars"]) > 100


def test_server_url_setting_talks_to_that_server_and_starts_nothing(
    languagetool_client: LanguageToolClient,
    languagetool_settings: Settings,
    private_state: Path,
) -> None:
    lt = replace(languagetool_settings.languagetool, url=languagetool_client.url + "/v2/")
    client = open_languagetool(replace(languagetool_settings, languagetool=lt))
    assert client.url == languagetool_client.url
    assert spelling(client.check("An exampel."))
    assert "your server" in client.describe()
    assert read_state(private_state) is None


def test_wrong_server_url_is_unavailable_quickly(
    languagetool_settings: Settings, private_state: Path
) -> None:
    for url in (f"http://127.0.0.1:{free_port()}", "ftp://example.org/lt"):
        lt = replace(languagetool_settings.languagetool, url=url)
        began = time.monotonic()
        with pytest.raises(LanguageToolUnavailable) as caught:
            open_languagetool(replace(languagetool_settings, languagetool=lt))
        assert time.monotonic() - began < 3
        assert "languagetool.url" in caught.value.reason
        assert "\n" not in caught.value.reason
    assert read_state(private_state) is None


def test_server_that_is_not_languagetool_is_unavailable(
    languagetool_settings: Settings, not_languagetool: str
) -> None:
    lt = replace(languagetool_settings.languagetool, url=not_languagetool)
    with pytest.raises(LanguageToolUnavailable, match="HTTP 404"):
        open_languagetool(replace(languagetool_settings, languagetool=lt))
    info = describe(replace(languagetool_settings, languagetool=lt))
    assert info["ok"] is False and info["answers"] is False


def test_missing_java_gives_a_clear_reason(
    languagetool_settings: Settings, private_state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if languagetool_settings.languagetool.url:
        pytest.skip("the session uses a remote server")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(private_state.parent))  # no java there
    began = time.monotonic()
    with pytest.raises(LanguageToolUnavailable) as caught:
        open_languagetool(languagetool_settings)
    assert time.monotonic() - began < 5
    assert caught.value.reason.startswith("Java not found; install a JDK 17+")
    info = describe(languagetool_settings)
    assert info["ok"] is False and info["problem"] == "Java not found"
    assert read_state(private_state) is None


def test_idle_server_stops_and_a_kept_client_restarts_it(
    languagetool_settings: Settings, private_state: Path
) -> None:
    if languagetool_settings.languagetool.url:
        pytest.skip("the session uses a remote server")
    lt = replace(languagetool_settings.languagetool, idle_minutes=0.05)  # 3 seconds
    client = open_languagetool(replace(languagetool_settings, languagetool=lt))
    first = read_state(private_state)
    assert first is not None
    assert spelling(client.check("An exampel."))
    wait_for(lambda: read_state(private_state) is None, 30)
    wait_for(lambda: not process_alive(first.java_pid, JAVA_SIGNATURE), 15)
    wait_for(lambda: not process_alive(first.daemon_pid, DAEMON_SIGNATURE), 15)
    assert "unused for 0.05 minutes" in (private_state / "languagetool.log").read_text()
    # A long-lived client (the TUI) simply gets a new server on its next check.
    assert spelling(client.check("Another exampel."))
    second = read_state(private_state)
    assert second is not None and second.java_pid != first.java_pid
    assert stop_server(private_state) is True
    assert not process_alive(second.java_pid, JAVA_SIGNATURE)


def test_stale_state_is_replaced_and_a_dead_java_is_noticed(
    languagetool_settings: Settings, private_state: Path
) -> None:
    if languagetool_settings.languagetool.url:
        pytest.skip("the session uses a remote server")
    # A state file left by a crash; its pids now belong to an unrelated process (us).
    stale = ServerState(
        daemon_pid=os.getpid(),
        java_pid=os.getpid(),
        port=free_port(),
        version="6.7",
        lt_dir="/nowhere",
        classpath="/nowhere/*",
        heap="1g",
        idle_minutes=10,
        started=time.time() - 3600,
        token="stale",
    )
    write_state(stale, private_state)
    assert running_server(private_state) is None
    client = open_languagetool(languagetool_settings)
    fresh = read_state(private_state)
    assert fresh is not None and fresh.token != "stale"
    assert client.url == fresh.url
    # If java dies, the daemon removes the state file and exits.
    os.kill(fresh.java_pid, signal.SIGKILL)
    wait_for(lambda: read_state(private_state) is None, 15)
    wait_for(lambda: not process_alive(fresh.daemon_pid, DAEMON_SIGNATURE), 15)
    assert "java exited" in (private_state / "languagetool.log").read_text()


def test_two_processes_opening_at_once_share_one_server(
    languagetool_settings: Settings, private_state: Path
) -> None:
    if languagetool_settings.languagetool.url:
        pytest.skip("the session uses a remote server")
    program = (
        "from psassist.config import load_settings; "
        "from psassist.engines.languagetool import open_languagetool; "
        "print(open_languagetool(load_settings()).url)"
    )
    env = {**os.environ, "PSASSIST_CONFIG": str(private_state.parent / "none.toml")}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", program], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    urls = {run.communicate(timeout=120)[0].strip() for run in runs}
    state = read_state(private_state)
    assert state is not None and urls == {state.url}
    log = (private_state / "languagetool.log").read_text()
    assert log.count("psassist-daemon") and log.count("starting LanguageTool") == 1


def test_port_taken_in_the_meantime_is_retried_once(
    languagetool_settings: Settings, private_state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if languagetool_settings.languagetool.url:
        pytest.skip("the session uses a remote server")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken])
        monkeypatch.setattr(server, "free_port", lambda: next(ports, None) or free_port())
        client = open_languagetool(languagetool_settings)
        assert not client.url.endswith(f":{taken}")
        assert spelling(client.check("An exampel."))
    assert "Address already in use" in (private_state / "languagetool.log").read_text()


def test_stop_server_never_kills_a_process_that_reused_a_pid(private_state: Path) -> None:
    write_state(
        ServerState(os.getpid(), os.getpid(), 1, None, "/x", "/x/*", "1g", 1.0, 0.0, "t"),
        private_state,
    )
    assert stop_server(private_state) is False
    assert read_state(private_state) is None
    assert stop_server(private_state) is False


@pytest.fixture
def not_languagetool() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that answers 404 to everything."""

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404, "no such page")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def wait_for(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {seconds} s")
        time.sleep(0.1)


def listening_addresses(port: int) -> list[str] | None:
    """Local addresses in LISTEN state on `port`, read from /proc/net/tcp{,6}."""
    found: list[str] = []
    seen_any = False
    for name, width in (("tcp", 8), ("tcp6", 32)):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        seen_any = True
        for line in lines:
            fields = line.split()
            address, _, hex_port = fields[1].partition(":")
            if int(hex_port, 16) != port or fields[3] != "0A":
                continue
            found.append(decode_address(address, width))
    return found if seen_any else None


def decode_address(hex_address: str, width: int) -> str:
    raw = bytes.fromhex(hex_address)
    # /proc stores each 32-bit word in host (little-endian) order.
    swapped = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    address = ipaddress.ip_address(swapped)
    if width == 32 and isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return f"::ffff:{address.ipv4_mapped}"
    return str(address)
