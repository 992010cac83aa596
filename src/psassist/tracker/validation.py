"""What makes a season catalog sound: sourced facts, real dependencies, no cycles, dates in season.

Run on every load, so a bad edit to a data file fails at once with the reason instead of
showing an applicant an unsourced fact or a plan that can never be finished.
"""

from __future__ import annotations

import re
from collections import Counter

from psassist.tracker.catalog import ORGANISATIONS, Catalog, Component
from psassist.tracker.facts import Tag

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://\S+$")


def _cycle(components: tuple[Component, ...]) -> list[str] | None:
    """One dependency cycle as a path of ids, or None."""
    graph = {c.id: c.depends_on for c in components}
    state: dict[str, int] = {}  # 1 visiting, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in graph.get(node, ()):
            if state.get(dep) == 1:
                return [*path[path.index(dep):], dep]
            if dep in graph and state.get(dep) is None:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in graph:
        if state.get(node) is None:
            found = visit(node)
            if found:
                return found
    return None


def _component_problems(catalog: Catalog, component: Component) -> list[str]:
    where = f"component {component.id}"
    known = set(catalog.ids)
    problems = []
    if not _ID.match(component.id):
        problems.append(f"{where}: ids use lowercase letters, digits and -")
    if not component.sources:
        problems.append(f"{where}: has no source")
    if component.organisation not in ORGANISATIONS:
        problems.append(f"{where}: organisation must be one of {', '.join(ORGANISATIONS)}")
    for text, name in ((component.title, "title"), (component.who, "who"),
                       (component.explanation, "explanation")):
        if not text.strip() or "\n" in text:
            problems.append(f"{where}: {name} must be one non-empty line")
    for dep in component.depends_on:
        if dep == component.id:
            problems.append(f"{where}: depends on itself")
        elif dep not in known:
            problems.append(f"{where}: depends on unknown component {dep!r}")
    if component.opens and component.due and component.opens.date > component.due.date:
        problems.append(f"{where}: opens ({component.opens.id}) after it is due "
                        f"({component.due.id})")
    return problems


def validate(catalog: Catalog) -> list[str]:
    """Every problem with the catalog, one line each; empty when it is sound."""
    problems: list[str] = []
    season = catalog.season
    first, last = season.starts.date, season.ends.date
    if first >= last:
        problems.append(f"season: starts {first} is not before ends {last}")
    for ident, count in Counter(catalog.ids).items():
        if count > 1:
            problems.append(f"component {ident}: defined {count} times")
    for component in catalog.components:
        problems.extend(_component_problems(catalog, component))
    for fact in catalog.dates:
        where = f"dates.{fact.id}"
        if not fact.sources:
            problems.append(f"{where}: has no source")
        if fact.tag is Tag.UNCONFIRMED:
            problems.append(f"{where}: an unconfirmed date must not be shown; leave it out")
        if not first <= fact.date <= last:
            problems.append(f"{where}: {fact.date} is outside the season ({first} to {last})")
    for source in catalog.sources:
        where = f"sources.{source.id}"
        if not _URL.match(source.url):
            problems.append(f"{where}: url must start with http:// or https://")
        if source.retrieved > season.compiled:
            problems.append(f"{where}: retrieved {source.retrieved}, after the data was "
                            f"compiled ({season.compiled})")
    for name, rule in (("letters_per_program", catalog.letters_per_program),
                       ("statement_characters", catalog.statement_characters)):
        if rule.value <= 0:
            problems.append(f"rules.{name}: value must be a positive number")
        if not rule.sources:
            problems.append(f"rules.{name}: has no source")
    cycle = _cycle(catalog.components)
    if cycle:
        problems.append(f"dependency cycle: {' -> '.join(cycle)}")
    return problems
