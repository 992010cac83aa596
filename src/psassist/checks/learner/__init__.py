"""The ESL grammar layer: errors English learners make that LanguageTool misses in context.

Built on spaCy's dependency parse (via `checks.analysis`) and on lexicons from kept
packages (lemminflect, wordfreq) plus small curated lists in `data/`. Every rule starts
as a warning; a rule becomes an error only when its measured precision reaches 0.95.
Each module holds one family of rules; importing this package registers their checks.
"""

from __future__ import annotations

from psassist.checks.learner import (
    adjective_subject,
    agreement,
    articles,
    bare_infinitive,
    be_base,
    cannot,
    capital_nouns,  # noqa: F401 (registers another grammar.stray-capital check)
    capitals,
    collocation_phrases,  # noqa: F401 (registers another grammar.preposition check)
    collocations,
    comma_clauses,
    comma_relatives,
    commas,
    comparatives,
    compared_with,
    confusables,
    connectors,
    double_determiners,
    embedded_questions,  # noqa: F401 (registers another grammar.word-order check)
    feeling_verbs,
    generic_the,
    hyphens,
    joined_clauses,
    missing_article,
    missing_be,
    missing_preposition,
    missing_relative,
    missing_subject,
    missing_to,
    missing_verb,  # noqa: F401 (registers more grammar.missing-be checks)
    near_spellings,  # noqa: F401 (registers more grammar.confusable checks)
    noun_number,
    paragraph_end,
    past_time,
    plural_apostrophe,  # noqa: F401 (registers more grammar.noun-number checks)
    preposition_for,  # noqa: F401 (registers another grammar.preposition check)
    run_together,
    simple_agreement,  # noqa: F401 (registers more grammar.agreement checks)
    since_for,
    so_such,
    sound_alikes,  # noqa: F401 (registers more grammar.confusable checks)
    splices,
    stative,
    tense,
    textspeak,
    there_agreement,  # noqa: F401 (registers another grammar.agreement check)
    unique_the,  # noqa: F401 (registers more grammar.missing-article checks)
    verb_forms,
    word_order,
    word_pairs,
)
from psassist.checks.spans import overlaps_any
from psassist.findings import Category, Finding

#: The rule ids of this layer, for dropping a finding LanguageTool already made.
RULE_IDS = frozenset(
    {
        agreement.AGREEMENT.id,
        missing_article.MISSING_ARTICLE.id,
        articles.UNCOUNTABLE_ARTICLE.id,
        articles.UNCOUNTABLE_PLURAL.id,
        generic_the.GENERIC_THE.id,
        noun_number.NOUN_NUMBER.id,
        tense.PERFECT_FINISHED_TIME.id,
        past_time.PAST_TIME_TENSE.id,
        stative.STATIVE_PROGRESSIVE.id,
        since_for.SINCE_FOR.id,
        hyphens.COMPOUND_HYPHEN.id,
        collocations.PREPOSITION.id,
        missing_preposition.MISSING_PREPOSITION.id,
        comparatives.DOUBLE_COMPARATIVE.id,
        bare_infinitive.CAUSATIVE_TO.id,
        bare_infinitive.MODAL_TO.id,
        missing_to.MISSING_TO.id,
        confusables.CONFUSABLE.id,
        run_together.RUN_TOGETHER.id,
        splices.HOWEVER_SPLICE.id,
        joined_clauses.COMMA_SPLICE.id,
        cannot.CANNOT.id,
        capitals.STRAY_CAPITAL.id,
        missing_be.MISSING_BE.id,
        adjective_subject.ADJECTIVE_SUBJECT.id,
        feeling_verbs.FEELING_ADJECTIVE.id,
        verb_forms.BASE_AFTER_AUXILIARY.id,
        verb_forms.PAST_PARTICIPLE.id,
        be_base.BE_BASE.id,
        commas.COMMA_AFTER_TRANSITION.id,
        commas.COMMA_AROUND_INTERRUPTER.id,
        comma_clauses.COMMA_AFTER_INTRODUCTION.id,
        comma_relatives.COMMA_BEFORE_WHICH.id,
        word_pairs.UNLIKELY_PAIR.id,
        connectors.BECAUSE_OF.id,
        connectors.RATHER_THAN.id,
        paragraph_end.MISSING_PERIOD.id,
        missing_subject.MISSING_SUBJECT.id,
        missing_relative.MISSING_RELATIVE.id,
        so_such.SO_SUCH.id,
        textspeak.TEXTSPEAK.id,
        word_order.WORD_ORDER.id,
        double_determiners.DOUBLE_DETERMINER.id,
        compared_with.COMPARED_WITH.id,
    }
)
_LANGUAGETOOL_CATEGORIES = frozenset({Category.GRAMMAR, Category.SPELLING})


def without_languagetool_duplicates(
    ours: list[Finding], languagetool: list[Finding], text: str = ""
) -> list[Finding]:
    """Drop our finding where a LanguageTool grammar or spelling finding covers that span.

    One mark per error: the reader sees LanguageTool's (already there), not two. Two
    exceptions keep ours: LanguageTool's mark only changes letter case ("professor" at a
    sentence start is not the agreement error after it), or it sits inside ours at one of
    its ends ("stop" in our "are not stop"), where ours names the whole error and
    `languagetool_inside_ours` drops LanguageTool's instead.
    """
    covering = [
        f
        for f in languagetool
        if f.category in _LANGUAGETOOL_CATEGORIES and not changes_only_case(f, text)
    ]
    if not covering:
        return ours
    return [
        f
        for f in ours
        if f.rule not in RULE_IDS
        or all(_inside_at_an_end(g, f) for g in covering if g.start < f.end and f.start < g.end)
    ]


def languagetool_inside_ours(
    languagetool: list[Finding], ours: list[Finding], text: str = ""
) -> list[Finding]:
    """Drop LanguageTool's grammar mark that sits inside one of ours at one of its ends:
    both name one error, and ours carries the learner's explanation and the fix. A fix of
    letter case is another error and stays."""
    wide = [f for f in ours if f.rule in RULE_IDS]
    return [
        f
        for f in languagetool
        if changes_only_case(f, text) or not any(_inside_at_an_end(f, w) for w in wide)
    ]


def changes_only_case(finding: Finding, text: str) -> bool:
    """LanguageTool's fix is the same word with other capitals ("professor" -> "Professor")."""
    marked = text[finding.start : finding.end]
    return bool(marked and finding.suggestions) and finding.suggestions[0].lower() == (
        marked.lower()
    )


def _inside_at_an_end(inner: Finding, outer: Finding) -> bool:
    """A grammar mark on fewer words than `outer`, starting or ending where it does."""
    return (
        inner.category is Category.GRAMMAR
        and outer.start <= inner.start
        and inner.end <= outer.end
        and inner.end - inner.start < outer.end - outer.start
        and (inner.start == outer.start or inner.end == outer.end)
    )


def languagetool_hints_without_ours(
    languagetool: list[Finding], ours: list[Finding]
) -> list[Finding]:
    """Drop LanguageTool's style hint where one of our findings marks the same words.

    Its optional-comma hint and our comma warning would otherwise put two marks on one
    spot; ours carries the explanation and the fix.
    """
    spans = [(f.start, f.end) for f in ours if f.rule in RULE_IDS]
    if not spans:
        return languagetool
    return [
        f
        for f in languagetool
        if f.category is not Category.STYLE
        or not overlaps_any(f.start, max(f.end, f.start + 1), spans)
    ]


def word_pairs_giving_way(findings: list[Finding]) -> list[Finding]:
    """Drop an unlikely-pair warning where any other grammar or spelling finding marks
    those words: the other names the error, the pair test only says where to look."""
    spans = [
        (f.start, f.end)
        for f in findings
        if f.category in _LANGUAGETOOL_CATEGORIES and f.rule != word_pairs.UNLIKELY_PAIR.id
    ]
    return [
        f
        for f in findings
        if f.rule != word_pairs.UNLIKELY_PAIR.id or not overlaps_any(f.start, f.end, spans)
    ]
