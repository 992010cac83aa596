"""The Jinja environment templates run in: sandboxed, strict, and plain text.

Templates may come from an advisor or a download, so they are code we do not trust:
Jinja's sandbox refuses attributes such as `__class__` (no escape to Python), and the
operators that could exhaust memory (`'x' * 10**9`, `9 ** 9 ** 9`) are bounded here.
Undefined names are errors, never empty strings, so a typo in a template cannot silently
drop a paragraph. Errors are turned into one line naming the template and line.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplatesNotFound,
    TemplateSyntaxError,
)
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from psassist.drafting.errors import TemplateError

TEMPLATE_SUFFIX = ".j2"
#: Far above any statement (ERAS takes 28,000 characters); stops runaway repetition.
MAX_TEXT = 200_000
MAX_EXPONENT = 64
#: Bits of an integer power a template may compute (Jinja's ** is left-associative).
MAX_POWER_BITS = 100_000


def _finalize(value: Any) -> Any:
    """`{{ none_value }}` would print "None" into a statement; make it an error instead."""
    if value is None:
        raise TemplateRuntimeValueError("a value is empty (None); test it with {% if %}")
    return value


class TemplateRuntimeValueError(ValueError):
    """Raised inside a template for output that would leave residue in the statement."""


class DraftSandbox(SandboxedEnvironment):
    """SandboxedEnvironment with bounded `*` and `**`."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float):
            too_big = abs(right) > MAX_EXPONENT or (
                isinstance(left, int) and left.bit_length() * abs(right) > MAX_POWER_BITS)
            if too_big:
                raise SecurityError("power too large for a template")
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(times, int) \
                        and len(sequence) * times > MAX_TEXT:
                    raise SecurityError("repetition too large for a template")
        return super().call_binop(context, operator, left, right)


def make_environment(loader: BaseLoader) -> DraftSandbox:
    environment = DraftSandbox(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=False,  # a tag alone on a line leaves a blank line: a paragraph break
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_finalize,
        auto_reload=False,
    )
    environment.globals.pop("lipsum", None)  # generated filler text has no place in a statement
    return environment


_DICT_ATTRIBUTE = re.compile(r"^'dict object' has no attribute '([^']*)'$")


def _reason(exc: BaseException) -> str:
    message = str(exc).strip() or type(exc).__name__
    found = _DICT_ATTRIBUTE.match(message)
    if found:
        return f"nothing is named {found[1]!r} here (check the spelling; answers use section ids)"
    if isinstance(exc, SecurityError):
        return f"not allowed in a template: {message}"
    return message.splitlines()[0]


def _template_frame(exc: BaseException, folders: Sequence[Path]) -> tuple[str, int] | None:
    """The innermost traceback frame that is a line of a template file."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(TEMPLATE_SUFFIX) and frame.lineno:
            found = (frame.filename, frame.lineno)
    if found is None:
        return None
    return display_name(found[0], folders), found[1]


def display_name(filename: str, folders: Sequence[Path]) -> str:
    """A template's name as the user knows it: the full path, so it can be opened."""
    path = Path(filename)
    for folder in folders:
        try:
            path.relative_to(folder)
        except ValueError:
            continue
        return str(path)
    return filename


def template_error(exc: BaseException, folders: Sequence[Path],
                   requested: str) -> TemplateError:
    """One line naming the template and line for anything a template raised."""
    if isinstance(exc, TemplateSyntaxError):
        name = exc.filename or exc.name or requested
        return TemplateError(f"template {display_name(name, folders)}, line {exc.lineno}: "
                             f"{exc.message or 'syntax error'}")
    if isinstance(exc, TemplatesNotFound | TemplateNotFound):
        places = ", ".join(str(f) for f in folders)
        missing = exc.name if isinstance(exc, TemplateNotFound) else requested
        return TemplateError(f"template {missing!s} not found (looked in {places})")
    located = _template_frame(exc, folders)
    if located is None:
        return TemplateError(f"template {requested}: {_reason(exc)}")
    name, line = located
    return TemplateError(f"template {name}, line {line}: {_reason(exc)}")
