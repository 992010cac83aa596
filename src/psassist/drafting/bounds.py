"""Limits for one template render: value sizes, widths, loop steps, work and output.

A template is code from whoever wrote it, and Jinja's sandbox stops escapes to Python but
not exhaustion: `"x"|center(10**9)`, `'{:>999999999}'.format(1)`, `'%999999999s'|format(1)`,
a string doubled forty times with `~`, or loops nested over large ranges. Every call,
filter, operator and loop step passes through here: widths are refused before anything is
allocated, every value made is weighed (characters, or items plus their characters), and
the render has one budget of work and of CPU time. A statement needs a tiny fraction.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from jinja2.exceptions import SecurityError

#: Far above any statement (ERAS takes 28,000 characters); the rendered text and any value.
MAX_TEXT = 200_000
#: Widths and counts given to center, ljust, format, indent, wordwrap, truncate, zfill ...
MAX_WIDTH = 10_000
#: Loop steps, calls, filters and operators in one render.
MAX_STEPS = 50_000
#: Characters made in one render, all values together (what bounds memory and time).
MAX_WORK = 20_000_000
#: CPU seconds for one render: a backstop for work that no counter sees (comparisons).
MAX_CPU_SECONDS = 10.0

#: Callables whose numeric arguments are widths or counts (filters and str methods alike).
_WIDTH_TAKERS = frozenset(
    {
        "center",
        "ljust",
        "rjust",
        "zfill",
        "expandtabs",
        "indent",
        "wordwrap",
        "truncate",
        "format",
        "format_map",
        "do_center",
        "do_indent",
        "do_wordwrap",
        "do_truncate",
        "do_format",
        "filesizeformat",
        "do_filesizeformat",
        "batch",
        "do_batch",
        "slice",
        "do_slice",
    }
)
_NUMBER_IN_FORMAT = re.compile(r"\d+")


class TemplateLimitError(SecurityError):
    """A template asked for more than a statement could need; the message says which limit."""


@dataclass
class RenderBudget:
    steps: int = MAX_STEPS
    work: int = MAX_WORK
    deadline: float = field(default_factory=lambda: time.thread_time() + MAX_CPU_SECONDS)

    def charge(self, made: int = 0) -> None:
        self.steps -= 1
        self.work -= made
        if self.steps < 0:
            raise TemplateLimitError(
                f"more than {MAX_STEPS:,} steps (loops, calls, filters) "
                "in one template; is a loop nested too deep?"
            )
        if self.work < 0:
            raise TemplateLimitError(
                f"made more than {MAX_WORK:,} characters in all; is text built up in a loop?"
            )
        if time.thread_time() > self.deadline:
            raise TemplateLimitError(f"ran for more than {MAX_CPU_SECONDS:.0f} seconds")


_BUDGET: ContextVar[RenderBudget | None] = ContextVar("psassist_template_budget", default=None)


def current_budget() -> RenderBudget:
    """The budget of the render under way; a fresh one if called outside `bounded_render`."""
    budget = _BUDGET.get()
    if budget is None:
        budget = RenderBudget()
        _BUDGET.set(budget)
    return budget


def weight(value: Any) -> int:
    """Characters a value holds: a string's length; a list's items and their characters."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple | set | frozenset | dict):
        items = value.items() if isinstance(value, dict) else value
        return len(value) + sum(
            len(i) if isinstance(i, str) else weight(i) if isinstance(i, tuple) else 1
            for i in items
        )
    try:
        return len(value)  # a range or a view: its items, made one by one
    except TypeError:
        return 0


def check_weight(value: Any, what: str = "a value") -> Any:
    made = weight(value)
    if made > MAX_TEXT:
        raise TemplateLimitError(
            f"{what} of {made:,} characters is more than the "
            f"{MAX_TEXT:,} a statement template may make"
        )
    current_budget().charge(made)
    return value


def _check_number(value: Any, name: str) -> None:
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
        raise TemplateLimitError(
            f"{name}: a width or count of {value:,} is more than {MAX_WIDTH:,}"
        )


def check_format_string(text: str, name: str) -> None:
    """Widths written inside a format string ('%999999s', '{:>999999}')."""
    for number in _NUMBER_IN_FORMAT.findall(text):
        if len(number) > 6 or int(number) > MAX_WIDTH:
            raise TemplateLimitError(
                f"{name}: a width of {int(number):,} is more than {MAX_WIDTH:,}"
            )


def check_arguments(name: str, target: Any, values: list[Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse, before the call, widths and inputs that would make a huge value.

    `target` is what a method is called on, or a filter's value; `values` the rest.
    """
    if name in _WIDTH_TAKERS:
        for value in (*values, *kwargs.values()):
            _check_number(value, name)
        if name in ("format", "format_map", "do_format") and isinstance(target, str):
            check_format_string(target, name)
    made = 0
    if name == "join" and isinstance(target, str) and values:  # str.join: target separates
        made = weight(values[0]) + len(target) * weight(values[0])
    elif name in ("join", "do_join"):  # the join filter: the separator comes second
        separator = values[0] if values else kwargs.get("d", "")
        made = weight(target) + weight(separator) * weight(target)
    elif name in ("replace", "do_replace") and isinstance(target, str) and len(values) > 1:
        made = len(target) + (len(target) + 1) * weight(values[1])
    if made > MAX_TEXT:
        raise TemplateLimitError(
            f"{name} would make about {made:,} characters, more than "
            f"the {MAX_TEXT:,} a statement template may make"
        )


def bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A Jinja filter that checks its arguments and weighs its result."""

    def filter_(*args: Any, **kwargs: Any) -> Any:
        values = [a for a in args if not _is_jinja_plumbing(a)]
        if values:
            check_arguments(name, values[0], values[1:], kwargs)
        return check_weight(function(*args, **kwargs), f"the {name} filter's result")

    filter_.__name__ = getattr(function, "__name__", name)
    filter_.__doc__ = function.__doc__
    filter_.__dict__.update(getattr(function, "__dict__", {}))  # keeps jinja_pass_arg
    return filter_


def _is_jinja_plumbing(value: Any) -> bool:
    from jinja2.environment import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context

    return isinstance(value, Context | EvalContext | Environment)


def bounded_iterable(iterable: Any) -> Iterator[Any]:
    """A loop's items, each step charged to the render's budget."""
    budget = current_budget()
    for item in iterable:
        budget.charge()
        yield item


def bounded_render(chunks: Iterator[str], template: str) -> str:
    """Join a render's output, stopping it inside the template when it grows too long.

    The error is thrown into the template's generator, so its traceback names the line.
    """
    token = _BUDGET.set(RenderBudget())
    try:
        parts: list[str] = []
        size = 0
        for chunk in chunks:
            size += len(chunk)
            parts.append(chunk)
            if size > MAX_TEXT:
                throw = getattr(chunks, "throw", None)
                error = TemplateLimitError(f"the text is longer than {MAX_TEXT:,} characters")
                if throw is not None:
                    throw(error)
                raise error
        return "".join(parts)
    finally:
        _BUDGET.reset(token)
