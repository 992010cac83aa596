"""Diagnostics' `codeDescription`: the public page a rule's source cites, never invented."""

from __future__ import annotations

from lsprotocol import types

from psassist.checks.registry import all_rules, get_rule
from psassist.lsp.diagnostics import docs_url, to_diagnostic
from psassist.lsp.positions import DocumentText


def test_a_rule_that_cites_a_page_links_to_it() -> None:
    url = docs_url("eras.character-limit")
    assert url is not None and url.startswith("https://students-residents.aamc.org/")
    assert url in [source.url for source in get_rule("eras.character-limit").sources]


def test_languagetool_rules_link_to_languagetool() -> None:
    assert docs_url("grammar.languagetool") == "https://languagetool.org/"


def test_an_unknown_rule_gets_no_link() -> None:
    assert docs_url("no.such-rule") is None


def test_every_rule_links_to_a_page_it_cites() -> None:
    for rule in all_rules():
        url = docs_url(rule.id)
        assert url is not None and url.startswith(("https://", "http://")), rule.id
        assert url == rule.sources[0].url


def test_a_finding_becomes_a_diagnostic() -> None:
    document = DocumentText("I saw the the patient.")
    finding = get_rule("grammar.doubled-word").finding(6, 13, '"the" is repeated', ["the"])
    diagnostic = to_diagnostic(finding, document)
    assert diagnostic.code == "grammar.doubled-word" and diagnostic.source == "psassist"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start.character == 6 and diagnostic.range.end.character == 13
