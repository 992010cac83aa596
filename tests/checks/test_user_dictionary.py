"""The user's dictionary: the app's `w` key appends a word once; the vocabulary then knows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.checks.vocabulary import Vocabulary, add_user_word, read_user_dictionary


def test_a_word_is_appended_once_without_its_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "dir" / "dictionary.txt"
    assert add_user_word(path, "Quillmere,") == "Quillmere"
    add_user_word(path, "Quillmere")
    assert path.read_text(encoding="utf-8") == "Quillmere\n"
    assert Vocabulary(read_user_dictionary(path), medical=False).knows("Quillmere")


def test_a_file_without_a_final_newline_gets_one_before_the_word(tmp_path: Path) -> None:
    path = tmp_path / "dictionary.txt"
    path.write_text("Ashgrove", encoding="utf-8")
    add_user_word(path, "Quillmere")
    assert path.read_text(encoding="utf-8") == "Ashgrove\nQuillmere\n"


@pytest.mark.parametrize("word", ["", "  ", "two words", "..."])
def test_what_is_not_one_word_is_refused(tmp_path: Path, word: str) -> None:
    path = tmp_path / "dictionary.txt"
    with pytest.raises(ValueError, match="not one word"):
        add_user_word(path, word)
    assert not path.exists()
