"""How loudly each LanguageTool match reaches the user: a table, with a reason per entry.

An error means "certainly wrong": a LanguageTool rule is promoted to error only when its
measured precision (bench/accuracy.py, per LanguageTool rule id, on the team corpus and
the JFLEG dev split) is at least 0.95. Typos a program director sees (a space before a
comma, a doubled period, an unpaired quote) reach the user at warning or error, never
info. Rules that fire on correct US prose are demoted. Anything not in the table falls
back to its category, then to its issue type.
"""

from __future__ import annotations

from dataclasses import dataclass

from psassist.findings import Severity


@dataclass(frozen=True)
class Calibration:
    """Where one LanguageTool rule (or category) lands, and why."""

    key: str
    severity: Severity  # INFO means a style hint (style.languagetool), not a grammar finding
    reason: str


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

#: Per LanguageTool rule id. "n/m" is measured precision (right/found) over the team
#: corpus and JFLEG dev together (bench/accuracy.py, 2026-11-30); error needs >= 0.95 on
#: at least 8 findings.
BY_RULE: dict[str, Calibration] = {
    c.key: c
    for c in (
        # Typos a reader sees on the page, measured certain.
        Calibration("UPPERCASE_SENTENCE_START", E, "a sentence starting in lower case; 98/98"),
        Calibration("I_LOWERCASE", E, "a lower-case 'i' as a pronoun; 27/27"),
        Calibration("DOUBLE_PUNCTUATION", E, "a doubled period or comma; 18/18"),
        Calibration("COMMA_PARENTHESIS_WHITESPACE", E, "a space before a comma or period; 16/16"),
        Calibration("SENTENCE_WHITESPACE", E, "no space after a sentence's period; 16/16"),
        # Grammar patterns measured certain.
        Calibration("THIS_NNS", E, "'this' before a plural noun; 10/10"),
        Calibration("MANY_NN", E, "'many' before a singular noun; 9/9"),
        Calibration("EN_A_VS_AN", E, "'a' before a vowel sound or 'an' before a consonant; 8/8"),
        # Typos that are usually right but have known misfires: warnings.
        Calibration(
            "EN_UNPAIRED_QUOTES",
            W,
            "an unpaired quotation mark (20/20), but a quote running over paragraphs also trips it",
        ),
        Calibration(
            "EN_UNPAIRED_BRACKETS", W, "an unpaired bracket; list items such as 'a)' also trip it"
        ),
        Calibration("UNPAIRED_BRACKETS", W, "an unpaired bracket or quote"),
        Calibration(
            "PUNCTUATION_PARAGRAPH_END",
            W,
            "a paragraph without a final period; headings also trip it",
        ),
        # Optional commas: a matter of style, and often wrong on learner text.
        Calibration("COMMA_COMPOUND_SENTENCE", INFO, "optional comma before 'and'/'but'; 11/29"),
        Calibration(
            "COMMA_COMPOUND_SENTENCE_2",
            INFO,
            "optional comma before a conjunction; 5/7, wrong twice on clean statements",
        ),
        Calibration(
            "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE",
            INFO,
            "optional comma; US style guides leave it to the writer",
        ),
        Calibration("ACCORDING_TO_ME", INFO, "a register hint, not an error; 0/2"),
        # Rules that misfire on correct prose (issue 9): never errors.
        Calibration(
            "MUCH_COUNTABLE", W, "misreads 'how much families value' as 'much' + plural noun"
        ),
        Calibration("PERS_PRONOUN_AGREEMENT", W, "misreads a list of singular nouns as singular"),
        Calibration("NON3PRS_VERB", W, "misreads a list of singular nouns as one subject"),
        Calibration(
            "SINGULAR_NOUN_VERB_AGREEMENT", W, "misreads a list of singular nouns as one subject"
        ),
        Calibration("AGREEMENT_SENT_START", W, "misreads a compound subject; 3/4"),
        Calibration("BEEN_PART_AGREEMENT", W, "often right, misreads some clauses; 5/8"),
        Calibration("WHITESPACE_RULE", INFO, "a doubled space; ERAS plain text hides most of them"),
    )
}

#: Rule-id prefixes, for families of rules with one behaviour.
BY_RULE_PREFIX: tuple[Calibration, ...] = (
    Calibration(
        "EN_COMPOUNDS_",
        W,
        "a compound written apart or joined wrongly: right on learner text (5/7), "
        "but it also demands hyphens in open noun compounds US style accepts",
    ),
)

#: Per LanguageTool category, for rules not in BY_RULE.
BY_CATEGORY: dict[str, Calibration] = {
    c.key: c
    for c in (
        Calibration(
            "GRAMMAR", W, "grammar patterns: error only per rule once measured at 0.95 precision"
        ),
        Calibration("CONFUSED_WORDS", W, "confusable words: often right, sometimes misread"),
        Calibration("TYPOS", W, "possible typos from patterns (not the dictionary)"),
        Calibration("PUNCTUATION", W, "punctuation a reader notices"),
        Calibration("CASING", W, "capitalisation a reader notices"),
        Calibration("COLLOCATIONS", W, "a word pairing English readers find odd"),
        Calibration("NONSTANDARD_PHRASES", W, "a phrase that is not standard English"),
        Calibration("SEMANTICS", W, "a statement that contradicts itself (dates, numbers)"),
        Calibration("MISC", W, "miscellaneous patterns"),
        Calibration("STYLE", INFO, "style hints are a matter of taste"),
        Calibration("REDUNDANCY", INFO, "wordiness hints are a matter of taste"),
        Calibration("PLAIN_ENGLISH", INFO, "plain-English hints are a matter of taste"),
        Calibration("WIKIPEDIA", INFO, "encyclopedia conventions, not statement ones"),
        Calibration("TYPOGRAPHY", INFO, "typographic niceties ERAS plain text drops"),
        Calibration("REPETITIONS_STYLE", INFO, "repetition is judged by psassist's style rules"),
        Calibration("CREATIVE_WRITING", INFO, "creative-writing hints"),
        Calibration("TEXT_ANALYSIS", INFO, "text statistics"),
    )
}

#: Issue types that are hints, whatever the category.
HINT_ISSUE_TYPES = frozenset({"style", "register", "locale-violation"})
_DEFAULT = Calibration("*", W, "an unknown LanguageTool rule: a warning until measured")


def calibrate(rule_id: str, category_id: str, issue_type: str) -> Calibration:
    """The table entry for one match: rule id, then prefix, then category, then issue type."""
    if rule_id in BY_RULE:
        return BY_RULE[rule_id]
    for entry in BY_RULE_PREFIX:
        if rule_id.startswith(entry.key):
            return entry
    if issue_type in HINT_ISSUE_TYPES:
        return Calibration(issue_type, INFO, "LanguageTool marks it a style or register hint")
    return BY_CATEGORY.get(category_id, _DEFAULT)
