"""The rule catalog and the checker. Pure logic: no printing, no terminal UI."""
