"""Reading a season file (`data/eras-YYYY.toml`) into a Catalog, strictly.

Unknown keys, wrong types and references to missing sources or dates are errors, not
silently ignored: a typo in a data file must never drop a fact or its source.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from psassist.tracker.catalog import Catalog, Component, Season, ServiceSpecialties
from psassist.tracker.errors import CatalogError
from psassist.tracker.facts import DateFact, SeasonLimit, Signals, Source, Tag
from psassist.tracker.validation import validate

SCHEMA = 1
T = TypeVar("T")


@dataclass
class _Reader:
    """Pulls typed values out of TOML tables and records every problem with its place."""

    problems: list[str] = field(default_factory=list)

    def take(
        self, table: dict[str, Any], key: str, kind: type[T], where: str, default: T | None = None
    ) -> T | None:
        if key not in table:
            if default is None:
                self.problems.append(f"{where}: missing {key}")
            return default
        value = table[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problems.append(f"{where}: {key} must be a {kind.__name__}")
            return default
        return value

    def no_extra(self, table: dict[str, Any], known: set[str], where: str) -> None:
        for key in table:
            if key not in known:
                self.problems.append(f"{where}: unknown key {key!r}")

    def tag(self, table: dict[str, Any], where: str) -> Tag:
        text = self.take(table, "tag", str, where) or "UNCONFIRMED"
        try:
            return Tag(text)
        except ValueError:
            self.problems.append(
                f"{where}: tag {text!r} is not one of {', '.join(t.value for t in Tag)}"
            )
            return Tag.UNCONFIRMED

    def strings(self, table: dict[str, Any], key: str, where: str) -> list[str]:
        values = self.take(table, key, list, where, default=[]) or []
        if not all(isinstance(v, str) for v in values):
            self.problems.append(f"{where}: {key} must be a list of strings")
            return []
        return values

    def refs(
        self, table: dict[str, Any], sources: dict[str, Source], where: str
    ) -> tuple[Source, ...]:
        found = []
        for ref in self.strings(table, "sources", where):
            if ref in sources:
                found.append(sources[ref])
            else:
                self.problems.append(f"{where}: unknown source {ref!r}")
        return tuple(found)


def _sources(reader: _Reader, data: dict[str, Any]) -> dict[str, Source]:
    sources = {}
    for key, table in (reader.take(data, "sources", dict, "file") or {}).items():
        where = f"sources.{key}"
        if not isinstance(table, dict):
            reader.problems.append(f"{where} must be a table")
            continue
        reader.no_extra(table, {"title", "url", "tag", "retrieved"}, where)
        sources[key] = Source(
            key,
            reader.take(table, "title", str, where) or "",
            reader.take(table, "url", str, where) or "",
            reader.tag(table, where),
            reader.take(table, "retrieved", date, where) or date.min,
        )
    return sources


def _dates(
    reader: _Reader, data: dict[str, Any], sources: dict[str, Source]
) -> dict[str, DateFact]:
    dates = {}
    for key, table in (reader.take(data, "dates", dict, "file") or {}).items():
        where = f"dates.{key}"
        if not isinstance(table, dict):
            reader.problems.append(f"{where} must be a table")
            continue
        reader.no_extra(table, {"title", "date", "tag", "sources", "note", "weekend_ok"}, where)
        dates[key] = DateFact(
            key,
            reader.take(table, "title", str, where) or key,
            reader.take(table, "date", date, where) or date.min,
            reader.tag(table, where),
            reader.refs(table, sources, where),
            reader.take(table, "note", str, where, default="") or "",
            bool(reader.take(table, "weekend_ok", bool, where, default=False)),
        )
    return dates


def _date_ref(
    reader: _Reader, table: dict[str, Any], key: str, dates: dict[str, DateFact], where: str
) -> DateFact | None:
    ref = reader.take(table, key, str, where, default="")
    if not ref:
        return None
    if ref not in dates:
        reader.problems.append(f"{where}: {key} names an unknown date {ref!r}")
        return None
    return dates[ref]


_COMPONENT_KEYS = {
    "id",
    "title",
    "organisation",
    "who",
    "depends_on",
    "explanation",
    "tag",
    "sources",
    "opens",
    "due",
    "applies",
}


def _components(
    reader: _Reader, data: dict[str, Any], sources: dict[str, Source], dates: dict[str, DateFact]
) -> list[Component]:
    components = []
    for index, table in enumerate(reader.take(data, "components", list, "file") or []):
        where = f"components[{index}]"
        if not isinstance(table, dict):
            reader.problems.append(f"{where} must be a table")
            continue
        ident = reader.take(table, "id", str, where) or f"#{index}"
        where = f"component {ident}"
        reader.no_extra(table, _COMPONENT_KEYS, where)
        components.append(
            Component(
                id=ident,
                title=reader.take(table, "title", str, where) or ident,
                organisation=reader.take(table, "organisation", str, where) or "",
                who=reader.take(table, "who", str, where) or "",
                depends_on=tuple(reader.strings(table, "depends_on", where)),
                explanation=reader.take(table, "explanation", str, where) or "",
                tag=reader.tag(table, where),
                sources=reader.refs(table, sources, where),
                opens=_date_ref(reader, table, "opens", dates, where),
                due=_date_ref(reader, table, "due", dates, where),
                applies=reader.take(table, "applies", str, where, default="") or None,
            )
        )
    return components


def _limit(
    reader: _Reader, rules: dict[str, Any], key: str, sources: dict[str, Source]
) -> SeasonLimit:
    where = f"rules.{key}"
    table = reader.take(rules, key, dict, "rules", default={}) or {}
    reader.no_extra(table, {"value", "tag", "sources"}, where)
    return SeasonLimit(
        reader.take(table, "value", int, where) or 0,
        reader.tag(table, where),
        reader.refs(table, sources, where),
    )


def _residencycas(
    reader: _Reader, data: dict[str, Any], sources: dict[str, Source]
) -> ServiceSpecialties:
    table = reader.take(data, "residencycas", dict, "file") or {}
    reader.no_extra(table, {"specialties", "tag", "sources"}, "residencycas")
    return ServiceSpecialties(
        tuple(reader.strings(table, "specialties", "residencycas")),
        reader.tag(table, "residencycas"),
        reader.refs(table, sources, "residencycas"),
    )


def _signals(reader: _Reader, data: dict[str, Any], sources: dict[str, Source]) -> Signals | None:
    table = reader.take(data, "signals", dict, "file", default={}) or {}
    if not table:
        return None
    reader.no_extra(table, {"season", "allotments", "tag", "sources", "note"}, "signals")
    allotments = reader.take(table, "allotments", dict, "signals") or {}
    if not all(isinstance(v, str) for v in allotments.values()):
        reader.problems.append("signals: allotments must map each specialty to a text")
        allotments = {}
    return Signals(
        reader.take(table, "season", str, "signals") or "",
        tuple(allotments.items()),
        reader.tag(table, "signals"),
        reader.refs(table, sources, "signals"),
        reader.take(table, "note", str, "signals", default="") or "",
    )


def parse_catalog(text: str, name: str) -> tuple[Catalog | None, list[str]]:
    """The catalog in a season file's text and every problem found (empty when it is sound)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [f"{name}: {exc}"]
    reader = _Reader()
    reader.no_extra(
        data,
        {"schema", "season", "rules", "dates", "components", "sources", "residencycas", "signals"},
        "file",
    )
    if data.get("schema") != SCHEMA:
        reader.problems.append(f"file: schema must be {SCHEMA}")
    sources = _sources(reader, data)
    dates = _dates(reader, data, sources)
    components = _components(reader, data, sources, dates)
    rules = reader.take(data, "rules", dict, "file", default={}) or {}
    reader.no_extra(rules, {"letters_per_program", "statement_characters"}, "rules")
    letters, characters = (
        _limit(reader, rules, key, sources)
        for key in ("letters_per_program", "statement_characters")
    )
    table = reader.take(data, "season", dict, "file", default={}) or {}
    reader.no_extra(table, {"id", "name", "match_year", "compiled", "starts", "ends"}, "season")
    starts = _date_ref(reader, table, "starts", dates, "season")
    ends = _date_ref(reader, table, "ends", dates, "season")
    if starts is None or ends is None:
        reader.problems.append("season: starts and ends must name dates")
        return None, [f"{name}: {p}" for p in reader.problems]
    season = Season(
        reader.take(table, "id", str, "season") or "?",
        reader.take(table, "name", str, "season") or "?",
        reader.take(table, "match_year", int, "season") or 0,
        reader.take(table, "compiled", date, "season") or date.min,
        starts,
        ends,
    )
    catalog = Catalog(
        season,
        tuple(components),
        tuple(dates.values()),
        tuple(sources.values()),
        letters,
        characters,
        _residencycas(reader, data, sources),
        _signals(reader, data, sources),
    )
    problems = reader.problems + validate(catalog)
    return catalog, [f"{name}: {p}" for p in problems]


def _data_folder() -> Path:
    return Path(str(resources.files("psassist.tracker") / "data"))


def season_files(folder: Path | None = None) -> dict[str, Path]:
    """The built-in season files by season id (the file name without `.toml`), oldest first."""
    folder = folder or _data_folder()
    return {path.stem: path for path in sorted(folder.glob("*.toml"))}


def load_catalog_file(path: str | Path) -> Catalog:
    """A season file, validated; CatalogError names the first problems."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    catalog, problems = parse_catalog(text, str(path))
    if problems or catalog is None:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise CatalogError("; ".join(problems[:3]) + more)
    return catalog


def load_season(season_id: str, folder: Path | None = None) -> Catalog:
    """A built-in season by id; CatalogError lists the seasons there are."""
    files = season_files(folder)
    key = season_id.strip().casefold()
    if key not in files:
        raise CatalogError(f"no season {season_id!r}; known seasons: {', '.join(files)}")
    return load_catalog_file(files[key])


def builtin_catalogs(folder: Path | None = None) -> list[Catalog]:
    """Every built-in season, validated, in file-name order."""
    return [load_catalog_file(path) for path in season_files(folder).values()]


def later_seasons(catalog: Catalog, folder: Path | None = None) -> tuple[str, ...]:
    """Ids of built-in seasons that start after `catalog`'s, soonest first."""
    others = [
        c for c in builtin_catalogs(folder) if c.season.starts.date > catalog.season.starts.date
    ]
    return tuple(c.season.id for c in sorted(others, key=lambda c: c.season.starts.date))
