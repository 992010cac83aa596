"""What makes a season catalog sound: sourced facts, real dependencies, no cycles, dates in season.

Run on every load, so a bad edit to a data file fails at once with the reason instead of
showing an applicant an unsourced fact or a plan that can never be finished.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from psassist.tracker.catalog import CONDITIONS, ORGANISATIONS, Catalog, Component
from psassist.tracker.facts import Source, Tag

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_URL = re.compile(r"^https?://\S+$")
#: Where an official ([OFF]) source may live: the bodies that set the rules an IMG follows.
#: fsmb.org is the USMLE co-sponsor that registers Step 3; liaisonedu.com runs ResidencyCAS.
OFFICIAL_DOMAINS = ("aamc.org", "nrmp.org", "ecfmg.org", "usmle.org", "liaisonedu.com", "fsmb.org")
SATURDAY = 5


def official_domain(url: str) -> bool:
    """Whether `url` is on one of OFFICIAL_DOMAINS (or a subdomain of one)."""
    host = (urlsplit(url).hostname or "").rstrip(".").casefold()
    return any(host == domain or host.endswith("." + domain) for domain in OFFICIAL_DOMAINS)


def _official_problems(where: str, tag: Tag, sources: tuple[Source, ...]) -> list[str]:
    """An [OFF] fact needs an official source; a source tagged [OFF] an official domain."""
    if tag is Tag.OFFICIAL and not any(s.tag is Tag.OFFICIAL for s in sources):
        return [f"{where}: tagged OFF but none of its sources is official"]
    return []


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
                return [*path[path.index(dep) :], dep]
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
    for text, name in (
        (component.title, "title"),
        (component.who, "who"),
        (component.explanation, "explanation"),
    ):
        if not text.strip() or "\n" in text:
            problems.append(f"{where}: {name} must be one non-empty line")
    for dep in component.depends_on:
        if dep == component.id:
            problems.append(f"{where}: depends on itself")
        elif dep not in known:
            problems.append(f"{where}: depends on unknown component {dep!r}")
    if component.applies is not None and component.applies not in CONDITIONS:
        problems.append(f"{where}: applies must be one of {', '.join(CONDITIONS)}")
    problems.extend(_official_problems(where, component.tag, component.sources))
    if component.opens and component.due and component.opens.date > component.due.date:
        problems.append(
            f"{where}: opens ({component.opens.id}) after it is due ({component.due.id})"
        )
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
        if fact.date.weekday() >= SATURDAY and not fact.weekend_ok:
            problems.append(
                f"{where}: {fact.date} is a {fact.date:%A}; move it to a weekday, "
                "or set weekend_ok = true if its source gives that day"
            )
        problems.extend(_official_problems(where, fact.tag, fact.sources))
    for source in catalog.sources:
        where = f"sources.{source.id}"
        if not _URL.match(source.url):
            problems.append(f"{where}: url must start with http:// or https://")
        if source.tag is Tag.OFFICIAL and not official_domain(source.url):
            problems.append(
                f"{where}: tagged OFF but {source.url} is not on an official "
                f"domain ({', '.join(OFFICIAL_DOMAINS)})"
            )
        if source.retrieved > season.compiled:
            problems.append(
                f"{where}: retrieved {source.retrieved}, after the data was "
                f"compiled ({season.compiled})"
            )
    for name, rule in (
        ("letters_per_program", catalog.letters_per_program),
        ("statement_characters", catalog.statement_characters),
    ):
        if rule.value <= 0:
            problems.append(f"rules.{name}: value must be a positive number")
        if not rule.sources:
            problems.append(f"rules.{name}: has no source")
        problems.extend(_official_problems(f"rules.{name}", rule.tag, rule.sources))
    if not catalog.residencycas.specialties or not catalog.residencycas.sources:
        problems.append("residencycas: needs its specialties and a source")
    signals = catalog.signals
    if signals is not None and (
        not signals.season or not signals.allotments or not signals.sources
    ):
        problems.append("signals: needs the season of its page, allotments and a source")
    cycle = _cycle(catalog.components)
    if cycle:
        problems.append(f"dependency cycle: {' -> '.join(cycle)}")
    return problems
