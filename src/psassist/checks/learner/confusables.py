"""Confusable words that the part of speech decides (lose/loose, advice/advise, then/than).

Each pair differs in its part of speech: "advice" is a noun, "advise" a verb; "loose" an
adjective, "lose" a verb. A finding needs more than the tagger's guess: the word must sit
where only the other member of the pair fits (after "to" or a modal, after a determiner,
right after a comparative). Where that is not certain the rule stays quiet.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import match_case, plain
from psassist.checks.learner.words import inflect, neighbour
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

CONFUSABLE = define(
    "grammar.confusable",
    Category.GRAMMAR,
    Severity.WARNING,
    "Confused word (there/their, then/than, to/too, lose/loose, advice/advise)",
    "Words that sound alike but are different parts of speech are a classic learner error, "
    "and a spell checker cannot see them. A warning until its precision is measured.",
    sources=(
        Source(
            'Oregon State Bar Bulletin, "Word Choices II" (advise/advice)',
            "http://www.osbar.org/publications/bulletin/08jan/legalwriter.html",
        ),
        Source(
            'WorkTalk, "Clarifying perplexing word pairs" (affect/effect, council/counsel, '
            "lose/loose)",
            "https://worktalk.com/clarifying-perplexing-word-pairs",
        ),
        Source(
            'Marquette Law, "More Commonly Confused Words"',
            "https://law.marquette.edu/facultyblog/2014/04/more-commonly-confused-words/",
        ),
        Source(
            'Grammar.com, "Led / Lead" (the past of "lead" is "led")',
            "http://www.grammar.com/led-lead",
        ),
        Source(
            'Sophia, "Commonly Confused Words" (there/their/they\'re, to/too/two)',
            "https://www.sophia.org/tutorials/commonly-confused-words-4",
        ),
        Source(
            'Grammar Monster, "Than or Then?" ("than" introduces a comparison)',
            "http://www.grammar-monster.com/easily_confused/than_then.htm",
        ),
        Source(
            'Strategically, "How to spell disease" ("decease" means death)',
            "https://strategically.co/blog/grammar-tips/how-to-spell-disease/",
        ),
        Source(
            'Heads Up English, "Ad vs Add"',
            "https://headsupenglish.com/confusing-words/ad-vs-add",
        ),
        Source(
            'SpeakSpeak, "Fell or felt?" ("fell" is the past of "fall")',
            "http://speakspeak.com/confusing-words/fell-felt",
        ),
        Source(
            'South China Morning Post, "Expand your vocabulary" (board/broad)',
            "http://www.scmp.com/article/549194/expand-your-vocabulary",
        ),
        Source(
            'Grammar Monster, "Raise, Rise or Raze?" ("raise" takes an object)',
            "http://www.grammar-monster.com/easily_confused/raise_rise_raze.htm",
        ),
        Source(
            'Edit This, "Grammar Lesson: Break and Brake"',
            "https://www.editthisllc.com/post/2019/08/01/edit-this-grammar-lesson-break-and-brake",
        ),
    ),
    example=Example(
        flag="I did not want to loose the patient's trust.",
        near_miss="The suture was loose, so I did not want to lose time.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Words after which only a bare verb fits: "to lose", "will advise", "cannot lose".
_VERB_SLOT = frozenset(
    {"to", "will", "would", "can", "could", "should", "must", "may", "might", "shall", "cannot"}
)
_SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "you"})
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "its",
        "this",
        "that",
        "some",
        "any",
        "good",
        "wise",
        "expert",
        "medical",
        "professional",
        "valuable",
        "sound",
    }
)
_COMPARATIVE_WORDS = frozenset({"more", "less", "fewer", "rather", "other"})
#: "to effect change" is correct: effect as a verb means "bring about".
_EFFECT_OBJECTS = frozenset(
    {
        "change",
        "changes",
        "reform",
        "reforms",
        "transformation",
        "improvement",
        "improvements",
        "a",
        "an",
    }
)


_PERSON_OBJECTS = frozenset({"me", "him", "her", "us", "them", "you", "people", "patients"})


def _after_verb_slot(analysis: Analysis, i: int) -> bool:
    before = neighbour(analysis, i, -1)
    if before is None:
        return False
    if before.lower in {"not", "n't", "never"}:
        before = neighbour(analysis, i, -2)
    return before is not None and (before.lower in _VERB_SLOT or before.tag == "MD")


def _noun_slot(analysis: Analysis, i: int) -> bool:
    before = neighbour(analysis, i, -1)
    return before is not None and before.lower in _DETERMINERS


def confusable_finding(token: Token, right: str, why: str) -> Finding:
    """The one shape every confusable finding takes (here, in sound_alikes.py and in
    near_spellings.py): the reason, then the right word in the writer's capitals."""
    fixed = match_case(right, token.text)
    return CONFUSABLE.finding(token.start, token.end, f'{why}: "{fixed}".', [fixed])


def _verb_for_noun(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """advice/council/breath used where a verb must stand ("to advice", "I advice")."""
    verbs = {"advice": "advise", "council": "counsel", "breath": "breathe"}
    if token.lower not in verbs:
        return None
    before = neighbour(analysis, i, -1)
    subject_verb = token.lower in ("advice", "council") and _has_pronoun_subject(analysis, i)
    if not (_after_verb_slot(analysis, i) or subject_verb):
        return None
    if token.lower == "breath" and before is not None and before.lower == "to":
        after = neighbour(analysis, i, 1)
        if after is not None and after.pos == "NOUN":
            return None  # "short of breath"-like noun uses after "to" are rare but possible
    right = verbs[token.lower]
    noun = "a noun" if token.lower != "breath" else "the noun"
    return confusable_finding(token, right, f'"{token.lower}" is {noun}; the verb is "{right}"')


def _has_pronoun_subject(analysis: Analysis, i: int) -> bool:
    """The parse makes the word a verb with "I", "we", "they" or "you" as its subject and an
    object after it: "I now advice every family", "we council mothers"."""
    token = analysis.tokens[i]
    if token.pos != "VERB":
        return False
    kids = [t for t in analysis.tokens[max(0, i - 4) : i + 6] if t.head == i]
    subject = any(t.dep == "nsubj" and t.lower in _SUBJECT_PRONOUNS for t in kids)
    return subject and any(t.dep == "dobj" for t in kids)


def _noun_for_verb(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "good advise", "the affect of": a verb where a noun must stand."""
    if token.lower == "advise" and _noun_slot(analysis, i):
        after = neighbour(analysis, i, 1)
        if after is not None and after.pos in {"NOUN", "PRON", "PROPN"}:
            return None  # "that advise patients": a verb with its object
        return confusable_finding(token, "advice", '"advise" is the verb; the noun is "advice"')
    if token.lower == "affect" and _noun_slot(analysis, i):
        after = neighbour(analysis, i, 1)
        if after is not None and after.lower == "on":
            return confusable_finding(
                token, "effect", '"affect" is the verb; a result or influence is an "effect"'
            )
    return None


def _loose_lose(analysis: Analysis, i: int, token: Token) -> Finding | None:
    if token.lower == "loose" and _after_verb_slot(analysis, i):
        before = neighbour(analysis, i, -1)
        if before is not None and before.lower in {"let", "cut", "break"}:
            return None
        return confusable_finding(
            token, "lose", '"loose" means not tight; to fail to keep is "lose"'
        )
    if token.lower == "lose" and _after_loosening_verb(analysis, i):
        return confusable_finding(
            token, "loose", '"lose" is a verb; free or not fastened is "loose"'
        )
    if token.lower == "lose" and _noun_slot(analysis, i):
        after = neighbour(analysis, i, 1)
        if after is not None and after.pos == "NOUN" and after.dep != "dobj":
            return confusable_finding(
                token, "loose", '"lose" is a verb; the adjective (not tight) is "loose"'
            )
    return None


#: Verbs that take "loose" as a result: "come loose", "break loose", "cut loose".
_LOOSENING_VERBS = frozenset({"come", "break", "cut", "shake", "tear", "set", "turn", "let"})


def _after_loosening_verb(analysis: Analysis, i: int) -> bool:
    """ "a knot that comes lose": "lose" right after come/break/cut with no object after it."""
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is None or before.lemma not in _LOOSENING_VERBS or before.pos != "VERB":
        return False
    return after is None or after.pos not in {"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"}


def _effected(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "I was deeply effected by her death", "it will effect them": a person is affected."""
    if token.lower == "effect" and _after_verb_slot(analysis, i):
        after = neighbour(analysis, i, 1)
        if after is not None and (after.lower in _PERSON_OBJECTS or after.pos == "ADP"):
            return confusable_finding(
                token,
                "affect",
                "to change or influence something is to "
                '"affect" it; "effect" as a verb means to bring about',
            )
        return None
    if token.lower != "effected" or token.tag != "VBN":
        return None
    subject = next(
        (t for t in analysis.tokens[max(0, i - 5) : i] if t.head == i and t.dep == "nsubjpass"),
        None,
    )
    after = neighbour(analysis, i, 1)
    if subject is None or subject.lower not in {"i", "we", "he", "she", "they", "you"}:
        return None
    if after is not None and after.lower in _EFFECT_OBJECTS:
        return None
    return confusable_finding(
        token, inflect("affect", "VBN"), 'to be changed or moved by something is to be "affected"'
    )


def _ends_comparison(analysis: Analysis, i: int) -> bool:
    """The words before end a comparison: "better", "more", "more difficult"."""
    before = neighbour(analysis, i, -1)
    if before is None:
        return False
    if before.tag in {"JJR", "RBR"} or before.lower in _COMPARATIVE_WORDS:
        return True
    two_before = neighbour(analysis, i, -2)
    return (
        before.pos in {"ADJ", "ADV"}
        and two_before is not None
        and two_before.lower in {"more", "less"}
    )


def _then_than(analysis: Analysis, i: int, token: Token) -> Finding | None:
    before = neighbour(analysis, i, -1)
    after = neighbour(analysis, i, 1)
    if token.lower == "then" and before is not None and _ends_comparison(analysis, i):
        if before.lower in {"later", "earlier", "sooner"}:
            return None  # "a week later then" can be a time sequence
        if after is None or after.is_punct:
            return None
        if before.lower in {"more", "less"} and after.dep in {"nsubj", "nsubjpass"}:
            return None  # "they use more then costs rise": "then" may mean "next"
        sentence = analysis.sentences[token.sentence]
        if any(t.lower == "if" for t in analysis.tokens[sentence.first_token : i]):
            return None  # "if ... then": the "then" of a condition
        return confusable_finding(
            token,
            "than",
            "after a comparison (more, better, rather) English uses "
            '"than"; "then" means "next" or "at that time"',
        )
    if token.lower == "than" and before is not None and before.lower in {"and", ","}:
        sentence = analysis.sentences[token.sentence]
        earlier = analysis.tokens[sentence.first_token : i]
        if any(
            t.tag in {"JJR", "RBR"} or t.lower in _COMPARATIVE_WORDS | {"rather", "prefer"}
            for t in earlier
        ):
            return None
        return confusable_finding(
            token, "then", '"than" compares; for "next" or "after that" English uses "then"'
        )
    return None


def _its_very_adjective(analysis: Analysis, i: int) -> bool:
    """ "its very expensive to..." (it is), unlike "its very own" or "its very nature"."""
    very, adjective, then = (neighbour(analysis, i, k) for k in (1, 2, 3))
    return (
        very is not None
        and very.lower == "very"
        and adjective is not None
        and adjective.pos == "ADJ"
        and adjective.lower != "own"
        and (then is None or then.pos not in {"NOUN", "PROPN", "ADJ"})
    )


def _its(analysis: Analysis, i: int, token: Token) -> Finding | None:
    after = neighbour(analysis, i, 1)
    if after is None:
        return None
    if token.lower == "it's" or (token.lower == "it" and after.lower in {"'s", "\u2019s"}):
        own = neighbour(analysis, i, 2) if token.lower == "it" else after
        if own is not None and own.lower == "own":
            end = after.end if token.lower == "it" else token.end
            fixed = match_case("its", token.text)
            return CONFUSABLE.finding(
                token.start,
                end,
                f'"it\'s" means "it is"; the possessive has no apostrophe: "{fixed} own".',
                [fixed],
            )
    if token.lower == "its" and (
        after.lower in {"a", "an", "been", "not"} or _its_very_adjective(analysis, i)
    ):
        return confusable_finding(
            token, "it's", '"its" is the possessive; "it is" or "it has" is written "it\'s"'
        )
    return None


_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "you"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this"})
_PERFECT_AUX = frozenset({"have", "has", "had", "'ve"})


def _singular_subject(analysis: Analysis, i: int) -> bool:
    """The verb's subject is one thing: "this experience", "my mother", "she". With no
    subject in the parse, a singular noun right before the verb that hangs on it counts
    ("That morning lead me", where the parser reads "morning" as a time adverb)."""
    tokens = analysis.tokens
    window = range(max(0, i - 6), i)
    subjects = [j for j in window if tokens[j].head == i and tokens[j].dep == "nsubj"]
    if not subjects and i > 0 and tokens[i - 1].head == i and tokens[i - 1].dep == "npadvmod":
        subjects = [i - 1]
    for j in subjects:
        if tokens[j].tag in {"NN", "NNP"}:
            return not any(tokens[k].head == j and tokens[k].dep == "conj" for k in window)
        return tokens[j].lower in _SINGULAR_PRONOUNS
    return False


def _led(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "That morning lead me to medicine", "she has lead the team": the past is "led"."""
    if token.lower != "lead" or token.pos != "VERB":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if after is None or after.pos in {"NOUN", "VERB", "AUX"}:
        return None  # "lead poisoning", "our team lead guided me"
    why = '"lead" is the present; its past and past participle are spelled "led"'
    if before is not None and plain(before) in _PERFECT_AUX:
        return confusable_finding(token, "led", why)
    helpers = [t for t in analysis.tokens[max(0, i - 4) : i] if t.head == i and t.dep == "aux"]
    if before is None or helpers:
        return None  # "will lead", "to lead", "could potentially lead", "did lead"
    object_follows = after.lower in _OBJECT_PRONOUNS or after.lower == "to"
    if object_follows and _singular_subject(analysis, i):
        return confusable_finding(token, "led", why + ' (a present "lead" would need "leads" here)')
    return None


_PAIRS = (_verb_for_noun, _noun_for_verb, _loose_lose, _effected, _then_than, _its, _led)


@reports(CONFUSABLE)
def check_confusables(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if not token.is_alpha and token.lower not in {"it's", "it\u2019s"}:
            continue
        for pair in _PAIRS:
            finding = pair(analysis, i, token)
            if finding is not None:
                yield finding
                break
