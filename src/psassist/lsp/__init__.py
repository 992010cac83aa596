"""`psassist lsp`: psassist's findings live in any editor, over the Language Server Protocol.

A front end like the CLI and the app: it imports checks, report and drafting, and
nothing below imports it. The modules: `positions` (offsets to LSP positions),
`settings` (the `psassist` configuration section), `diagnostics`, `actions` and `hover`
(findings as LSP answers), `session` (documents and the checker, no LSP framework), and
`server` (the pygls wiring: handlers, debouncing, publishing).
"""
