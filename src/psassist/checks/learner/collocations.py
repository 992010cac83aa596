"""Verbs and adjectives used with the wrong preposition ("interested for", "discuss about").

Many languages mark the object of "discuss" or "emphasize" with a preposition, so
learners add one English does not use; others translate the preposition word for word
("interested for", "responsible of"). Each pair below is a curated entry with its source.
The parse decides that the preposition really belongs to the word (its head), so
"the case we discussed, about which..." or "an interest for years" are not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.words import word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

PREPOSITION = define(
    "grammar.preposition",
    Category.GRAMMAR,
    Severity.WARNING,
    "Wrong preposition after a verb or adjective",
    "English fixes the preposition after many words (interested in, married to, discuss "
    "without about); the wrong one is among the errors US readers notice first in a "
    "learner's writing. A warning until its precision is measured: a rare correct use "
    '("married with two children") can look like the error.',
    sources=(
        Source(
            '"Some common expressions without prepositions"',
            "https://www.ielts-practice.org/some-common-expressions-without-prepositions/",
        ),
        Source(
            'Oxford Learner\'s Dictionaries, "discuss" (discuss something with somebody)',
            "https://www.oxfordlearnersdictionaries.com/definition/english/discuss",
        ),
        Source(
            'Oxford Learner\'s Dictionaries, "explain" (explain something to somebody)',
            "https://www.oxfordlearnersdictionaries.com/definition/english/explain",
        ),
        Source(
            "Merriam-Webster, \"'Arrive At' vs. 'Arrive To'\"",
            "https://www.merriam-webster.com/grammar/arrive-at-vs-arrive-to-usage",
        ),
        Source(
            'British Council LearnEnglish, "Adjectives and prepositions" (angry with, good '
            "at, married to, interested in)",
            "https://learnenglish.britishcouncil.org/en/quick-grammar/adjectives-prepositions",
        ),
        Source(
            'English Illustrated, "Dependent prepositions: adjective list N-Z" (proud of)',
            "https://englishillustrated.com/grammar/prepositions/dependent-prepositions/"
            "dependent-prepositions-adjective-list-nz/",
        ),
        Source(
            'Camilla\'s English Page, "Emphasis vs. Emphasize"',
            "https://www.camillasenglishpage.org/grammar/usage/common-errors-in-english-usage/emphasis-vs-emphasize/",
        ),
        Source(
            'Wordopedia, "Dependent Prepositions: Verb and Adjective Lists"',
            "https://wordopedia.org/dependent-prepositions",
        ),
        Source(
            'Mastergrammar, "Advanced Dependent Prepositions"',
            "https://mastergrammar.org/en/topics/advanced-dependent-prepositions/",
        ),
        Source(
            'Grammar Girl, "Graduated versus Graduated From"',
            "https://www.quickanddirtytips.com/education/grammar/graduated-versus-graduated-from",
        ),
        Source(
            'Cambridge Dictionary, "cope" (cope with something)',
            "https://dictionary.cambridge.org/dictionary/english/cope",
        ),
        Source(
            'Cambridge Dictionary, "enjoy" (enjoy something, enjoy yourself)',
            "https://dictionary.cambridge.org/dictionary/english/enjoy",
        ),
        Source(
            'Cambridge Dictionary, "trust" (trust someone, trust in someone)',
            "https://dictionary.cambridge.org/dictionary/english/trust",
        ),
        Source(
            'Cambridge Dictionary, "enter" (enter a place; enter into an agreement)',
            "https://dictionary.cambridge.org/dictionary/english/enter",
        ),
        Source(
            'Cambridge Dictionary, "attend" (attend an event; attend to someone)',
            "https://dictionary.cambridge.org/dictionary/english/attend",
        ),
        Source(
            'Cambridge Dictionary, "reach" (reach a place)',
            "https://dictionary.cambridge.org/dictionary/english/reach",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "For" (for + object + to-infinitive)',
            "https://dictionary.cambridge.org/grammar/british-grammar/for",
        ),
        Source(
            'Cambridge Dictionary, "go" (go swimming, go shopping)',
            "https://dictionary.cambridge.org/dictionary/english/go",
        ),
        Source(
            'Cambridge Dictionary, "focus" (focus on something)',
            "https://dictionary.cambridge.org/dictionary/english/focus",
        ),
        Source(
            'Cambridge Dictionary, "doubt" (cast doubt on something)',
            "https://dictionary.cambridge.org/dictionary/english/doubt",
        ),
        Source(
            'NREL Communication Standards, "compose and comprise" (composed of)',
            "https://www.nrel.gov/comm-standards/editorial/compose-and-comprise.html",
        ),
        Source(
            'Cambridge Dictionary, "travel" (travel to a place)',
            "https://dictionary.cambridge.org/dictionary/english/travel",
        ),
    ),
    example=Example(
        flag="We discussed about the case at morning rounds.",
        near_miss="We talked about the case at morning rounds.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)


@dataclass(frozen=True)
class Collocation:
    """`word` (a lemma) used with `wrong`; `right` replaces it ("" drops it)."""

    word: str
    pos: frozenset[str]
    wrong: frozenset[str]
    right: str
    #: Only when the preposition's object is a person ("married with him").
    person_object: bool = False
    #: Never when the object is a person: "proud for you" is heard in US speech.
    thing_object: bool = False
    #: Never when the object could be the doer or the subject a work: "composed by
    #: Mozart", "by the band", "the song was composed by a friend".
    no_agent: bool = False
    #: Only when the object is a skill: a gerund or a bare singular noun ("good in
    #: suturing", "good in surgery"), not "good in a crisis" or "good in teams".
    skill_object: bool = False
    #: The fix when the object is a city or country ("arrived in Lahore", not "at").
    place_right: str = ""
    #: Objects that make the pair correct: "angry on behalf of", "participate at a level".
    except_objects: frozenset[str] = frozenset()
    #: When set, the only objects the pair is wrong with ("enter into the hospital", but
    #: "enter into an agreement" is right).
    only_objects: frozenset[str] = frozenset()
    #: A named city or country is one of `only_objects` too ("reached to Lahore").
    named_places: bool = False


#: Places that follow "graduate" and need "from" ("graduated medical school"; see
#: collocation_phrases.py).
SCHOOLS = frozenset(
    {"school", "college", "university", "program", "programme", "academy", "institute"}
)
_VERB = frozenset({"VERB"})
#: Places one enters or reaches directly ("entered the hospital", "reached the clinic").
_PLACES = word_set("""
hospital hospitals clinic clinics room rooms ward wards building city village town country
airport station office home house campus school college university destination
""")
#: Fields and careers one enters directly ("entered medicine", "entered politics").
_FIELDS = word_set("""
medicine politics profession field residency surgery pediatrics psychiatry science research
""")
#: Events and schools one attends directly ("attended the conference").
_EVENTS = word_set("""
class classes lecture lectures conference conferences meeting meetings course courses
seminar seminars workshop workshops church mass
""")
_ADJ = frozenset({"ADJ", "VERB"})  # "interested" and "married" are tagged either way
_TABLE = (
    Collocation("discuss", _VERB, frozenset({"about", "on"}), ""),
    Collocation("emphasize", _VERB, frozenset({"on", "about"}), ""),
    Collocation("emphasise", _VERB, frozenset({"on", "about"}), ""),
    Collocation("mention", _VERB, frozenset({"about"}), ""),
    Collocation("lack", _VERB, frozenset({"of", "in"}), ""),
    Collocation("approach", _VERB, frozenset({"to"}), ""),
    Collocation("resemble", _VERB, frozenset({"to", "with"}), ""),
    Collocation("request", _VERB, frozenset({"for"}), ""),
    Collocation("contact", _VERB, frozenset({"with", "to"}), ""),
    Collocation("accompany", _VERB, frozenset({"with"}), ""),
    Collocation("interested", _ADJ, frozenset({"for", "on", "about", "at"}), "in"),
    Collocation("responsible", _ADJ, frozenset({"of"}), "for"),
    Collocation("aware", _ADJ, frozenset({"about"}), "of"),
    Collocation("afraid", _ADJ, frozenset({"from"}), "of"),
    Collocation("fond", _ADJ, frozenset({"for", "about"}), "of"),
    Collocation("similar", _ADJ, frozenset({"with"}), "to"),
    Collocation("dedicated", _ADJ, frozenset({"for"}), "to"),
    Collocation("exposed", _ADJ, frozenset({"with"}), "to"),
    Collocation("deprived", _ADJ, frozenset({"from"}), "of"),
    Collocation("addicted", _ADJ, frozenset({"with"}), "to"),
    Collocation("famous", _ADJ, frozenset({"of"}), "for"),
    Collocation("involved", _ADJ, frozenset({"on"}), "in"),
    Collocation("married", _ADJ, frozenset({"with"}), "to", person_object=True),
    Collocation("marry", _VERB, frozenset({"with"}), "", person_object=True),
    Collocation("depend", _VERB, frozenset({"of", "from"}), "on"),
    Collocation("consist", _VERB, frozenset({"from", "by"}), "of"),
    Collocation("specialize", _VERB, frozenset({"on"}), "in"),
    Collocation("suffer", _VERB, frozenset({"of"}), "from"),
    Collocation("explain", _VERB, frozenset({"about"}), ""),
    Collocation("arrive", _VERB, frozenset({"to"}), "at", place_right="in"),
    Collocation(
        "participate", _VERB, frozenset({"at", "on"}), "in", except_objects=frozenset({"level"})
    ),
    Collocation("angry", _ADJ, frozenset({"on"}), "with", except_objects=frozenset({"behalf"})),
    Collocation("proud", _ADJ, frozenset({"for"}), "of", thing_object=True),
    Collocation("good", _ADJ, frozenset({"in"}), "at", skill_object=True),
    Collocation("dependent", _ADJ, frozenset({"of", "from"}), "on"),
    Collocation("trust", _VERB, frozenset({"on"}), ""),
    Collocation("enjoy", _VERB, frozenset({"in"}), "", except_objects=frozenset({"particular"})),
    Collocation("stress", _VERB, frozenset({"on", "upon"}), ""),
    Collocation("focus", _VERB, frozenset({"at", "in"}), "on"),
    Collocation("focused", _ADJ, frozenset({"at", "in"}), "on"),
    Collocation("composed", _ADJ, frozenset({"by"}), "of", no_agent=True),
    Collocation("travel", _VERB, frozenset({"for"}), "to", named_places=True),
    Collocation(
        "enter", _VERB, frozenset({"into"}), "", only_objects=_PLACES | _FIELDS, named_places=True
    ),
    Collocation("reach", _VERB, frozenset({"to"}), "", only_objects=_PLACES, named_places=True),
    Collocation("attend", _VERB, frozenset({"to"}), "", only_objects=SCHOOLS | _EVENTS),
)
_BY_WORD: dict[str, list[Collocation]] = {}
for _entry in _TABLE:
    _BY_WORD.setdefault(_entry.word, []).append(_entry)

#: Objects that make "for"/"at"/"on" an adverbial, not the word's complement.
_TIMES = frozenset({"DATE", "TIME"})
_TIME_WORDS = word_set("""
years year months month weeks week days day hours hour time while long decades now
dawn dusk noon midnight night morning evening afternoon
""")
_PERSON_WORDS = word_set("""
him her them me you us man woman doctor physician surgeon nurse engineer teacher
""")


def _object_of(analysis: Analysis, prep_index: int) -> Token | None:
    for token in analysis.tokens[prep_index + 1 : prep_index + 6]:
        if token.head == prep_index and token.dep in {"pobj", "pcomp"}:
            return token
    return None


#: Nouns after "good in" that name a situation or a state, not a skill.
_NOT_SKILLS = word_set("""
time shape condition health faith part general particular practice theory life order place
hands company spirits
""")


def _is_person(target: Token | None) -> bool:
    return target is not None and (
        target.lower in _PERSON_WORDS or target.ent_type == "PERSON" or target.pos == "PRON"
    )


#: Makers of a work, and works that have a maker ("composed by the orchestra").
_AGENT_WORDS = word_set("""
composer composers musician musicians artist artists band orchestra choir poet poets author
authors writer writers friend friends student students
""")
_WORKS = word_set("""
song songs music piece pieces symphony poem poems opera score melody anthem hymn sonata
concerto lyrics letter essay work works
""")


def _is_agent(analysis: Analysis, head: Token, target: Token | None) -> bool:
    """The object could be who made something, or the subject is something made."""
    if target is None or _is_person(target) or target.pos == "PROPN":
        return True
    if target.lower in _AGENT_WORDS or target.ent_type in {"ORG", "NORP"}:
        return True
    index = analysis.tokens.index(head)
    subjects = [t for t in analysis.tokens if t.head == index and t.dep == "nsubjpass"]
    return any(t.lower in _WORKS for t in subjects)


def _is_skill(analysis: Analysis, target: Token | None) -> bool:
    """A gerund ("good in suturing") or a bare singular noun ("good in anatomy")."""
    if target is None or target.lower in _NOT_SKILLS:
        return False
    if target.tag == "VBG":
        return True
    index = analysis.tokens.index(target)
    determined = any(
        t.head == index and t.dep in {"det", "poss", "nummod"}
        for t in analysis.tokens[max(0, index - 4) : index]
    )
    return target.tag == "NN" and not determined


def _is_named_object(entry: Collocation, target: Token | None) -> bool:
    """The object is one of the entry's `only_objects` (or a named place, where allowed)."""
    if target is None:
        return False
    return target.lower in entry.only_objects or (
        entry.named_places and target.ent_type in {"GPE", "LOC"}
    )


def _fits(analysis: Analysis, entry: Collocation, head: Token, target: Token | None) -> bool:
    """The entry's conditions on the preposition's object hold."""
    if entry.no_agent and _is_agent(analysis, head, target):
        return False
    if target is not None and (target.lower in _TIME_WORDS or target.lower in entry.except_objects):
        return False
    if target is not None and target.ent_type in _TIMES:
        return False  # a time, not the word's complement: "focus in 2022"
    if (entry.only_objects or entry.named_places) and not _is_named_object(entry, target):
        return False
    if entry.person_object and not _is_person(target):
        return False
    if entry.thing_object and (target is None or _is_person(target)):
        return False
    return not entry.skill_object or _is_skill(analysis, target)


def _entry_for(
    analysis: Analysis, head: Token, prep: Token, prep_index: int
) -> tuple[Collocation, Token | None] | None:
    for entry in _BY_WORD.get(head.lemma, []) + _BY_WORD.get(head.lower, []):
        if prep.lower not in entry.wrong or head.pos not in entry.pos:
            continue
        target = _object_of(analysis, prep_index)
        following = analysis.tokens[prep_index + 1 : prep_index + 2]
        if following and following[0].lower in entry.except_objects:
            continue  # a fixed phrase the parse may not see: "enjoyed in particular"
        if _fits(analysis, entry, head, target):
            return entry, target
    return None


def _right_one_later(analysis: Analysis, prep_index: int, right: str, target: Token | None) -> bool:
    """The right preposition follows, on the word or on the wrong one's object, and is not
    a time ("arrived to the clinic at dawn" is still wrong)."""
    tokens = analysis.tokens
    heads = {prep_index - 1} | ({tokens.index(target)} if target is not None else set())
    for j in range(prep_index + 1, min(prep_index + 9, len(tokens))):
        if tokens[j].lower != right or tokens[j].head not in heads:
            continue
        time = _object_of(analysis, j)
        if time is None or (time.lower not in _TIME_WORDS and time.ent_type not in _TIMES):
            return True
    return False


def _wrong_prepositions(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, prep in enumerate(tokens):
        if prep.pos != "ADP" or i == 0 or prep.head != i - 1:
            continue
        head = tokens[i - 1]  # only the word right before: "discussed about", not further
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.pos == "ADP":
            continue  # a phrasal verb before its own preposition: "focus in on", "enter into with"
        found = _entry_for(analysis, head, prep, i)
        if found is None:
            continue
        entry, target = found
        right = entry.right
        if entry.place_right and target is not None and target.ent_type in {"GPE", "LOC"}:
            right = entry.place_right
        if right and _right_one_later(analysis, i, right, target):
            continue  # "focus in the clinic on prevention": "in" is a place, not the complement
        if right:
            fixed = f"{head.text} {right}"
            why = f'after "{head.lower}" English uses "{right}", not "{prep.lower}"'
        else:
            fixed = head.text
            why = (
                f'"{head.lemma}" takes its object directly, with no "{prep.lower}" '
                f'("{head.lemma} the plan")'
            )
        yield PREPOSITION.finding(head.start, prep.end, f'{why}: "{fixed}".', [fixed])


@reports(PREPOSITION)
def check_prepositions(analysis: Analysis) -> Iterator[Finding]:
    yield from _wrong_prepositions(analysis)
