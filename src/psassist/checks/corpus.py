"""Statements to compare a draft against: the bundled samples and folders the user names."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from psassist.text import InputError, read_document

STATEMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx"})
MAX_CORPUS_FILES = 2_000


#: Sub-folders of samples/ that hold other people's statements. The sample workspace is
#: one applicant's own drafts, which are meant to share text with each other.
CORPUS_FOLDERS = ("statements", "corpus")


def sample_corpus_dirs() -> list[Path]:
    root = samples_dir()
    if root is None:
        return []
    return [root / name for name in CORPUS_FOLDERS if (root / name).is_dir()]


def samples_dir() -> Path | None:
    """The repository's samples/ in a checkout, or the copy shipped inside the wheel."""
    explicit = os.environ.get("PSASSIST_SAMPLES_DIR")
    if explicit:
        return Path(explicit)
    package = Path(__file__).resolve().parent.parent
    for candidate in (package.parent.parent / "samples", package / "_samples"):
        if candidate.is_dir():
            return candidate
    return None


def statement_files(folder: Path) -> list[Path]:
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in STATEMENT_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )
    return files[:MAX_CORPUS_FILES]


def load_corpus(folders: Iterable[Path]) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """(name, text) for every readable statement, and one line per file that was skipped."""
    corpus: list[tuple[str, str]] = []
    skipped: list[str] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in statement_files(folder):
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                document = read_document(path)
            except InputError as exc:
                skipped.append(str(exc))
                continue
            corpus.append((str(path), document.text))
    return tuple(corpus), skipped
