"""The prompt catalog: sections, guidance, budgets and specialties, loaded from data.

The catalog is data (`data/prompts.toml`) so advisors can read and improve it without
touching code; this module only validates it strictly (an unknown key or an unknown
source is an error, as in vale's rule loader) and answers questions about it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from psassist.drafting.errors import CatalogError, DraftingError

_ID = re.compile(r"^[a-z][a-z0-9_-]*$")


@dataclass(frozen=True)
class Specialty:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    where: str
    tag: str
    cited_in: str


@dataclass(frozen=True)
class Wording:
    """How a section reads for one specialty: a different question, an extra hint, or both."""

    question: str | None = None
    hint: str | None = None


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    question: str
    words: int
    optional: bool
    program_only: bool
    include: tuple[str, ...]
    avoid: tuple[str, ...]
    example: str
    sources: tuple[str, ...]
    specialties: Mapping[str, Wording]

    def question_for(self, specialty: str | None) -> str:
        wording = self.specialties.get(specialty or "")
        return wording.question if wording and wording.question else self.question

    def include_for(self, specialty: str | None) -> tuple[str, ...]:
        wording = self.specialties.get(specialty or "")
        return (*self.include, wording.hint) if wording and wording.hint else self.include


@dataclass(frozen=True)
class Catalog:
    sections: tuple[Section, ...]
    specialties: tuple[Specialty, ...]
    sources: Mapping[str, Source]
    budget_sources: tuple[str, ...]

    @property
    def section_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sections)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def specialty(self, name: str) -> Specialty:
        """Find a specialty by id, name or alias, in any case; DraftingError lists the known."""
        wanted = " ".join(name.replace("_", "-").split()).casefold()
        for specialty in self.specialties:
            keys = {
                specialty.id,
                specialty.name.casefold(),
                *specialty.aliases,
                specialty.name.casefold().replace(" ", "-"),
            }
            if wanted in keys:
                return specialty
        known = ", ".join(s.name for s in self.specialties)
        raise DraftingError(f"unknown specialty {name!r}; psassist has prompts for: {known}")

    def budget(self, *, optional: bool = True, program: bool = False) -> int:
        """Total words of the sections a statement would use."""
        return sum(
            s.words
            for s in self.sections
            if (optional or not s.optional) and (program or not s.program_only)
        )


def _take(
    table: dict[str, Any],
    where: str,
    required: dict[str, type | tuple[type, ...]],
    optional: dict[str, type | tuple[type, ...]] | None = None,
) -> dict[str, Any]:
    optional = optional or {}
    unknown = set(table) - set(required) - set(optional)
    if unknown:
        raise CatalogError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key, kind in {**required, **optional}.items():
        if key not in table:
            if key in required:
                raise CatalogError(f"{where}: missing {key}")
            continue
        if not isinstance(table[key], kind) or (isinstance(table[key], bool) and kind is int):
            raise CatalogError(f"{where}: {key} has the wrong type")
    return table


def _strings(values: list[Any], where: str) -> tuple[str, ...]:
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise CatalogError(f"{where}: every entry must be non-empty text")
    return tuple(values)


def _specialty(table: dict[str, Any], index: int) -> Specialty:
    where = f"specialties[{index}]"
    _take(table, where, {"id": str, "name": str}, {"aliases": list})
    if not _ID.match(table["id"]):
        raise CatalogError(f"{where}: id {table['id']!r} is not lower-case-with-dashes")
    aliases = _strings(table.get("aliases", []), where)
    return Specialty(table["id"], table["name"], tuple(a.casefold() for a in aliases))


def _section(table: dict[str, Any], specialties: set[str], sources: set[str]) -> Section:
    where = f"section {table.get('id', '?')}"
    _take(
        table,
        where,
        {
            "id": str,
            "title": str,
            "question": str,
            "words": int,
            "include": list,
            "avoid": list,
            "example": str,
            "sources": list,
        },
        {"optional": bool, "program_only": bool, "specialties": dict},
    )
    if not _ID.match(table["id"]) or "-" in table["id"]:
        raise CatalogError(f"{where}: ids are lower_case_with_underscores (used in templates)")
    if table["words"] <= 0:
        raise CatalogError(f"{where}: words must be positive")
    cited = _strings(table["sources"], where)
    if not cited or set(cited) - sources:
        raise CatalogError(f"{where}: cite at least one source, each from [sources]")
    wordings: dict[str, Wording] = {}
    for specialty_id, wording in table.get("specialties", {}).items():
        if specialty_id not in specialties:
            raise CatalogError(f"{where}: unknown specialty {specialty_id!r}")
        _take(wording, f"{where}.{specialty_id}", {}, {"question": str, "hint": str})
        if not wording:
            raise CatalogError(f"{where}.{specialty_id}: give a question or a hint")
        wordings[specialty_id] = Wording(wording.get("question"), wording.get("hint"))
    return Section(
        id=table["id"],
        title=table["title"],
        question=table["question"],
        words=table["words"],
        optional=table.get("optional", False),
        program_only=table.get("program_only", False),
        include=_strings(table["include"], where),
        avoid=_strings(table["avoid"], where),
        example=table["example"],
        sources=cited,
        specialties=MappingProxyType(wordings),
    )


def parse_catalog(data: dict[str, Any]) -> Catalog:
    _take(
        data,
        "catalog",
        {
            "format": int,
            "specialties": list,
            "sources": dict,
            "sections": list,
            "budget_sources": list,
        },
    )
    if data["format"] != 1:
        raise CatalogError(f"catalog format {data['format']} is not supported")
    specialties = tuple(_specialty(t, i) for i, t in enumerate(data["specialties"]))
    sources = {}
    for key, table in data["sources"].items():
        _take(table, f"sources.{key}", {"title": str, "where": str, "tag": str, "cited_in": str})
        sources[key] = Source(key, table["title"], table["where"], table["tag"], table["cited_in"])
    sections = tuple(
        _section(t, {s.id for s in specialties}, set(sources)) for t in data["sections"]
    )
    ids = [s.id for s in sections]
    if len(set(ids)) != len(ids) or len({s.id for s in specialties}) != len(specialties):
        raise CatalogError("catalog: a section or specialty id is used twice")
    budget_sources = _strings(data["budget_sources"], "budget_sources")
    if set(budget_sources) - set(sources):
        raise CatalogError("budget_sources: unknown source")
    return Catalog(sections, specialties, MappingProxyType(sources), budget_sources)


def load_catalog(path: Path | None = None) -> Catalog:
    """The bundled catalog (or one at `path`, for tests and advisors' own catalogs)."""
    try:
        if path is None:
            text = (
                resources.files("psassist.drafting")
                .joinpath("data", "prompts.toml")
                .read_text(encoding="utf-8")
            )
        else:
            text = path.read_text(encoding="utf-8")
        return parse_catalog(tomllib.loads(text))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"prompt catalog: {exc}") from exc
