"""Medical word formation: combining forms joined to known words or to known roots.

Medicine builds words from Greek and Latin parts: neuro + protective, immuno + histo +
chemistry, cardio-oncology, gastr + itis. No dictionary lists them all, so a word the
speller does not know is accepted when it splits, whole, into
- one or more combining forms followed by a word the speller knows
  ("neuroprotective", "immunohistochemistry", "cardio-oncology"), or
- a root followed by a medical suffix ("gastritis", "colectomy", "nephropathy").

Every part must be known; a misspelling never splits this way ("neurorecieve" has an
unknown last part). The parts come from standard lists of medical word roots
(e.g. Wikipedia, "List of medical roots, suffixes and prefixes",
https://en.wikipedia.org/wiki/List_of_medical_roots,_suffixes_and_prefixes).
"""

from __future__ import annotations

from collections.abc import Callable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Roots that combine with a following part, without the linking vowel.
ROOTS = _words("""
    aden adip aer angi arteri arthr ather audi bacteri bi bronch carcin cardi cephal
    cerebr cervic cholangi chol choledoch chondr col colon crani cyst cyt dermat derm
    duoden electr encephal endocrin enter erythr esophag fibr gastr gingiv gloss glyc
    gynec hem hemat hepat hist hyster ile immun kerat lapar laryng leuk lip lith lymph
    mamm mast mening metr micr my myel myc myocardi nas necr nephr neur ocul odont onc
    oophor ophthalm orchi oste ot pancreat path ped pericardi periton pharyng phleb pneum
    pneumon proct prostat psych pulmon pyel radi ren retin rhin salping sarc scler splen
    spondyl steth stomat synov tend ten thorac thromb thyr tonsill trache ur ureter
    urethr uter vas ven vertebr
""")
#: Combining forms: a root and its linking vowel ("cardio", "gastro", "immuno"), and
#: medical prefixes. General prefixes (pre-, sub-, super-, trans-) are left to the
#: speller's own affix rules: with them "superceded" would pass as super + ceded.
COMBINING_FORMS = frozenset(
    {root + "o" for root in ROOTS}
    | _words("""
        angio anti auto bio chemo echo endo epi haemo hyper hypo intra macro micro neo
        peri poly pseudo radio
    """)
)
#: Suffixes that follow a root ("-itis") or a combining form ("-logy" after "cardio").
SUFFIXES = _words("""
    algia cele centesis cyte cytes ectomy ectomies emia emias genesis genic gram grams
    graph graphy iasis itis logy logist logists logic logical lysis megaly oma omas
    opathy opathies osis ostomy ostomies otomy otomies pathy pathic pathies penia
    phobia plasty plasties plegia plegic rrhage rrhea scope scopes scopy scopic scopies
    stomy stomies tomy tomies trophy ology ologist ologists ological ologically
""")
_MIN_PART = 3


def is_medical_formation(word: str, known: Callable[[str], bool]) -> bool:
    """Whether the word is built from combining forms and known parts (see module doc)."""
    lower = word.lower()
    if not lower.isascii() or len(lower) < 6:
        return False
    if "-" in lower:
        first, _, rest = lower.partition("-")
        # "cardio-oncology", "neuro-ophthalmology": a combining form, then a known word
        # or another formation.
        return (
            first in COMBINING_FORMS
            and rest.isalpha()
            and (known(rest) or _formation(rest, known, depth=0))
        )
    return lower.isalpha() and _formation(lower, known, depth=0)


def _formation(word: str, known: Callable[[str], bool], depth: int) -> bool:
    if depth > 3:
        return False
    for size in range(2, len(word) - _MIN_PART + 1):
        head, tail = word[:size], word[size:]
        # A suffix that starts with a vowel follows a root (gastr-itis); one that starts
        # with a consonant follows a combining form (onco-logy, not "onc-logy").
        vowel_suffix = tail in SUFFIXES and tail[0] in "aeiouy"
        if head in ROOTS and vowel_suffix:
            return True
        if head in COMBINING_FORMS and (
            (tail in SUFFIXES and not vowel_suffix)
            or (len(tail) > _MIN_PART and known(tail))
            or _formation(tail, known, depth + 1)
        ):
            return True
    return False
