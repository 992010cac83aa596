"""The vocabulary on the real Hunspell engine: case and affix rules, word formation, drugs."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from psassist.checks.british import american_form
from psassist.checks.vocabulary import Vocabulary
from psassist.checks.word_formation import is_medical_formation
from psassist.engines.hunspell import load_speller
from psassist.engines.medical_lexicon import _deb_member


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small Hunspell word list with the quirk of the real medical one: "Definate"."""
    path = tmp_path_factory.mktemp("lexicon") / "medical.dic"
    path.write_text("3\nDefinate\nstatin/S\nhyperkalemia\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def vocabulary(lexicon: Path) -> Vocabulary:
    return Vocabulary(medical=lexicon)


def test_a_capitalised_list_entry_never_accepts_its_lower_case(vocabulary: Vocabulary) -> None:
    assert vocabulary.knows("Definate")
    assert not vocabulary.knows("definate")
    assert not vocabulary.knows("definately")
    assert not vocabulary.knows("Definately")


def test_list_entries_take_the_affix_rules(vocabulary: Vocabulary) -> None:
    assert vocabulary.knows("statins")
    assert vocabulary.knows("Hyperkalemia")
    assert not vocabulary.knows("statinss")


@pytest.mark.parametrize(
    "word", ["recieve", "successfull", "begining", "occured", "HOspital", "Wich", "neuroprotecive"]
)
def test_misspellings_are_unknown(vocabulary: Vocabulary, word: str) -> None:
    assert not vocabulary.knows(word)


@pytest.mark.parametrize(
    "word",
    [
        "receive",
        "successful",
        "beginning",
        "occurred",
        "Hospital",
        "HOSPITAL",
        "Which",
        "USMLE",
        "clerkships",
    ],
)
def test_correct_words_and_their_capitals_are_known(vocabulary: Vocabulary, word: str) -> None:
    assert vocabulary.knows(word)


def test_acronyms_keep_their_capitals(vocabulary: Vocabulary) -> None:
    assert not vocabulary.knows("Usmle")


@pytest.mark.parametrize(
    "word", ["metformin", "Atorvastatin", "lisinopril", "Ozempic", "semaglutide"]
)
def test_drug_names_are_known(vocabulary: Vocabulary, word: str) -> None:
    assert vocabulary.knows(word)


def test_a_drug_name_one_typo_from_a_common_word_is_not_accepted(vocabulary: Vocabulary) -> None:
    assert not vocabulary.knows("relif")  # a brand name, and a typo of "relief"


@pytest.mark.parametrize(
    "word",
    [
        "neuroprotective",
        "immunohistochemistry",
        "cardio-oncology",
        "gastritis",
        "colectomy",
        "neuroinflammation",
        "cardiotoxicity",
        "Neuroprotective",
    ],
)
def test_medical_word_formation(vocabulary: Vocabulary, word: str) -> None:
    assert vocabulary.knows(word)


@pytest.mark.parametrize(
    "word", ["neurorecieve", "neurolgy", "superceded", "cardio-onclogy", "gastrtis"]
)
def test_word_formation_needs_every_part_known(word: str) -> None:
    assert not is_medical_formation(word, load_speller().lookup)


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("colour", "color"),
        ("organised", "organized"),
        ("paediatrics", "pediatrics"),
        ("travelled", "traveled"),
        ("licence", "license"),
        ("programme", "program"),
        ("oedema", "edema"),
        ("centre", "center"),
        ("Counselling", "Counseling"),
    ],
)
def test_british_forms(british: str, american: str) -> None:
    assert american_form(british, load_speller().lookup) == american


@pytest.mark.parametrize("word", ["successfull", "carefull", "untill", "expence", "sentense"])
def test_misspellings_are_not_british(word: str) -> None:
    assert american_form(word, load_speller().lookup, (word[:-1],)) is None


def _ar(members: dict[str, bytes]) -> bytes:
    out = b"!<arch>\n"
    for name, body in members.items():
        header = f"{name + '/':<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(body):<10}`\n"
        out += header.encode("ascii") + body + (b"\n" if len(body) % 2 else b"")
    return out


def test_a_debian_package_is_read_without_dpkg() -> None:
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as tar:
        info = tarfile.TarInfo("./usr/share/hunspell/en_med_glut.dic")
        body = b"1\nstatin/S\n"
        info.size = len(body)
        tar.addfile(info, io.BytesIO(body))
    deb = _ar({"debian-binary": b"2.0\n", "control.tar.xz": b"x", "data.tar.xz": data.getvalue()})
    assert _deb_member(deb, "data.tar") == data.getvalue()
    with pytest.raises(ValueError, match="not a Debian package"):
        _deb_member(b"PK\x03\x04", "data.tar")
