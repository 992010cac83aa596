"""Drafts in a workspace: `drafts/NAME.txt` (the text, edited freely) and `drafts/NAME.toml`.

The `.toml` remembers how the draft was made (specialty, template, program) so it can be
rendered again after the answers change. Rendering again replaces the text, but the
workspace keeps the replaced text in its history, and psassist says so when that text had
been edited by hand since the last render.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from psassist.drafting.answers import (
    Answers,
    merged_answers,
    parse_answers,
    read_answers_file,
)
from psassist.drafting.catalog import Catalog
from psassist.drafting.compose import Composition, compose
from psassist.drafting.errors import AnswersError, DraftingError
from psassist.drafting.paragraphs import count_words
from psassist.drafting.templates import TemplateLibrary
from psassist.text import InputError, decode_text, normalize_newlines
from psassist.workspace import DocumentNotFound, Version, Workspace, WorkspaceError, dump_toml

DRAFTS = "drafts"
ANSWERS = "answers.toml"
TEMPLATES = "templates"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_ANSWERS_HEADER = (
    "Your answers to psassist's prompts; the app and `psassist draft` read it.\n"
    "Write in your own words: AAMC requires the statement to be your own work."
)
_SETTINGS_HEADER = (
    "How this draft was made; psassist reads it to render the draft again.\n"
    "The text itself is in the .txt file beside this one: edit that freely."
)


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise DraftingError(
            f"{name!r} is not a draft name: use letters, digits, - and _ "
            "(up to 64, starting with a letter or digit)"
        )
    return name


def text_document(name: str) -> str:
    return f"{DRAFTS}/{check_name(name)}.txt"


def settings_document(name: str) -> str:
    return f"{DRAFTS}/{check_name(name)}.toml"


@dataclass(frozen=True)
class DraftSettings:
    specialty: str  # specialty id
    template: str
    program: str | None = None
    created: datetime | None = None
    rendered: datetime | None = None
    rendered_sha256: str | None = None

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"specialty": self.specialty, "template": self.template}
        for key in ("program", "created", "rendered", "rendered_sha256"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass(frozen=True)
class DraftSummary:
    name: str
    settings: DraftSettings | None  # None: a .txt the user put in drafts/ by hand
    words: int
    modified: datetime
    versions: int
    problem: str | None = None  # why the settings could not be read, if they could not


@dataclass(frozen=True)
class RenderOutcome:
    name: str
    settings: DraftSettings
    composition: Composition
    replaced: Version | None  # the text this render replaced, now in the history
    edited_by_hand: bool  # the replaced text had been edited since the last render


def template_library(root: Path, config_folder: Path | None = None) -> TemplateLibrary:
    """Templates for the workspace at `root`: its `templates/`, the user's, then the built-in."""
    folders = [("workspace", root / TEMPLATES)]
    if config_folder is not None:
        folders.append(("config", config_folder / TEMPLATES))
    return TemplateLibrary(folders)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- answers ------------------------------------------------------------------------------


def save_answers(
    workspace: Workspace, text: str, catalog: Catalog, name: str = ANSWERS
) -> Version | None:
    """Check answers (TOML text) and store them as `answers.toml`; the old file is kept."""
    parse_answers(text, name, catalog)
    return workspace.write_text(ANSWERS, text if text.endswith("\n") else text + "\n")


def save_section_answers(
    workspace: Workspace, catalog: Catalog, answers: Mapping[str, str], program: str | None
) -> Version | None:
    """Write answers given one section at a time (the app's wizard) into `answers.toml`.

    Other answers and tables in the file are kept; see `merged_answers`. ValueError when
    the stored file is not TOML, DraftingError when the result is not valid answers.
    """
    try:
        existing = workspace.read_text(ANSWERS)
    except DocumentNotFound:
        existing = ""
    program_sections = frozenset(s.id for s in catalog.sections if s.program_only)
    data = merged_answers(existing, answers, program, program_sections)
    return save_answers(workspace, dump_toml(data, header=_ANSWERS_HEADER), catalog)


def import_answers(workspace: Workspace, path: str | Path, catalog: Catalog) -> Version | None:
    """Check an answers file and store it as the workspace's `answers.toml`."""
    return save_answers(workspace, read_answers_file(path), catalog, str(path))


def load_answers(workspace: Workspace, catalog: Catalog) -> Answers:
    name = str(workspace.path(ANSWERS))
    try:
        text = workspace.read_text(ANSWERS)
    except DocumentNotFound:
        raise AnswersError(
            f"no answers in {workspace.root} yet: give --answers FILE.toml "
            "(`psassist draft prompts --toml` prints a form to fill in)"
        ) from None
    return parse_answers(text, name, catalog)


# -- settings -----------------------------------------------------------------------------


def load_settings(workspace: Workspace, name: str) -> DraftSettings:
    document = settings_document(name)
    try:
        data = workspace.read_data(document)
    except DocumentNotFound:
        if workspace.exists(text_document(name)):
            raise DraftingError(
                f"draft {name} has no {document}: it was not made by "
                "psassist, so it cannot be rendered (history, diff and "
                "export still work)"
            ) from None
        raise DraftingError(f"no draft named {name} in {workspace.root}") from None
    where = str(workspace.path(document))
    known = {
        "specialty": str,
        "template": str,
        "program": str,
        "created": datetime,
        "rendered": datetime,
        "rendered_sha256": str,
    }
    for key, value in data.items():
        if key not in known:
            raise DraftingError(f"{where}: unknown setting {key!r}")
        if not isinstance(value, known[key]):
            raise DraftingError(f"{where}: {key} has the wrong type")
    for key in ("specialty", "template"):
        if key not in data:
            raise DraftingError(f"{where}: missing {key}")
    return DraftSettings(**data)


def save_settings(workspace: Workspace, name: str, settings: DraftSettings) -> None:
    workspace.write_data(settings_document(name), settings.as_data(), header=_SETTINGS_HEADER)


# -- making and rendering -----------------------------------------------------------------


def _answers(
    workspace: Workspace, catalog: Catalog, answers_file: str | Path | None
) -> tuple[Answers, str | None]:
    """The answers to use: a new file (checked, not yet stored) or the workspace's own."""
    if answers_file is None:
        return load_answers(workspace, catalog), None
    text = read_answers_file(answers_file)
    return parse_answers(text, str(answers_file), catalog), text


def _store_answers(workspace: Workspace, text: str | None) -> None:
    if text is not None:
        workspace.write_text(ANSWERS, text if text.endswith("\n") else text + "\n")


def _compose(
    catalog: Catalog, library: TemplateLibrary, answers: Answers, settings: DraftSettings
) -> Composition:
    specialty = catalog.specialty(settings.specialty)
    return compose(catalog, answers, specialty, settings.template, library, settings.program)


def create_draft(
    workspace: Workspace,
    catalog: Catalog,
    library: TemplateLibrary,
    name: str,
    *,
    specialty: str,
    template: str,
    program: str | None = None,
    answers_file: str | Path | None = None,
) -> RenderOutcome:
    """A new draft; refuses a name in use. Everything is checked before anything is written.

    With `answers_file`, that file becomes the workspace's `answers.toml` (the previous
    one is kept in the history) once the draft renders.
    """
    text_name, settings_name = text_document(name), settings_document(name)
    if workspace.exists(text_name) or workspace.exists(settings_name):
        raise DraftingError(
            f"a draft named {name} already exists; render it again with "
            f"`psassist draft render {name}` or choose another name"
        )
    program = " ".join(program.split()) if program else None
    settings = DraftSettings(catalog.specialty(specialty).id, template, program or None)
    library.check_structure(template)
    answers, new_answers = _answers(workspace, catalog, answers_file)
    composition = _compose(catalog, library, answers, settings)
    now = datetime.now(UTC).replace(microsecond=0)
    settings = replace(
        settings, created=now, rendered=now, rendered_sha256=_sha256(composition.text)
    )
    _store_answers(workspace, new_answers)
    save_settings(workspace, name, settings)  # first: a crash before the text leaves it renderable
    workspace.write_text(text_name, composition.text)
    return RenderOutcome(name, settings, composition, None, False)


def preview_draft(
    workspace: Workspace,
    catalog: Catalog,
    library: TemplateLibrary,
    name: str,
    answers_file: str | Path | None = None,
) -> Composition:
    """What rendering the draft again would produce; nothing is written."""
    settings = load_settings(workspace, name)
    answers, _ = _answers(workspace, catalog, answers_file)
    return _compose(catalog, library, answers, settings)


def render_draft(
    workspace: Workspace,
    catalog: Catalog,
    library: TemplateLibrary,
    name: str,
    answers_file: str | Path | None = None,
    *,
    template: str | None = None,
    specialty: str | None = None,
) -> RenderOutcome:
    """Render a draft again from the answers; the replaced text stays in its history.

    `template` or `specialty` (a name or id) switch the draft to another one. Everything
    is checked and composed before anything is written, so a failure changes nothing.
    The CLI's `draft render` and the app's "render again" both come here.
    """
    before = load_settings(workspace, name)
    settings = replace(
        before,
        template=template or before.template,
        specialty=catalog.specialty(specialty).id if specialty else before.specialty,
    )
    if template:
        library.check_structure(template)
    answers, new_answers = _answers(workspace, catalog, answers_file)
    composition = _compose(catalog, library, answers, settings)
    text_name = text_document(name)
    edited = False
    if workspace.exists(text_name):
        current = read_draft(workspace, name)
        edited = (
            settings.rendered_sha256 is not None and _sha256(current) != settings.rendered_sha256
        )
    _store_answers(workspace, new_answers)
    replaced = workspace.write_text(text_name, composition.text)
    settings = replace(
        settings,
        rendered=datetime.now(UTC).replace(microsecond=0),
        rendered_sha256=_sha256(composition.text),
    )
    save_settings(workspace, name, settings)
    return RenderOutcome(name, settings, composition, replaced, edited and replaced is not None)


# -- reading, history ---------------------------------------------------------------------


def _decode(data: bytes, where: str) -> str:
    try:
        text, _ = decode_text(data, where)
    except InputError as exc:
        raise WorkspaceError(str(exc)) from exc
    return normalize_newlines(text)


def read_draft(workspace: Workspace, name: str) -> str:
    """The draft's current text (UTF-8, or what Notepad or Word saved), newlines normalised."""
    document = text_document(name)
    try:
        data = workspace.read_bytes(document)
    except DocumentNotFound:
        raise DraftingError(f"no draft named {name} in {workspace.root}") from None
    return _decode(data, str(workspace.path(document)))


def draft_versions(workspace: Workspace, name: str) -> list[Version]:
    return workspace.history(text_document(name))


def version_text(workspace: Workspace, name: str, number: int | Version | None) -> str:
    """A saved version of a draft's text (by number, or as listed by `draft_versions`),
    or the current text for None."""
    if number is None:
        return read_draft(workspace, name)
    document = text_document(name)
    label = number.number if isinstance(number, Version) else number
    return _decode(
        workspace.read_version(document, number), f"{workspace.path(document)} version {label}"
    )


def restore_draft(workspace: Workspace, name: str, number: int) -> Version | None:
    """Make an earlier version current; the current text is kept in the history first."""
    return workspace.restore(text_document(name), number)


def list_drafts(workspace: Workspace) -> list[DraftSummary]:
    """Every draft: made by psassist (.toml + .txt), put there by hand (.txt), or half-made."""
    names = sorted(
        {
            document[len(DRAFTS) + 1 :].rsplit(".", 1)[0]
            for suffix in (".txt", ".toml")
            for document in workspace.documents(DRAFTS, suffix)
        }
    )
    summaries = []
    for name in names:
        if not _NAME.match(name):
            continue
        settings, problem = None, None
        if workspace.exists(settings_document(name)):
            try:
                settings = load_settings(workspace, name)
            except (DraftingError, WorkspaceError) as exc:
                problem = str(exc)
        text_path = workspace.path(text_document(name))
        if text_path.is_file():
            words = count_words(read_draft(workspace, name))
            modified = text_path.stat().st_mtime
        else:
            words = 0
            modified = workspace.path(settings_document(name)).stat().st_mtime
            problem = problem or (
                f"draft {name} has no text yet; `psassist draft render {name}` makes it"
            )
        summaries.append(
            DraftSummary(
                name=name,
                settings=settings,
                words=words,
                modified=datetime.fromtimestamp(modified, UTC),
                versions=len(draft_versions(workspace, name)),
                problem=problem,
            )
        )
    return summaries
