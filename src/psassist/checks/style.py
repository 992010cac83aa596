"""Style rules: voice, hedging, repetition and the clichés program directors tire of.

Most are soft signals (warning or info): they point at a sentence worth a second look,
never at a mistake. Sources are the keys of ../shared/CHECKS.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Sentence, Token, is_word
from psassist.checks.institutions import SPECIALTIES
from psassist.checks.phrases import QUOTE_FOLD, cliches, phrase_pattern, simpler_words, word_list
from psassist.checks.registry import define
from psassist.findings import Category, Finding, Severity

PASSIVE = define(
    "style.passive-voice", Category.STYLE, Severity.INFO,
    "Passive voice",
    "Statements that hide the actor (\"I was given the chance\") sound less like you; "
    "make yourself the subject where you did the thing.",
    "Hemingway target: at most one passive sentence in five (CHECKS.md WORD.passive); "
    "detected from spaCy's auxpass/nsubjpass dependency labels",
    needs="spacy",
)
ADVERBS = define(
    "style.adverbs", Category.STYLE, Severity.INFO,
    "Many -ly adverbs",
    "Adverbs often prop up a weak verb; a stronger verb or a fact says more.",
    "Hemingway (aim for paragraphs/3) and AutoCrit (~10 per 1,000 words), CHECKS.md WORD.adverbs",
    needs="spacy",
)
HEDGE = define(
    "style.hedge", Category.STYLE, Severity.INFO,
    "Hedging phrase",
    "Hedges (I think, I feel, perhaps) make a claim about yourself sound unsure.",
    "CHECKS.md WORD.hedge ([samw-js] qualifiers; proselint hedging)",
)
INTENSIFIER = define(
    "style.intensifier", Category.STYLE, Severity.INFO,
    "Empty intensifier",
    "Words like very, really and truly add emphasis without information.",
    "CHECKS.md WORD.weasel and cliché entry 22 ([savvy-10])",
)
OPENINGS = define(
    "style.sentence-openings", Category.STYLE, Severity.WARNING,
    "Repeated sentence openings",
    "Three sentences in a row that start alike (usually \"I\") read as a list, not a story.",
    "ProWritingAid sentence starts; Scribo: 3 in a row is too many (CHECKS.md SENT.starts)",
)
I_OPENINGS = define(
    "style.i-openings", Category.STYLE, Severity.INFO,
    "Most sentences start with \"I\"",
    "A statement is about you, but when most sentences start with \"I\" the rhythm grows flat.",
    "CHECKS.md SENT.starts (\"I\" starting over half the sentences)",
)
OVERUSED = define(
    "style.overused-word", Category.STYLE, Severity.INFO,
    "Overused word",
    "The same content word again and again suggests a thin vocabulary to a reader.",
    "ProWritingAid overused words (CHECKS.md WORD.overused)",
)
DOUBLED = define(
    "style.doubled-word", Category.STYLE, Severity.ERROR,
    "Doubled word",
    "\"the the\" is a typo that spell checkers miss and readers do not.",
    "proselint lexical illusions (CHECKS.md WORD.illusion)",
    replaces=True,
)
CLICHE = define(
    "style.cliche", Category.STYLE, Severity.WARNING,
    "Personal-statement cliché",
    "Phrases that appear in thousands of statements make yours blend in.",
    "CHECKS.md section 6 (44 researched clichés); letter formulas are team guidance",
)
PASSION = define(
    "style.passion-overload", Category.STYLE, Severity.WARNING,
    "\"Passion\" more than once",
    "Claimed passion is the most common buzzword; shown interest convinces more.",
    "CHECKS.md C11 ([ra-buzzword]; [siegel], a program director)",
)
SUPERLATIVES = define(
    "style.superlatives", Category.STYLE, Severity.WARNING,
    "Stacked superlatives",
    "Amazing, fascinated, captivated: three or more read as gushing.",
    "CHECKS.md C11 and WORD.superlatives ([siegel], a program director; [dit])",
)
OPENING_QUOTE = define(
    "style.opening-quotation", Category.STYLE, Severity.WARNING,
    "Opens with a quotation",
    "The first lines are read most; spend them on you, not on Osler.",
    "CHECKS.md C5 ([dla-quotes]); ACP: first and last paragraphs get read most ([acp-2010])",
)
SIMPLER = define(
    "style.simpler-word", Category.STYLE, Severity.INFO,
    "A simpler word exists",
    "Plain words read faster and sound more confident than formal ones.",
    "CHECKS.md WORD.simpler (Hemingway's simpler alternatives; retext-simplify idea)",
    replaces=True,
)
DISPARAGING = define(
    "style.disparaging-specialty", Category.STYLE, Severity.WARNING,
    "Runs down another specialty",
    "Praising your specialty by belittling another (\"unlike surgery, which only...\") "
    "can offend a reader who trained in it.",
    "CHECKS.md C16 ([labs-copy], a program director's do/don't list)",
)
RED_FLAG = define(
    "style.red-flag-unexplained", Category.STYLE, Severity.WARNING,
    "Exam failure or gap without what you did about it",
    "Program directors expect a failed attempt or a gap to be addressed briefly: own it, "
    "give the reason, say what you changed and how it turned out.",
    "CHECKS.md C9 ([acp-askpd], a program director: blemishes should be addressed; "
    "[resstmt-usmle], [iatrox]: fact, reason, action, outcome, in one paragraph)",
)
EXCLAMATION = define(
    "style.exclamation", Category.STYLE, Severity.INFO,
    "Exclamation mark",
    "Exclamation marks read as informal in a professional statement.",
    "CHECKS.md C15 (professional register; Google style Exclamation)",
    replaces=True,
)


def _span_text(analysis: Analysis, start: int, end: int) -> str:
    return analysis.text[start:end]


def _folded(analysis: Analysis) -> str:
    return analysis.memo("folded", lambda: analysis.text.translate(QUOTE_FOLD))


def check_passive(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.has_parser:
        return
    passives: list[tuple[int, int]] = []
    for token in analysis.tokens:
        if token.dep != "auxpass":
            continue
        head = analysis.tokens[token.head]
        passives.append((min(token.start, head.start), max(token.end, head.end)))
    target = max(1, round(len(analysis.sentences) / 5))
    if len(passives) <= target:
        return
    for start, end in passives:
        yield PASSIVE.finding(
            start, end,
            f"passive voice \"{_span_text(analysis, start, end)}\" ({len(passives)} in this "
            f"statement; aim for {target} or fewer)",
            ["Name who acted and make it the subject, usually \"I\"."],
        )


def _is_manner_adverb(token: Token, exceptions: frozenset[str]) -> bool:
    return token.pos == "ADV" and token.lower.endswith("ly") and token.lower not in exceptions


def check_adverbs(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.has_parser:
        return
    # Intensifiers such as "truly" have their own rule; do not report them twice.
    exceptions = frozenset(word_list("adverb_exceptions")) | frozenset(word_list("intensifiers"))
    adverbs = [t for t in analysis.tokens if _is_manner_adverb(t, exceptions)]
    words = sum(1 for _ in analysis.words())
    target = max(round(len(analysis.paragraphs) / 3), round(words / 100), 1)
    if len(adverbs) <= target:
        return
    for token in adverbs:
        yield ADVERBS.finding(
            token.start, token.end,
            f"adverb \"{token.text}\" ({len(adverbs)} -ly adverbs; aim for {target} or fewer)",
            ["Use a more exact verb, or show the manner with a detail."],
        )


def _phrase_findings(analysis: Analysis, list_name: str, message: str,
                     suggestion: str, rule_id: str) -> Iterator[Finding]:
    rule = HEDGE if rule_id == HEDGE.id else INTENSIFIER
    pattern = phrase_pattern(list(word_list(list_name)))
    for match in pattern.finditer(_folded(analysis)):
        yield rule.finding(match.start(), match.end(),
                           message.format(match.group()), [suggestion])


# "the way I think", "how I feel." describe thinking; they do not hedge a claim.
_NOT_A_HEDGE_BEFORE = re.compile(r"\b(?:the way|how|what|when|where|why|whatever)\s*$", re.I)
_NOT_A_HEDGE_AFTER = re.compile(r"\s*(?:[.!?;:,)]|$)")


def check_hedges(analysis: Analysis) -> Iterator[Finding]:
    text = analysis.text
    for finding in _phrase_findings(
        analysis, "hedges", "hedge \"{}\" weakens the claim",
        "State it directly, or support it with what you did.", HEDGE.id,
    ):
        if text[finding.start:finding.start + 2] == "I " and (
            _NOT_A_HEDGE_BEFORE.search(text[max(0, finding.start - 20):finding.start])
            or _NOT_A_HEDGE_AFTER.match(text, finding.end)
        ):
            continue
        yield finding


def check_intensifiers(analysis: Analysis) -> Iterator[Finding]:
    yield from _phrase_findings(
        analysis, "intensifiers", "intensifier \"{}\" adds no information",
        "Remove it, or replace the phrase with a specific detail.", INTENSIFIER.id,
    )


def _first_word(analysis: Analysis, sentence: Sentence) -> Token | None:
    for token in analysis.sentence_tokens(sentence):
        if is_word(token):
            return token
    return None


def check_openings(analysis: Analysis) -> Iterator[Finding]:
    firsts = [_first_word(analysis, s) for s in analysis.sentences]
    run: list[int] = []
    for index, token in enumerate(firsts):
        previous = firsts[run[-1]] if run else None
        if token is not None and previous is not None and token.lower == previous.lower \
                and analysis.sentences[index].paragraph == analysis.sentences[run[-1]].paragraph:
            run.append(index)
        else:
            yield from _opening_run(analysis, run, firsts)
            run = [index] if token is not None else []
    yield from _opening_run(analysis, run, firsts)
    counted = [t for t in firsts if t is not None]
    starts_with_i = sum(1 for t in counted if t.text == "I")
    if len(counted) >= 8 and starts_with_i / len(counted) > 0.5:
        yield I_OPENINGS.finding(
            0, 0,
            f"{starts_with_i} of {len(counted)} sentences start with \"I\"",
            ["Start some sentences with the time, the place, the patient or the action."],
        )


def _opening_run(analysis: Analysis, run: list[int],
                 firsts: list[Token | None]) -> Iterator[Finding]:
    if len(run) < 3:
        return
    word = firsts[run[0]]
    assert word is not None
    third = analysis.sentences[run[2]]
    last = analysis.sentences[run[-1]]
    yield OPENINGS.finding(
        third.start, last.end,
        f"{len(run)} sentences in a row start with \"{word.text}\"",
        ["Vary the openings: begin with a time, a place or a subordinate clause."],
    )


# Words a statement about medicine naturally repeats.
_EXPECTED_REPEATS = frozenset({
    "patient", "medicine", "medical", "physician", "doctor", "residency", "program",
    "specialty", "clinical", "care", "experience", "year", "hospital", "training",
})


def check_overused(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.has_parser:
        return
    specialty = {w.lower() for w in (analysis.options.specialty or "").split()}
    content = [
        t for t in analysis.tokens
        if t.pos in ("NOUN", "VERB", "ADJ", "ADV") and not t.is_stop and len(t.lemma) > 3
        and t.lemma not in _EXPECTED_REPEATS and t.lemma not in specialty
    ]
    words = sum(1 for _ in analysis.words())
    threshold = max(5, round(words / 120))
    counts = Counter(t.lemma for t in content)
    for lemma, count in counts.most_common():
        if count < threshold:
            break
        occurrences = [t for t in content if t.lemma == lemma]
        first = occurrences[0]
        yield OVERUSED.finding(
            first.start, first.end,
            f"\"{lemma}\" is used {count} times",
            ["Keep it where it matters most; vary or cut the others."],
        )


_DOUBLED = re.compile(r"\b(\w+)(\s+\1)+\b", re.IGNORECASE)
_ALLOWED_DOUBLES = frozenset({"had", "that", "is", "bye", "ha", "no", "very"})


def check_doubled(analysis: Analysis) -> Iterator[Finding]:
    for match in _DOUBLED.finditer(analysis.text):
        word = match.group(1)
        if word.lower() in _ALLOWED_DOUBLES or word.isdigit():
            continue
        yield DOUBLED.finding(
            match.start(), match.end(),
            f"\"{word}\" is repeated",
            [word],
        )


def check_cliches(analysis: Analysis) -> Iterator[Finding]:
    text = _folded(analysis)
    for cliche in cliches():
        for pattern in cliche.patterns:
            for match in pattern.finditer(text):
                yield CLICHE.finding(
                    match.start(), match.end(),
                    f"cliché \"{analysis.text[match.start():match.end()]}\": {cliche.reason}",
                    [cliche.direction],
                )


_PASSION = re.compile(r"\bpassion(?:s|ate|ately)?\b", re.IGNORECASE)


def check_passion(analysis: Analysis) -> Iterator[Finding]:
    hits = list(_PASSION.finditer(analysis.text))
    if len(hits) > 1:
        for match in hits[1:]:
            yield PASSION.finding(
                match.start(), match.end(),
                f"\"{match.group()}\" is used {len(hits)} times",
                ["Keep at most one; show the interest through what you did instead."],
            )


def check_superlatives(analysis: Analysis) -> Iterator[Finding]:
    pattern = phrase_pattern(list(word_list("superlatives")))
    hits = list(pattern.finditer(analysis.text))
    if len(hits) >= 3:
        for match in hits:
            yield SUPERLATIVES.finding(
                match.start(), match.end(),
                f"\"{match.group()}\" is one of {len(hits)} superlatives",
                ["Keep the one that matters; replace the rest with what you saw or did."],
            )


_OPENING_QUOTE_CHARS = "\"'\u201c\u2018\u00ab"
_ATTRIBUTION = re.compile(r"\b(?:once said|once wrote|famously said|said it best)\b", re.I)


# After the closing quote of dialogue, the sentence goes on in lower case ("... asked me").
_SPEECH_TAG = re.compile(r"^[\s,]*[a-z]")


def _is_epigraph(text: str) -> bool:
    """A quotation standing alone at the start, not a line of dialogue in a scene."""
    opening = text.lstrip()
    if opening[:1] not in _OPENING_QUOTE_CHARS:
        return False
    closing = min((i for i in (opening.find(c, 1) for c in "\"\u201d\u2019\u00bb") if i > 0),
                  default=-1)
    if closing == -1:
        return True
    return not _SPEECH_TAG.match(opening[closing + 1:])


def check_opening_quotation(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.sentences:
        return
    first = analysis.sentences[0]
    paragraph = analysis.paragraphs[first.paragraph].text
    if _is_epigraph(paragraph) or _ATTRIBUTION.search(first.text):
        yield OPENING_QUOTE.finding(
            first.start, first.end,
            "the statement opens with a quotation",
            ["Open with your own moment: a patient, a decision, a problem you solved."],
        )


def check_simpler(analysis: Analysis) -> Iterator[Finding]:
    table = simpler_words()
    pattern = phrase_pattern(list(table))
    for match in pattern.finditer(analysis.text):
        phrase = match.group()
        plain = table[re.sub(r"\s+", " ", phrase.lower())]
        yield SIMPLER.finding(
            match.start(), match.end(),
            f"\"{phrase}\" has a simpler alternative: \"{plain}\"",
            [p.strip() for p in plain.split(",")],
        )


def check_exclamations(analysis: Analysis) -> Iterator[Finding]:
    for match in re.finditer(r"!+", analysis.text):
        yield EXCLAMATION.finding(match.start(), match.end(),
                                  "exclamation mark in a formal statement", ["."])


_SPECIALTY_NAMES = "|".join(sorted((re.escape(n) for n in SPECIALTIES), key=len, reverse=True))
_DISPARAGING = re.compile(
    rf"\bunlike (?:in )?(?:the )?(?:{_SPECIALTY_NAMES}|surgeons|internists|psychiatrists|"
    rf"pathologists|radiologists)\b[^.!?]*?\b(?:only|just|merely|simply|never|rarely|"
    rf"don't|doesn't|do not|does not|cannot|can't)\b",
    re.IGNORECASE,
)


def check_disparaging(analysis: Analysis) -> Iterator[Finding]:
    for match in _DISPARAGING.finditer(analysis.text.translate(QUOTE_FOLD)):
        yield DISPARAGING.finding(
            match.start(), match.end(),
            "compares another specialty unfavourably",
            ["Say what draws you to your specialty without contrasting it with another."],
        )


# The applicant's own setbacks; "heart failure" or "her kidneys failed" are not red flags.
_RED_FLAG = re.compile(
    r"\bI (?:have |had )?(?:failed|did not pass|didn't pass|was unsuccessful)\b|"
    r"\b(?:second|third|two|three|one|an unsuccessful|a failed|unsuccessful|failed) "
    r"attempts?\b|"
    r"\b(?:retook|retake|re-take|repeat(?:ed)? (?:the|my) (?:year|exam|examination)|"
    r"leave of absence|gap (?:year|in my (?:training|education|career))|remediation|"
    r"academic probation)\b",
    re.IGNORECASE,
)
# What turning a red flag around sounds like: something you did, and how it turned out.
_ACTION = re.compile(
    r"\b(?:chang\w*|rebuil\w*|restructur\w*|develop\w*|adopt\w*|learn\w*|"
    r"stud(?:y|ied|ying)|prepar\w*|tutor\w*|schedule|plan\w*|strateg\w*|sought|"
    r"counsel\w*|routine|habits?)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:passed|improv\w*|scored|score of|since then|now|result\w*|went on)\b",
    re.IGNORECASE,
)


def check_red_flags(analysis: Analysis) -> Iterator[Finding]:
    for paragraph in analysis.paragraphs:
        match = _RED_FLAG.search(paragraph.text)
        if match is None:
            continue
        after = paragraph.text[match.end():]
        if _ACTION.search(after) and _OUTCOME.search(after):
            continue
        start = paragraph.start + match.start()
        yield RED_FLAG.finding(
            start, paragraph.start + match.end(),
            f"\"{match.group()}\" is mentioned without what you changed and how it turned out",
            ["In one short paragraph: acknowledge it, give the reason without blame, say what "
             "you did differently, and the result."],
        )


CHECKS = (
    check_passive, check_adverbs, check_hedges, check_intensifiers, check_openings,
    check_overused, check_doubled, check_cliches, check_passion, check_superlatives,
    check_opening_quotation, check_simpler, check_exclamations, check_disparaging,
    check_red_flags,
)
