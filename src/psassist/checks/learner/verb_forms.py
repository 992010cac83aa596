"""Verb forms after helping words: "can helped", "didn't went", "to reduced", "have went".

A modal, "do" in a negative, and "to" after want/need/try take the base form; "have"
takes the past participle; "be" takes an -ing form or a participle, never the base
form. The word after the helper is read from the text, not from the tagger (a learner's
"to reduced" is tagged as a preposition before an adjective), and lemminflect says
whether it is a verb form and which one. Near misses left alone: questions ("can
doctors"), "look forward to meeting", "had better", "going to swimming lessons",
pseudo-clefts ("all we did was wait"), and words that are also nouns or adjectives
unless the next word shows a verb ("will be help the poor").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import match_case, plain
from psassist.checks.learner.verb_lexicon import (
    VerbForm,
    could_be_participle,
    inflected_form,
    is_base,
    word_classes,
)
from psassist.checks.learner.words import inflect, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

BASE_AFTER_AUXILIARY = define(
    "grammar.verb-form-base",
    Category.GRAMMAR,
    Severity.WARNING,
    "Base form needed after a modal, do or to",
    'A modal (can, will, should), "do/does/did not" and "to" after want, need or try '
    'take the base form of the verb: "we can help", "she doesn\'t know", "to reduce". '
    "Warning: the word after the helper may belong to another phrase.",
    sources=(
        Source(
            'Macmillan Writer\'s Help, "Base form after a modal"',
            "http://digfir-published.macmillanusa.com/writershelp2e/writershelp2e_ch19_9.html",
        ),
        Source(
            'Original English, "The Auxiliary Verb Do"',
            "https://original-english.com/the-auxiliary-verb-do/",
        ),
        Source(
            'Cengage (Raimes, Keys for Writers), "Verb + Infinitive (to + Base Form)"',
            "http://college.cengage.com/english/raimes/digitalkeys/keyshtml/verbs_a5.htm",
        ),
    ),
    example=Example(
        flag="After the course I could explained the results to patients.",
        near_miss="After the course I could explain the results to patients.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)
PAST_PARTICIPLE = define(
    "grammar.verb-form-participle",
    Category.GRAMMAR,
    Severity.WARNING,
    "Past participle needed after have or be",
    '"have", "has" and "had" before a verb form the perfect, and "be" the passive; both '
    'take the past participle: "I have spent", "they had gone", "it was taken" (not '
    '"have spend", "have went", "was took"). Warning: "have" can also be a main verb '
    "before a noun.",
    sources=(
        Source(
            'LanguageGuide.org, "Present Perfect"',
            "http://languageguide.org/english/grammar/br/part3/present.jsp",
        ),
    ),
    example=Example(
        flag="I have spend two years in a rural clinic.",
        near_miss="I have spent two years in a rural clinic.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)
_MODALS = word_set("can could will would shall should may might must ca wo 'll")
_NEGATIVES = word_set("not n't")
#: Adverbs that may stand between a helper and its verb ("can also help", "did not even go").
_BETWEEN = word_set("""
not n't also always never just only really still even already ever actually certainly
definitely probably surely easily usually often sometimes simply truly further then
finally hardly rarely necessarily completely fully greatly strongly
""")
#: Words after which "to" is the infinitive marker, never a preposition.
_INFINITIVE_HEADS = word_set("""
want wants wanted wanting need needs needed needing try tries tried trying decide
decides decided deciding plan plans planned planning hope hopes hoped hoping expect
expects expected wish wishes wished learn learns learned learnt manage manages managed
fail fails failed refuse refuses refused promise promises promised choose chooses chose
chosen afford seem seems seemed intend intends intended attempt attempts attempted able
unable willing eager ought order aims aimed how whether
""")
#: After these "to" may be a preposition before a noun ("going to swimming lessons").
_MOTION_HEADS = word_set("going")
#: Words that open an object: a base verb before one is a verb ("be help the poor").
OBJECT_START = word_set("""
the a an my your his her its our their this that these those him them us me it some
many all every each
""")
BE_FORMS = word_set("am is are was were be been being 'm 're")


def next_verb(tokens: list[Token], index: int) -> tuple[int, list[Token]] | None:
    """The first word after `index` that is not an adverb of _BETWEEN, with those skipped."""
    skipped: list[Token] = []
    sentence = tokens[index].sentence
    for j in range(index + 1, min(index + 5, len(tokens))):
        token = tokens[j]
        if token.sentence != sentence or token.is_punct or token.is_space:
            return None
        if plain(token) in _BETWEEN:
            skipped.append(token)
            continue
        return j, skipped
    return None


def _is_question_subject(tokens: list[Token], helper: int, word: Token) -> bool:
    """ "Can doctors ...", "Why will patients ...": the word is the inverted subject."""
    sentence_start = tokens[helper].sentence != tokens[helper - 1].sentence if helper else True
    before = tokens[helper - 1] if helper else None
    inverted = (
        sentence_start
        or before is None
        or before.tag in ("WRB", "WP", "WDT", "CC")
        or before.is_punct
    )
    return inverted and word.tag.startswith("NN")


def _not_the_modals_verb(analysis: Analysis, modal: int, at: int, tag: str) -> bool:
    """The word after a modal that is not its verb: a gerund subject of a question ("Would
    switching hubs help?"), a noun "can" ("the garbage can gave off"), or a verb the parse
    gives another clause ("all that you can is enough")."""
    tokens = analysis.tokens
    sentence = analysis.sentences[tokens[at].sentence]
    before = tokens[modal - 1] if modal > sentence.first_token else None
    asks = before is None or before.tag in ("WRB", "WP", "WDT", "CC", "RB") or before.is_punct
    if tag == "VBG" and asks:
        return True
    noun_can = before is not None and (
        before.tag in ("DT", "PRP$", "WP$") or (before.tag == "NN" and tag == "VBD")
    )
    if plain(tokens[modal]) == "can" and noun_can:
        return True
    return tokens[modal].head != at


@reports(BASE_AFTER_AUXILIARY)
def base_after_auxiliary(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, helper in enumerate(tokens):
        kind = _helper_kind(tokens, index)
        if kind is None:
            continue
        found = next_verb(tokens, index)
        if found is None:
            continue
        at, skipped = found
        if kind == "do" and not any(plain(t) in _NEGATIVES for t in skipped):
            continue  # "what she did helped": did is the main verb
        word = tokens[at]
        if word.tag.startswith("NN") or word.text[:1].isupper():
            continue
        form = inflected_form(word.lower)
        if form is None or form.tag not in _WRONG_AFTER[kind]:
            continue
        if _is_question_subject(tokens, index, word):
            continue
        if kind == "modal" and _not_the_modals_verb(analysis, index, at, form.tag):
            continue
        if kind in ("to", "going", "any-to") and not _to_is_infinitive(analysis, at, form, kind):
            continue
        base = match_case(form.lemma, word.text)
        yield BASE_AFTER_AUXILIARY.finding(
            word.start,
            word.end,
            f'after "{helper.text}" use the base form of the verb: "{base}", not '
            f'"{word.text}"' + _passive_hint(form, kind),
            [base],
        )


_WRONG_AFTER = {
    "modal": ("VBZ", "VBD", "VBN", "VBG"),
    "do": ("VBZ", "VBD", "VBN", "VBG"),
    "to": ("VBZ", "VBD", "VBN", "VBG"),
    "going": ("VBZ", "VBD"),
    "any-to": ("VBZ", "VBD"),
}


def _helper_kind(tokens: list[Token], index: int) -> str | None:
    token = tokens[index]
    lower = plain(token)
    if token.tag == "MD" and lower in _MODALS:
        return "modal"
    if token.lemma == "do" and lower in ("do", "does", "did"):
        return "do"
    if lower == "to" and index > 0 and tokens[index - 1].sentence == token.sentence:
        head = plain(tokens[index - 1])
        if head in _INFINITIVE_HEADS:
            return "to"
        if head in _MOTION_HEADS:
            return "going"
        if head in ("have", "has", "had") and index > 1 and tokens[index - 2].tag != "MD":
            return "to"
        return "any-to"
    return None


def _to_is_infinitive(analysis: Analysis, at: int, form: VerbForm, kind: str) -> bool:
    """ "to reduced costs" after want is a verb; after "going" it may be a noun phrase."""
    if kind == "any-to":  # "to" may be a preposition: only a form no noun can take
        word = analysis.tokens[at].lower
        return word_classes(word) == {"VERB"} and not could_be_participle(word)
    if kind == "going":
        following = analysis.tokens[at + 1] if at + 1 < len(analysis.tokens) else None
        return following is None or not following.tag.startswith("NN")
    return True


def _passive_hint(form: VerbForm, kind: str) -> str:
    if form.tag == "VBN" and kind == "modal":
        be = inflect(form.lemma, "VBN")
        return f' (or the passive "be {be}").'
    return "."


#: After "have", these begin the main clause ("What money I had was stolen"); the
#: parser often reads the "had" as an auxiliary all the same.
_FINITE_BE_HAVE = frozenset({"was", "were", "is", "are", "am", "has", "have"})


@reports(PAST_PARTICIPLE)
def past_participle(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, have in enumerate(tokens):
        helper = plain(have)
        if have.lemma == "have" and helper in ("have", "has", "had", "'ve", "having"):
            passive = False
        elif have.lemma == "be" and helper in BE_FORMS:
            passive = True
        else:
            continue
        found = next_verb(tokens, index)
        if found is None:
            continue
        at, _ = found
        word = tokens[at]
        if word.lower in ("better", "rather", "best") or not word.tag.startswith("VB"):
            continue
        if word.lower == "got" and not passive:
            continue  # US "I've got two kids" (possession) beside "have gotten" (obtained)
        if word.text[:1].isupper() or _is_question_subject(tokens, index, word):
            continue
        if not passive and plain(word) in _FINITE_BE_HAVE:
            continue  # "The tool my teacher had was old": "had" ends a relative clause
        lemma = _non_participle_lemma(word.lower)
        if lemma is None or (passive and is_base(word.lower)):
            continue  # "is depend" is BE_BASE's
        if is_base(word.lower) and "NOUN" in word_classes(word.lower):
            following = tokens[at + 1] if at + 1 < len(tokens) else None
            if following is None or plain(following) not in OBJECT_START:
                continue  # "we have access to", "I have work to do"
        participle = inflect(lemma, "VBN")
        yield PAST_PARTICIPLE.finding(
            word.start,
            word.end,
            f'after "{have.text}" the {"passive" if passive else "perfect"} takes the past '
            f'participle: "{have.text} {participle}", not "{have.text} {word.text}".',
            [match_case(participle, word.text)],
        )


def _non_participle_lemma(word: str) -> str | None:
    """The verb `word` is the base, past or -s form of, when that form is no participle."""
    if could_be_participle(word):
        return None
    form = inflected_form(word)
    if form is not None:
        return form.lemma if form.tag in ("VBD", "VBZ") else None
    return word if is_base(word) else None
