"""Files made to hurt: a zip that lies about its sizes, and paths that are not files.

Each test makes its hostile input itself. Reading must stay bounded in memory and time,
refuse with one line, and let `psassist check` go on with the other files.
"""

from __future__ import annotations

import io
import os
import socket
import struct
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from psassist.text import InputError, read_document
from psassist.text.docx_reader import MAX_PART_BYTES

from ..conftest import REPO

#: What the lying document really inflates to: far past every cap, from ~200 KB on disk.
TRUE_SIZE = 200_000_000


def _lying_docx(claimed_size: int) -> bytes:
    """A real .docx whose document.xml inflates to TRUE_SIZE bytes but claims `claimed_size`.

    Written in chunks so the test itself never holds the inflated text; then the size fields
    of the local header and of the central directory are overwritten with the lie.
    """
    template = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Hello from Word.")
    document.save(template)
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(template) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
                continue
            xml = source.read(info)
            entry = zipfile.ZipInfo("word/document.xml", date_time=info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with target.open(entry, "w") as member:
                member.write(xml)
                padding = b" " * 1_000_000
                for _ in range(TRUE_SIZE // len(padding)):
                    member.write(padding)
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    for signature, size_at, name_length_at, name_at in (
        (b"PK\x03\x04", 22, 26, 30),
        (b"PK\x01\x02", 24, 28, 46),
    ):
        position = data.find(signature)
        while position >= 0:
            length = struct.unpack_from("<H", data, position + name_length_at)[0]
            if data[position + name_at : position + name_at + length] == name:
                struct.pack_into("<I", data, position + size_at, claimed_size)
            position = data.find(signature, position + 4)
    return bytes(data)


@pytest.mark.parametrize("claimed_size", [5_000, MAX_PART_BYTES - 1])
def test_a_zip_lying_about_its_size_is_read_bounded(tmp_path: Path, claimed_size: int) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(_lying_docx(claimed_size))
    assert path.stat().st_size < 1_000_000
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size == claimed_size
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            read_document(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "not a valid Word .docx file (the file is damaged)"
    assert peak < 3 * MAX_PART_BYTES, f"reading took {peak:,} bytes"


def _socket_file(folder: Path) -> tuple[Path, socket.socket]:
    path = folder / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    return path, server


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_files_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "statement.txt"
    os.mkfifo(fifo)
    sock, server = _socket_file(tmp_path)
    try:
        for path, kind in (
            (fifo, "is a named pipe"),
            (sock, "is a socket"),
            (Path("/dev/null"), "is a device"),
        ):
            with pytest.raises(InputError) as caught:
                read_document(path)
            assert caught.value.reason == (
                f"{kind}, not a file; give a statement file, or - for standard input"
            )
    finally:
        server.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_check_goes_on_after_a_named_pipe(tmp_path: Path) -> None:
    """Nobody ever writes to the pipe: the old reader blocked on it for ever."""
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    good = REPO / "samples" / "statements" / "clean-internal-medicine.txt"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "psassist",
            "check",
            "--no-grammar",
            "--no-samples",
            "--format",
            "json",
            str(fifo),
            str(good),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    assert result.returncode == 2  # one file could not be read
    assert result.stderr.splitlines() == [
        f"psassist: {fifo}: is a named pipe, not a file; give a statement file, "
        "or - for standard input"
    ]
    assert '"path": "' + str(good) + '"' in result.stdout
    assert '"words": ' in result.stdout  # the good file was checked
