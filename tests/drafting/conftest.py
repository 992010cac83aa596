"""The catalog, the sample applicant's answers and the built-in templates, shared by tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.drafting.answers import Answers, parse_answers
from psassist.drafting.catalog import Catalog, load_catalog
from psassist.drafting.templates import TemplateLibrary

from ..conftest import REPO

SAMPLE_WORKSPACE = REPO / "samples" / "workspace"
SAMPLE_ANSWERS = SAMPLE_WORKSPACE / "answers.toml"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def sample_answers(catalog: Catalog) -> Answers:
    return parse_answers(SAMPLE_ANSWERS.read_text(encoding="utf-8"), str(SAMPLE_ANSWERS), catalog)


@pytest.fixture
def library() -> TemplateLibrary:
    return TemplateLibrary()


def user_templates(folder: Path, files: dict[str, str]) -> TemplateLibrary:
    """A library whose user folder holds `files` (name -> template source)."""
    for name, source in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return TemplateLibrary([("workspace", folder)])
