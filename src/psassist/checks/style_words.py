"""Word-list style rules: hedges, intensifiers, clichés, formal words, buzzwords, repeats.

Each rule matches words or phrases from a list; the lists are data (data/phrases.toml,
data/cliches.toml), so adding a phrase needs no code. All are soft signals (warning or
info) except the doubled word, which is a typo.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis, Token
from psassist.checks.phrases import cliches, folded, phrase_pattern, simpler_words, word_list
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity

ADVERBS = define(
    "style.adverbs",
    Category.STYLE,
    Severity.INFO,
    "Many -ly adverbs",
    "Adverbs often prop up a weak verb; a stronger verb or a fact says more.",
    sources=(sources.HEMINGWAY, sources.HEMINGWAY_TARGETS, sources.AUTOCRIT_ADVERBS),
    example=Example(
        flag="I quickly learned. I carefully listened. I slowly improved. I eagerly asked.",
        near_miss="I learned early on. I listened daily. I finally improved. I asked.",
    ),
    needs=Needs.PARSER,
)
HEDGE = define(
    "style.hedge",
    Category.STYLE,
    Severity.INFO,
    "Hedging phrase",
    "Hedges (I think, I feel, perhaps) make a claim about yourself sound unsure.",
    sources=(sources.PROSELINT, sources.HEMINGWAY_RULES),
    example=Example(
        flag="I think I would be a good resident.",
        near_miss="Neurology suits the way I think, and I like how I feel at work.",
    ),
)
INTENSIFIER = define(
    "style.intensifier",
    Category.STYLE,
    Severity.INFO,
    "Empty intensifier",
    "Words like very, really and truly add emphasis without information.",
    sources=(sources.VALE_WRITE_GOOD, sources.SAVVY_WORDS),
    example=Example(flag="It was a very busy ward.", near_miss="It was a busy ward every night."),
)
OVERUSED = define(
    "style.overused-word",
    Category.STYLE,
    Severity.INFO,
    "Overused word",
    "The same content word again and again suggests a thin vocabulary to a reader.",
    sources=(sources.PWA_OVERUSED,),
    example=Example(
        flag="I organised rounds. " * 6 + "Rounds were long.",
        near_miss="I organised rounds. I led a journal club. I presented cases. I taught students.",
    ),
    needs=Needs.PARSER,
)
DOUBLED = define(  # a typo, so it counts with grammar and spelling
    "grammar.doubled-word",
    Category.GRAMMAR,
    Severity.ERROR,
    "Doubled word",
    '"the the" is a typo that spell checkers miss and readers do not.',
    sources=(sources.PROSELINT,),
    example=Example(flag="I saw the the patient.", near_miss="I knew that that plan would work."),
    replaces=True,
)
CLICHE = define(
    "style.cliche",
    Category.STYLE,
    Severity.WARNING,
    "Personal-statement cliché",
    "Phrases that appear in thousands of statements make yours blend in.",
    sources=(sources.RA_CLICHES, sources.SAVVY_WORDS),
    example=Example(
        flag="Ever since I was a child, I wanted to heal.",
        near_miss="As a child I wanted to build bridges.",
    ),
)
PASSION = define(
    "style.passion-overload",
    Category.STYLE,
    Severity.WARNING,
    '"Passion" more than once',
    "Claimed passion is the most common buzzword; shown interest convinces more.",
    sources=(sources.RA_BUZZWORDS, sources.SIEGEL),
    example=Example(
        flag="My passion is teaching. I am passionate about research.",
        near_miss="My passion is teaching. I enjoy research.",
    ),
)
SUPERLATIVES = define(
    "style.superlatives",
    Category.STYLE,
    Severity.WARNING,
    "Stacked superlatives",
    "Amazing, fascinated, captivated: three or more read as gushing.",
    sources=(sources.SIEGEL, sources.DIT_ADJECTIVES),
    example=Example(
        flag="The case was amazing. I was fascinated and captivated by it.",
        near_miss="The case was amazing. I studied it carefully.",
    ),
)
SIMPLER = define(
    "style.simpler-word",
    Category.STYLE,
    Severity.INFO,
    "A simpler word exists",
    "Plain words read faster and sound more confident than formal ones.",
    sources=(sources.RETEXT_SIMPLIFY, sources.HEMINGWAY),
    example=Example(flag="I utilize ultrasound daily.", near_miss="I use ultrasound daily."),
    replaces=True,
)


def _is_manner_adverb(token: Token, exceptions: frozenset[str]) -> bool:
    return token.pos == "ADV" and token.lower.endswith("ly") and token.lower not in exceptions


@reports(ADVERBS)
def check_adverbs(analysis: Analysis) -> Iterator[Finding]:
    # Intensifiers such as "truly" have their own rule; do not report them twice.
    exceptions = frozenset(word_list("adverb_exceptions")) | frozenset(word_list("intensifiers"))
    adverbs = [t for t in analysis.tokens if _is_manner_adverb(t, exceptions)]
    words = sum(1 for _ in analysis.words())
    target = max(round(len(analysis.paragraphs) / 3), round(words / 100), 1)
    if len(adverbs) <= target:
        return
    for token in adverbs:
        yield ADVERBS.finding(
            token.start,
            token.end,
            f'adverb "{token.text}" ({len(adverbs)} -ly adverbs; aim for {target} or fewer)',
            ["Use a more exact verb, or show the manner with a detail."],
        )


# "the way I think", "how I feel." describe thinking; they do not hedge a claim.
_NOT_A_HEDGE_BEFORE = re.compile(r"\b(?:the way|how|what|when|where|why|whatever)\s*$", re.I)
_NOT_A_HEDGE_AFTER = re.compile(r"\s*(?:[.!?;:,)]|$)")


@reports(HEDGE)
def check_hedges(analysis: Analysis) -> Iterator[Finding]:
    text = analysis.text
    for match in phrase_pattern(list(word_list("hedges"))).finditer(folded(analysis)):
        start = match.start()
        if text[start : start + 2] == "I " and (
            _NOT_A_HEDGE_BEFORE.search(text[max(0, start - 20) : start])
            or _NOT_A_HEDGE_AFTER.match(text, match.end())
        ):
            continue
        yield HEDGE.finding(
            start,
            match.end(),
            f'hedge "{match.group()}" weakens the claim',
            ["State it directly, or support it with what you did."],
        )


@reports(INTENSIFIER)
def check_intensifiers(analysis: Analysis) -> Iterator[Finding]:
    for match in phrase_pattern(list(word_list("intensifiers"))).finditer(folded(analysis)):
        yield INTENSIFIER.finding(
            match.start(),
            match.end(),
            f'intensifier "{match.group()}" adds no information',
            ["Remove it, or replace the phrase with a specific detail."],
        )


@reports(OVERUSED)
def check_overused(analysis: Analysis) -> Iterator[Finding]:
    specialty = {w.lower() for w in (analysis.options.specialty or "").split()}
    expected = frozenset(word_list("expected_repeats"))
    content = [
        t
        for t in analysis.tokens
        if t.pos in ("NOUN", "VERB", "ADJ", "ADV")
        and not t.is_stop
        and len(t.lemma) > 3
        and t.lemma not in expected
        and t.lemma not in specialty
    ]
    words = sum(1 for _ in analysis.words())
    threshold = max(5, round(words / 120))
    counts = Counter(t.lemma for t in content)
    for lemma, count in counts.most_common():
        if count < threshold:
            break
        first = next(t for t in content if t.lemma == lemma)
        yield OVERUSED.finding(
            first.start,
            first.end,
            f'"{lemma}" is used {count} times',
            ["Keep it where it matters most; vary or cut the others."],
        )


_DOUBLED = re.compile(r"\b(\w+)(\s+\1)+\b", re.IGNORECASE)


@reports(DOUBLED)
def check_doubled(analysis: Analysis) -> Iterator[Finding]:
    allowed = frozenset(word_list("allowed_doubles"))
    for match in _DOUBLED.finditer(analysis.text):
        word = match.group(1)
        if word.lower() in allowed or word.isdigit():
            continue
        yield DOUBLED.finding(match.start(), match.end(), f'"{word}" is repeated', [word])


@reports(CLICHE)
def check_cliches(analysis: Analysis) -> Iterator[Finding]:
    text = folded(analysis)
    for cliche in cliches():
        for pattern in cliche.patterns:
            for match in pattern.finditer(text):
                yield CLICHE.finding(
                    match.start(),
                    match.end(),
                    f'cliché "{analysis.text[match.start() : match.end()]}": {cliche.reason}',
                    [cliche.direction],
                )


_PASSION = re.compile(r"\bpassion(?:s|ate|ately)?\b", re.IGNORECASE)


@reports(PASSION)
def check_passion(analysis: Analysis) -> Iterator[Finding]:
    hits = list(_PASSION.finditer(analysis.text))
    if len(hits) > 1:
        for match in hits[1:]:
            yield PASSION.finding(
                match.start(),
                match.end(),
                f'"{match.group()}" is used {len(hits)} times',
                ["Keep at most one; show the interest through what you did instead."],
            )


@reports(SUPERLATIVES)
def check_superlatives(analysis: Analysis) -> Iterator[Finding]:
    pattern = phrase_pattern(list(word_list("superlatives")))
    hits = list(pattern.finditer(analysis.text))
    if len(hits) >= 3:
        for match in hits:
            yield SUPERLATIVES.finding(
                match.start(),
                match.end(),
                f'"{match.group()}" is one of {len(hits)} superlatives',
                ["Keep the one that matters; replace the rest with what you saw or did."],
            )


@reports(SIMPLER)
def check_simpler(analysis: Analysis) -> Iterator[Finding]:
    table = simpler_words()
    pattern = phrase_pattern(list(table))
    for match in pattern.finditer(analysis.text):
        phrase = match.group()
        plain = table[re.sub(r"\s+", " ", phrase.lower())]
        yield SIMPLER.finding(
            match.start(),
            match.end(),
            f'"{phrase}" has a simpler alternative: "{plain}"',
            [p.strip() for p in plain.split(",")],
        )
