"""The shared paragraph caches: only changed paragraphs reach LanguageTool and spaCy, and
offsets and findings stay what a fresh check gives.

The client below stands in for a LanguageTool server so the cache itself is what is
measured (what it sends, what it returns); the real server is exercised in
tests/engines and by the app tests.
"""

from __future__ import annotations

from psassist.checks.checker import Checker
from psassist.checks.paragraph_cache import (
    HISTORY,
    ParagraphDocs,
    ParagraphGrammar,
    with_paragraph_docs,
)
from psassist.config import Settings
from psassist.engines.languagetool import LanguageToolError
from psassist.engines.languagetool.client import LTMatch
from psassist.engines.nlp import Pipeline


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
            found.append(
                LTMatch(
                    start,
                    3,
                    "MORFOLOGIK_RULE_EN_US",
                    "TYPOS",
                    "Typos",
                    "misspelling",
                    "Possible spelling mistake",
                    "",
                    ("the",),
                    "",
                )
            )
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
    assert [first_text[m.offset : m.offset + 3] for m in first] == ["teh", "teh"]
    assert [second_text[m.offset : m.offset + 3] for m in second] == ["teh", "teh"]
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


# -- spaCy's parse, per paragraph (real pipeline) ----------------------------------------

STATEMENT = (
    "I saw the the patient at dawn.\n\nShe asked about her mother in Lagos.\n\n"
    "I have always wanted to be a doctor!\n"
)


def _findings(checker: Checker, text: str) -> list[tuple[str, int, int]]:
    report = checker.check_text(text)
    return [(f.finding.rule, f.finding.start, f.finding.end) for f in report.findings]


def test_cached_docs_give_the_same_findings_and_only_changed_paragraphs_are_parsed(
    pipeline: Pipeline, offline_checker: Checker
) -> None:
    cached_pipeline = with_paragraph_docs(pipeline)
    docs = cached_pipeline.nlp
    assert isinstance(docs, ParagraphDocs)
    cached = Checker(Settings(), grammar=False, pipeline=cached_pipeline)
    edited = STATEMENT.replace("at dawn", "at night")
    assert ("grammar.doubled-word", 6, 13) in _findings(offline_checker, STATEMENT)
    assert _findings(cached, STATEMENT) == _findings(offline_checker, STATEMENT)
    assert _findings(cached, edited) == _findings(offline_checker, edited)
    assert docs.parsed == [
        "I saw the the patient at dawn.",
        "She asked about her mother in Lagos.",
        "I have always wanted to be a doctor!",
        "I saw the the patient at night.",
    ]


def test_a_paragraph_twice_in_one_text_is_parsed_once(pipeline: Pipeline) -> None:
    docs = ParagraphDocs(pipeline.nlp, limit=1)
    parsed = docs.pipe(["Same words.", "Same words.", "Other words."])
    assert [doc.text for doc in parsed] == ["Same words.", "Same words.", "Other words."]
    assert docs.parsed == ["Same words.", "Other words."]


def test_the_list_of_sent_paragraphs_keeps_only_the_newest() -> None:
    grammar = ParagraphGrammar()
    grammar.attach(TehClient())
    for number in range(HISTORY + 5):
        grammar.check(f"Paragraph {number}.")
    assert grammar.sent_count == HISTORY + 5
    assert len(grammar.sent) == HISTORY
    assert grammar.sent[-1] == f"Paragraph {HISTORY + 4}."


def test_in_the_background_the_matches_arrive_through_the_future() -> None:
    grammar = ParagraphGrammar(in_background=True)
    client = TehClient()
    grammar.attach(client)
    future = grammar.start("A teh.\n\nB teh.")
    assert [m.offset for m in future.result(timeout=10) or []] == [2, 10]
    assert client.asked == ["A teh.", "B teh."]
    again = grammar.start("A teh.\n\nB teh.").result(timeout=10) or []
    assert [m.offset for m in again] == [2, 10] and len(client.asked) == 2  # from the cache
