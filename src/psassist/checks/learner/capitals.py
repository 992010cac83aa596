"""A function word capitalised in mid-sentence: "Likewise, The theory is ...", "For
example, When I traveled ...", "So It will be ...".

Only the first word of a sentence, the pronoun "I" and names take a capital. A learner
who starts a new thought after a comma or an opening adverb often capitalises the next
word as if it began the sentence. The rule looks only at closed-class words (articles,
pronouns, conjunctions, prepositions, auxiliaries), which are never names on their own,
and only where the words around it show mid-sentence lower-case prose: the word before is
a lower-case word or a comma (or the sentence's own first word, "So It"), and the word
after is lower case (or "I").

Left alone: sentence and paragraph starts, anything after a colon, semicolon, quotation
mark, dash, bracket, line break or list marker; titles and Title Case lines ("Gone With
The Wind", "The Lord of The Rings"); names and words the tagger or the entity recognizer
reads as a name ("The Hague"); a direct question after a comma, which Chicago lets start
with a capital ("I asked myself, Why medicine?"); all-caps text.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import mostly_capitalised
from psassist.checks.learner.words import word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

STRAY_CAPITAL = define(
    "grammar.stray-capital",
    Category.GRAMMAR,
    Severity.WARNING,
    "Capital letter in mid-sentence",
    'Only the first word of a sentence, "I" and names take a capital: "For example, '
    'when I traveled", not "For example, When I traveled". A warning: a title or a '
    "name the tagger misses can look the same.",
    sources=(
        Source(
            'Purdue OWL, "A Little Help with Capitals"',
            "https://owl.purdue.edu/owl/general_writing/mechanics/help_with_capitals.html",
        ),
    ),
    example=Example(
        flag="For example, When I worked in the clinic, I learned patience.",
        near_miss='For example, when I worked in the clinic, my mentor said, "Listen first."',
    ),
    needs=Needs.PARSER,
)

#: Closed-class words a learner capitalises after a comma: never a name on their own.
#: Left out: "may" and "will" (months, given names), "a" and "an" (grades, labels and
#: symbols: "an A student", "the A pillar", "An" the surname) and "I".
_FUNCTION_WORDS = word_set("""
the this that these those my your his her its our their some any every each no all
both many much most few several such another
it he she we they you me him us them who which what whose whom there
and but or nor so yet because if when while although though since after before until
unless whether as once where how why
in on at of for with to from by about into onto through during without within between
among under over against toward towards upon than like
is are was were be been am do does did have has had can could should would must might
""")
#: The parts of speech those words have when they are function words.
_FUNCTION_POS = frozenset({"DET", "PRON", "SCONJ", "CCONJ", "ADP", "AUX", "PART", "ADV"})
#: Words that may open a sentence before a stray capital: "So It will be".
_OPENERS = word_set("so and but or then also thus hence therefore however yet still now")
_SENTENCE_ENDS = frozenset({".", "!", "?"})


@reports(STRAY_CAPITAL)
def stray_capital(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        word = token.text
        if not _title_shaped(word) or word.lower() not in _FUNCTION_WORDS:
            continue
        if token.pos not in _FUNCTION_POS or token.ent_type or index == 0:
            continue
        if not _mid_sentence_after(analysis, index) or not _lower_case_follows(analysis, index):
            continue
        if in_title_case(analysis, index) or _direct_question(analysis, index):
            continue
        if _after_a_greeting(analysis, index) or _names_a_deity(analysis, index):
            continue
        if (
            token.pos in ("DET", "PRON")
            and token.lower in _DETERMINERS
            and _verb_follows(analysis, index)
        ):
            continue  # "No is the space group": a symbol or a name, not a determiner
        fix = word.lower()
        message = f'"{word}" is in the middle of a sentence and takes no capital: "{fix}"'
        if tokens[index - 1].text.islower():
            message += "; if a new sentence starts here, end the one before with a period"
        yield STRAY_CAPITAL.finding(token.start, token.end, message, [fix])


#: Determiners that are never pronouns: followed straight by a verb, they are a symbol.
_DETERMINERS = word_set("the no every")
#: Words that open a letter's greeting before its comma: "Dear Dr. Lee, It was".
_GREETINGS = word_set("dear hi hello gentlemen ladies sir madam all everyone team colleagues")
#: Words naming God, after which believers capitalise His pronouns.
_DEITY = word_set("god lord allah almighty jesus christ creator")
_DEITY_PRONOUNS = word_set("he him his himself you your yours thee thy me my mine")


def _after_a_greeting(analysis: Analysis, index: int) -> bool:
    """A letter opening "Dear Dr. Okafor, It was ..." or "Chris and Ana, As we agreed":
    between the start of the line or sentence and the comma stand only names, greeting
    words and "and"."""
    tokens = analysis.tokens
    if tokens[index - 1].text != ",":
        return False
    named = False
    j = index - 2
    while j >= 0 and not _starts_sentence(analysis, j + 1):
        before = tokens[j]
        if before.pos == "PROPN" or before.lower in _GREETINGS:
            named = True
        elif before.lower != "and":
            return False
        j -= 1
    return named


def _names_a_deity(analysis: Analysis, index: int) -> bool:
    """ "I thank God for His guidance": a reverential capital, the writer's choice."""
    token = analysis.tokens[index]
    if token.lower not in _DEITY_PRONOUNS:
        return False
    paragraph = analysis.paragraphs[analysis.sentences[token.sentence].paragraph]
    words = paragraph.text.lower().split()
    return any(w.strip(".,;:!?'\"") in _DEITY for w in words)


def _verb_follows(analysis: Analysis, index: int) -> bool:
    tokens = analysis.tokens
    return index + 1 < len(tokens) and tokens[index + 1].pos in ("VERB", "AUX")


def _title_shaped(word: str) -> bool:
    """First letter upper, the rest lower: "The", "When", "A"; not "THE" or "I"."""
    return word.isalpha() and word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def same_line(analysis: Analysis, before: Token, after: Token) -> bool:
    """Only spaces between the two tokens: no line break, quote, dash or bracket."""
    gap = analysis.text[before.end : after.start]
    return gap.strip(" \t") == ""


def _mid_sentence_after(analysis: Analysis, index: int) -> bool:
    """The word before is a lower-case word or a comma on the same line, or a sentence's
    first word that is itself a function word or linking adverb ("So It", "And The")."""
    tokens = analysis.tokens
    before = tokens[index - 1]
    if not same_line(analysis, before, tokens[index]):
        return False
    if before.text == ",":
        return index >= 2 and same_line(analysis, tokens[index - 2], before)
    if not before.is_alpha:
        return False
    if before.text.islower():
        return True
    if not _title_shaped(before.text) or before.lower not in _OPENERS:
        return False
    return _starts_sentence(analysis, index - 1)


def _starts_sentence(analysis: Analysis, index: int) -> bool:
    """The token opens a paragraph or follows a full stop, question or exclamation mark."""
    if index == 0:
        return True
    tokens = analysis.tokens
    before = tokens[index - 1]
    if not same_line(analysis, before, tokens[index]):
        return True
    return before.text in _SENTENCE_ENDS


def _lower_case_follows(analysis: Analysis, index: int) -> bool:
    """The next token, on the same line, is a lower-case word or "I" ("When I traveled")."""
    tokens = analysis.tokens
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    if not same_line(analysis, tokens[index], after):
        return False
    text = after.text.replace("\u2019", "'")
    if text == "I" or text.startswith("'"):
        return True  # "When I", "It's"
    return after.is_alpha and after.text.islower()


#: Small words a title leaves in lower case between its capitalised words.
_TITLE_SMALL_WORDS = word_set("a an the of and or in on at for to with by from as nor but")


def in_title_case(analysis: Analysis, index: int) -> bool:
    """A title or heading: the line is mostly capitalised words, or a capitalised word
    stands just before the small words that lead to this one ("Lord of The rings")."""
    tokens = analysis.tokens
    line_start = analysis.text.rfind("\n", 0, tokens[index].start) + 1
    line_end = analysis.text.find("\n", tokens[index].end)
    line = analysis.text[line_start : line_end if line_end >= 0 else len(analysis.text)]
    if mostly_capitalised([w for w in line.split() if w[:1].isalpha()]):
        return True
    j = index - 1
    while j >= 0 and tokens[j].lower in _TITLE_SMALL_WORDS and tokens[j].text.islower():
        j -= 1
    return j < index - 1 and j >= 0 and tokens[j].is_alpha and tokens[j].text[:1].isupper()


def _direct_question(analysis: Analysis, index: int) -> bool:
    """ "I asked myself, Why medicine?": a question inside a sentence may keep its capital."""
    tokens = analysis.tokens
    if tokens[index - 1].text != ",":
        return False
    sentence = tokens[index].sentence
    for j in range(index + 1, len(tokens)):
        token = tokens[j]
        if token.sentence != sentence or "\n" in token.text:
            return False
        if token.text in _SENTENCE_ENDS:
            return token.text == "?"
    return False
