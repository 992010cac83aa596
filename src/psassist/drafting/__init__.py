"""Drafting: the prompt catalog, sandboxed templates, drafts in a workspace, ERAS-safe export.

Modules are imported one by one; the ASCII table shared with the checker lives in
`psassist.text.plain`. Nothing here prints or checks text.
"""
