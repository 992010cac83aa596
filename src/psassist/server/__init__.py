"""The resident checker: one per user and environment, on a 0600 Unix socket.

`psassist check` pays for Python, spaCy and the rules on every run. The resident server
keeps them loaded and runs the very same command (`psassist.cli.main.main`) for each
client, so its output is byte-for-byte what an in-process run prints. The client side,
which must import almost nothing, lives in `psassist.cli.remote`; this package is the
server and is only ever started as `python -m psassist.server`.
"""
