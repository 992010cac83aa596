"""The shared paragraph cache: only changed paragraphs reach LanguageTool, offsets stay right.

The client below stands in for a LanguageTool server so the cache itself is what is
measured (what it sends, what it returns); the real server is exercised in
tests/engines and by the app tests.
"""

from __future__ import annotations

from psassist.checks.paragraph_cache import ParagraphGrammar
from psassist.engines.languagetool import LanguageToolError
from psassist.engines.languagetool.client import LTMatch


class TehClient:
    """Flags every "teh" as a LanguageTool spelling match would; remembers what it was sent."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def describe(self) -> str:
        return "teh client"

    def check(self, text: str) -> list[LTMatch]:
        self.asked.append(text)
        found = []
        start = text.find("teh")
        while start >= 0:
            found.append(LTMatch(start, 3, "MORFOLOGIK_RULE_EN_US", "TYPOS", "Typos",
                                 "misspelling", "Possible spelling mistake", "", ("the",), ""))
            start = text.find("teh", start + 1)
        return found


class BrokenClient(TehClient):
    def check(self, text: str) -> list[LTMatch]:
        raise LanguageToolError("the server went away")


def test_without_a_client_there_is_no_grammar_and_the_status_says_why() -> None:
    grammar = ParagraphGrammar()
    assert grammar.check("teh") is None
    assert grammar.status().status == "unavailable"
    assert grammar.status().detail == "starting"
    grammar.fail("Java is not installed; run psassist doctor")
    assert grammar.status().detail.startswith("Java is not installed")


def test_only_changed_paragraphs_are_sent_and_offsets_are_whole_text() -> None:
    grammar = ParagraphGrammar()
    client = TehClient()
    grammar.attach(client)
    first_text = "One teh para.\n\nTwo teh para.\n"
    second_text = "One teh para.\n\nTwo para, changed teh.\n"
    first = grammar.check(first_text) or []
    second = grammar.check(second_text) or []
    assert client.asked == ["One teh para.", "Two teh para.", "Two para, changed teh."]
    assert grammar.sent == client.asked
    assert [first_text[m.offset:m.offset + 3] for m in first] == ["teh", "teh"]
    assert [second_text[m.offset:m.offset + 3] for m in second] == ["teh", "teh"]
    assert grammar.status().status == "ok"
    assert grammar.status().detail == "teh client"


def test_start_hands_the_checker_a_finished_future() -> None:
    grammar = ParagraphGrammar()
    grammar.attach(TehClient())
    future = grammar.start("A teh.")
    assert future.done()
    assert [m.offset for m in future.result() or []] == [2]


def test_the_oldest_paragraph_is_forgotten_at_the_limit() -> None:
    grammar = ParagraphGrammar(limit=2)
    client = TehClient()
    grammar.attach(client)
    for text in ("A.", "B.", "C.", "A."):
        grammar.check(text)
    assert client.asked == ["A.", "B.", "C.", "A."]  # "A." was evicted by "C."
    grammar.check("C.")
    assert client.asked[-1] == "A."  # "C." is still cached


def test_a_failing_client_turns_grammar_off_with_its_reason() -> None:
    grammar = ParagraphGrammar()
    grammar.attach(BrokenClient())
    assert grammar.check("Any text.") is None
    assert grammar.status().status == "unavailable"
    assert grammar.status().detail == "the server went away"
    assert grammar.sent == []
