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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplatesNotFound,
    TemplateSyntaxError,
    nodes,
)
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import SandboxedEnvironment

from psassist.drafting.bounds import (
    MAX_TEXT,
    TemplateLimitError,
    bounded_filter,
    bounded_iterable,
    check_arguments,
    check_format_string,
    check_weight,
    weight,
)
from psassist.drafting.errors import TemplateError

TEMPLATE_SUFFIX = ".j2"
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


class BoundedCodeGenerator(CodeGenerator):
    """Compiles every loop's iterable and every `~` through the render's limits."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        wrapped = isinstance(node.iter, nodes.Call) and isinstance(
            node.iter.node, nodes.EnvironmentAttribute
        )
        if not wrapped:
            node.iter = nodes.Call(
                nodes.EnvironmentAttribute("bounded_iterable"),
                [node.iter],
                [],
                None,
                None,
                lineno=node.lineno,
            )
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class DraftSandbox(SandboxedEnvironment):
    """SandboxedEnvironment whose calls, filters, operators and loops are bounded."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int | float):
            too_big = abs(right) > MAX_EXPONENT or (
                isinstance(left, int) and left.bit_length() * abs(right) > MAX_POWER_BITS
            )
            if too_big:
                raise SecurityError("power too large for a template")
        if operator == "*":
            if (
                isinstance(left, int)
                and isinstance(right, int)
                and left.bit_length() + right.bit_length() > MAX_POWER_BITS
            ):
                raise SecurityError("product too large for a template")
            for sequence, times in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(times, int)
                    and weight(sequence) * times > MAX_TEXT
                ):
                    raise SecurityError("repetition too large for a template")
        if operator == "%" and isinstance(left, str):
            check_format_string(left, "%")
            for value in right if isinstance(right, tuple) else (right,):
                if "*" in left:
                    check_arguments("format", left, [value], {})
        result = super().call_binop(context, operator, left, right)
        return check_weight(result, f"the result of {operator}")

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(__obj, LoopContext) and args:  # a recursive loop's next level
            args = (bounded_iterable(args[0]), *args[1:])
        function = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped
        target = getattr(function, "__self__", None)
        if isinstance(target, str | list | tuple | dict):
            check_arguments(getattr(function, "__name__", ""), target, list(args), kwargs)
        result = SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)
        return check_weight(result, "a value")

    def bounded_iterable(self, iterable: Any) -> Iterator[Any]:
        return bounded_iterable(iterable)

    def bounded_concat(self, values: tuple[Any, ...]) -> str:
        parts = [str(value) for value in values]
        return str(
            check_weight(
                "".join(parts) if sum(map(len, parts)) <= MAX_TEXT else "x" * (MAX_TEXT + 1),
                "text joined with ~",
            )
        )


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
    environment.filters = {
        name: bounded_filter(name, function) for name, function in environment.filters.items()
    }
    return environment


_DICT_ATTRIBUTE = re.compile(r"^'dict object' has no attribute '([^']*)'$")


def _reason(exc: BaseException) -> str:
    message = str(exc).strip() or type(exc).__name__
    found = _DICT_ATTRIBUTE.match(message)
    if found:
        return f"nothing is named {found[1]!r} here (check the spelling; answers use section ids)"
    if isinstance(exc, RecursionError):
        return (
            "calls itself too deeply: a recursive loop or macro, or templates that "
            "extend or include each other in a loop"
        )
    if isinstance(exc, TemplateLimitError):
        return f"too much for a template: {message}"
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


def template_error(exc: BaseException, folders: Sequence[Path], requested: str) -> TemplateError:
    """One line naming the template and line for anything a template raised."""
    if isinstance(exc, TemplateSyntaxError):
        name = exc.filename or exc.name or requested
        return TemplateError(
            f"template {display_name(name, folders)}, line {exc.lineno}: "
            f"{exc.message or 'syntax error'}"
        )
    if isinstance(exc, TemplatesNotFound | TemplateNotFound):
        places = ", ".join(str(f) for f in folders)
        missing = exc.name if isinstance(exc, TemplateNotFound) else requested
        return TemplateError(f"template {missing!s} not found (looked in {places})")
    located = _template_frame(exc, folders)
    if located is None:
        return TemplateError(f"template {requested}: {_reason(exc)}")
    name, line = located
    return TemplateError(f"template {name}, line {line}: {_reason(exc)}")
