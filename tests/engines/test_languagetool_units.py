"""Parts of the LanguageTool engine that need no server: offsets, pieces, folders, state."""

from __future__ import annotations

import http.server
import json
import os
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psassist.config import LanguageToolSettings, Settings
from psassist.engines.languagetool import LanguageToolError
from psassist.engines.languagetool.client import (
    LanguageToolClient,
    _match,
    split_text,
    utf16_to_code_points,
)
from psassist.engines.languagetool.installation import inspect_directory, locate
from psassist.engines.languagetool.state import (
    ServerState,
    process_alive,
    read_state,
    remove_state,
    write_state,
)
from psassist.engines.languagetool.transport import (
    LanguageToolConnectionError,
    is_loopback,
    normalize_url,
)

LT_ANSWER = {
    "offset": 3,  # UTF-16: "😀 " is 3 units, 2 code points
    "length": 7,
    "message": "Possible spelling mistake found.",
    "shortMessage": "Spelling mistake",
    "replacements": [{"value": v} for v in ("example", "examples", "a", "b", "c", "d")],
    "sentence": "😀 exampel",
    "rule": {
        "id": "MORFOLOGIK_RULE_EN_US",
        "issueType": "misspelling",
        "category": {"id": "TYPOS", "name": "Possible Typo"},
    },
}


def test_match_from_languagetool_answer() -> None:
    text = "😀 exampel"
    match = _match(dict(LT_ANSWER), utf16_to_code_points(text))
    assert text[match.offset : match.offset + match.length] == "exampel"
    assert match.category_name == "Possible Typo"
    assert match.short_message == "Spelling mistake"
    assert match.replacements == ("example", "examples", "a", "b", "c")


def test_match_tolerates_missing_fields() -> None:
    match = _match({"offset": 0, "length": 1}, utf16_to_code_points("x"))
    assert (match.rule_id, match.replacements, match.short_message) == ("", (), "")


@given(st.text(alphabet=st.sampled_from("ab é😀\U0001d4ae\n"), max_size=40), st.data())
def test_utf16_offsets_map_to_code_points(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    utf16_start = len(text[:start].encode("utf-16-le")) // 2
    utf16_end = len(text[:end].encode("utf-16-le")) // 2
    convert = utf16_to_code_points(text)
    assert (convert(utf16_start), convert(utf16_end)) == (start, end)


@given(st.text(alphabet=st.sampled_from("ab. \n"), max_size=300), st.integers(1, 50))
def test_pieces_cover_the_text_exactly(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert all(text[start : start + len(piece)] == piece for start, piece in pieces)


def test_pieces_end_at_paragraph_breaks() -> None:
    text = "First paragraph here.\n\nSecond one, a bit longer.\n\nThird."
    pieces = [piece for _, piece in split_text(text, 30)]
    assert pieces == ["First paragraph here.\n\n", "Second one, a bit longer.\n\n", "Third."]


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("http://localhost:8081", "http://localhost:8081"),
        ("http://localhost:8081/", "http://localhost:8081"),
        ("http://localhost:8081/v2/", "http://localhost:8081"),
        ("https://lt.example.org/api/v2", "https://lt.example.org/api"),
    ],
)
def test_normalize_url(raw: str, normal: str) -> None:
    assert normalize_url(raw) == normal
    assert LanguageToolClient(raw).url == normal


@pytest.mark.parametrize("raw", ["localhost:8081", "ftp://x/", "http://", ""])
def test_bad_urls(raw: str) -> None:
    with pytest.raises(LanguageToolError, match="must look like http://host:port"):
        normalize_url(raw)


def test_loopback_detection() -> None:
    assert is_loopback("http://127.0.0.1:1/v2/check")
    assert is_loopback("http://localhost:1")
    assert is_loopback("http://[::1]:1")
    assert not is_loopback("http://192.168.1.10:8081")
    assert not is_loopback("https://api.languagetool.org")


def jar_with_manifest(path: Path, version: str) -> Path:
    with zipfile.ZipFile(path, "w") as jar:
        # Folded manifest lines, as Maven writes them.
        manifest = f"Class-Path: libs/a.jar libs/b\n .jar\nComponentVersion: {version}\n"
        jar.writestr("META-INF/MANIFEST.MF", manifest)
    return path


def test_folder_of_jars(tmp_path: Path) -> None:
    jar_with_manifest(tmp_path / "languagetool-server-6.8.jar", "6.8")
    found = inspect_directory(tmp_path)
    assert (found.kind, found.version, found.classpath) == ("jars", "6.8", f"{tmp_path}/*")


def test_distribution_folder(tmp_path: Path) -> None:
    folder = tmp_path / "LanguageTool-6.6"
    folder.mkdir()
    jar_with_manifest(folder / "languagetool-server.jar", "6.6")
    found = inspect_directory(folder)
    assert found.kind == "distribution" and found.version == "6.6"
    assert found.classpath == str(folder / "languagetool-server.jar")


def test_psassist_copy_given_by_its_version_folder(tmp_path: Path) -> None:
    (tmp_path / "6.7" / "lib").mkdir(parents=True)
    jar_with_manifest(tmp_path / "6.7" / "lib" / "languagetool-server-6.7.jar", "6.7")
    assert inspect_directory(tmp_path / "6.7").directory == tmp_path / "6.7" / "lib"


def test_directory_setting_that_is_wrong_is_an_error(tmp_path: Path) -> None:
    settings = Settings(languagetool=LanguageToolSettings(directory=str(tmp_path / "nope")))
    with pytest.raises(LanguageToolError, match="does not exist"):
        locate(settings)


def test_state_round_trip_and_corrupt_file(tmp_path: Path) -> None:
    state = ServerState(1, 2, 8081, "6.7", "/lt", "/lt/*", "1g", 10.0, 0.0, "abc")
    write_state(state, tmp_path)
    assert read_state(tmp_path) == state
    assert state.url == "http://127.0.0.1:8081"
    remove_state(tmp_path, token="other")  # not ours: kept
    assert read_state(tmp_path) == state
    remove_state(tmp_path, token="abc")
    assert read_state(tmp_path) is None
    (tmp_path / "languagetool.json").write_text(json.dumps({"port": 1}))
    assert read_state(tmp_path) is None


def test_process_alive_checks_the_program() -> None:
    assert process_alive(os.getpid(), "python") or process_alive(os.getpid(), "pytest")
    assert not process_alive(os.getpid(), "org.languagetool.server.HTTPServer")
    assert not process_alive(0, "x")
    assert not process_alive(2**22 + 12345, "x")


class Misbehaving(http.server.BaseHTTPRequestHandler):
    """/slow never answers in time, /broken fails, /html is not JSON."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path.startswith("/slow"):
            time.sleep(2)
            return
        if self.path.startswith("/broken"):
            self.send_error(500, "boom")
            return
        body = b"<html>hello</html>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def misbehaving() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_server_failures_become_language_tool_errors(misbehaving: str) -> None:
    with pytest.raises(LanguageToolError, match="answered HTTP 500"):
        LanguageToolClient(misbehaving + "/broken").check("Text.")
    with pytest.raises(LanguageToolError, match="did not answer with JSON"):
        LanguageToolClient(misbehaving + "/html").check("Text.")


def test_slow_server_times_out_without_reconnecting(misbehaving: str) -> None:
    reconnects: list[int] = []

    def reconnect() -> str:
        reconnects.append(1)
        return misbehaving

    client = LanguageToolClient(misbehaving + "/slow", timeout=0.3, reconnect=reconnect)
    with pytest.raises(LanguageToolError, match="did not answer within") as caught:
        client.check("Text.")
    assert not isinstance(caught.value, LanguageToolConnectionError)
    assert reconnects == []


def test_refused_connection_reconnects_once(misbehaving: str) -> None:
    from psassist.engines.languagetool.server import free_port

    uses: list[int] = []
    client = LanguageToolClient(
        f"http://127.0.0.1:{free_port()}",
        reconnect=lambda: misbehaving + "/html",
        on_use=lambda: uses.append(1),
    )
    with pytest.raises(LanguageToolError, match="did not answer with JSON"):
        client.check("Text.")
    assert client.url == misbehaving + "/html"
    assert len(uses) == 2  # heartbeat before and after the request
