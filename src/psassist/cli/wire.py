"""Messages between `psassist check` and the resident server: length-prefixed JSON.

Standard library only: the client imports this on its way to the socket, before spaCy or
any rule, so a warm `psassist check` costs little more than starting Python.
"""

from __future__ import annotations

import json
import socket
import struct
from typing import Any

_HEADER = struct.Struct("!I")
#: Far above any request (a statement is capped at a few MB) and any report.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024


class WireError(Exception):
    """The other side closed the connection or sent something that is not a message."""


def send_message(connection: socket.socket, message: dict[str, Any]) -> None:
    payload = json.dumps(message).encode("ascii")
    connection.sendall(_HEADER.pack(len(payload)) + payload)


def receive_message(connection: socket.socket) -> dict[str, Any]:
    (size,) = _HEADER.unpack(_receive_exactly(connection, _HEADER.size))
    if size > MAX_MESSAGE_BYTES:
        raise WireError(f"message of {size} bytes is too large")
    try:
        message = json.loads(_receive_exactly(connection, size))
    except ValueError as exc:
        raise WireError(f"not a message: {exc}") from exc
    if not isinstance(message, dict):
        raise WireError("not a message: expected an object")
    return message


def _receive_exactly(connection: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = connection.recv(min(size - len(chunks), 1 << 20))
        if not chunk:
            raise WireError("connection closed")
        chunks += chunk
    return bytes(chunks)
