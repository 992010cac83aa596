"""For every rule: a text it must flag and a near miss it must not (the meta-test's table).

Texts are written by the team. Each entry may carry options (program, specialty, a
comparison corpus). Rules that need LanguageTool are checked against a real server.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psassist.checks.analysis import CheckOptions

_LONG_VERY_HARD = (
    "Notwithstanding considerable institutional constraints, I systematically "
    "coordinated multidisciplinary interventions addressing socioeconomic determinants "
    "influencing medication adherence among elderly hypertensive outpatients attending "
    "overcrowded municipal dispensaries."
)
_COPIED = (
    "My years in the district hospital taught me that listening carefully to families "
    "is the quickest way to understand what a sick child really needs from us."
)
_WORDS_700 = " ".join(["I cared for patients on the ward and learned from each of them."] * 54)


@dataclass(frozen=True)
class Example:
    flag: str
    near_miss: str
    options: CheckOptions = field(default_factory=CheckOptions)
    #: Options for the near miss, when they differ.
    near_miss_options: CheckOptions | None = None


EXAMPLES: dict[str, Example] = {
    "readability.hard-sentence": Example(
        "During my internship year I worked in a busy district hospital, where I learned to "
        "examine patients carefully and to present them clearly.",
        "During my internship I worked in a busy hospital and saw many sick people there.",
    ),
    "readability.very-hard-sentence": Example(_LONG_VERY_HARD,
                                              "I coordinated care for elderly patients."),
    "readability.grade-level": Example(
        " ".join([_LONG_VERY_HARD] * 6),
        " ".join(["I saw many patients on the ward. I learned a lot from them."] * 10),
    ),
    "style.passive-voice": Example(
        "I was taught by my seniors. The plan was made by the team. The notes were written "
        "by me. I saw patients.",
        "I was tired after the night shift. I taught the interns. I made the plan. "
        "I wrote the notes. I saw patients.",
    ),
    "style.adverbs": Example(
        "I quickly learned. I carefully listened. I slowly improved. I eagerly asked.",
        "I learned early on. I listened daily. I finally improved. I asked.",
    ),
    "style.hedge": Example("I think I would be a good resident.",
                           "Neurology suits the way I think, and I like how I feel at work."),
    "style.intensifier": Example("It was a very busy ward.", "It was a busy ward every night."),
    "style.sentence-openings": Example(
        "I worked nights. I admitted patients. I called the consultant.",
        "I worked nights. Each evening I admitted patients. Later I called the consultant.",
    ),
    "style.i-openings": Example(
        " ".join(f"I did task {n}." for n in range(1, 11)),
        " ".join(f"{'I' if n % 2 else 'Then I'} did task {n}." for n in range(1, 11)),
    ),
    "style.overused-word": Example(
        "I organised rounds. " * 6 + "Rounds were long.",
        "I organised rounds. I led a journal club. I presented cases. I taught students.",
    ),
    "style.doubled-word": Example("I saw the the patient.", "I knew that that plan would work."),
    "style.cliche": Example("Ever since I was a child, I wanted to heal.",
                            "As a child I wanted to build bridges."),
    "style.passion-overload": Example(
        "My passion is teaching. I am passionate about research.",
        "My passion is teaching. I enjoy research.",
    ),
    "style.superlatives": Example(
        "The case was amazing. I was fascinated and captivated by it.",
        "The case was amazing. I studied it carefully.",
    ),
    "style.opening-quotation": Example(
        "\u201cWherever the art of medicine is loved, there is also a love of humanity.\u201d "
        "I agree.",
        "I remember the first patient I admitted. She said \u201cthank you\u201d at discharge.",
    ),
    "style.simpler-word": Example("I utilize ultrasound daily.", "I use ultrasound daily."),
    "style.red-flag-unexplained": Example(
        "I failed Step 1 because my father was ill.",
        "I failed Step 1 in 2021 while my father was ill. I rebuilt my study plan with a "
        "tutor and passed with a strong score; the same habits carried me through Step 2 CK.",
    ),
    "style.exclamation": Example("I matched in my dreams!", "I dreamed of matching."),
    "eras.character-limit": Example("word " * 5601, "word " * 5599),
    "eras.length": Example("I want to train in internal medicine.", _WORDS_700),
    "eras.plain-text": Example("I learned \u2014 slowly \u2014 to listen.",
                               "I learned - slowly - to listen."),
    "eras.formatting": Example("My strengths:\n- teamwork\n- patience",
                               "My strengths are teamwork - and patience."),
    "eras.program-name": Example(
        "I am excited to join the Internal Medicine Residency Program at Riverside Hospital.",
        "I completed my internship at Riverside Hospital, where I cared for many patients.",
    ),
    "eras.other-program": Example(
        "I am excited to join the Internal Medicine Residency Program at Riverside Hospital.",
        "I am excited to join the Internal Medicine Residency Program at Lakeview Hospital.",
        options=CheckOptions(program="Lakeview Hospital"),
    ),
    "eras.other-specialty": Example(
        "I am applying to pediatrics because I love working with families.",
        "I am applying to internal medicine; my pediatrics rotation taught me about families.",
        options=CheckOptions(specialty="Internal Medicine"),
    ),
    "style.disparaging-specialty": Example(
        "Unlike surgery, which only fixes one problem, family medicine treats the person.",
        "Unlike my surgery rotation, my family medicine clinic let me follow patients.",
    ),
    "privacy.patient-name": Example(
        "Mrs. Bibi was admitted with chest pain.",
        "My mentor, Dr. Ahmed Khan, taught me to spot Guillain-Barre syndrome in a patient.",
    ),
    "privacy.patient-age": Example(
        "A 67-year-old man was admitted with chest pain.",
        "When I was 12, I broke my arm.",
    ),
    "privacy.exact-date": Example(
        "She was admitted on March 14, 2020 with chest pain.",
        "I started my internship in March 2020.",
    ),
    "privacy.patient-place": Example(
        "The patient lived in the village of Shabqadar and was admitted with fever.",
        "The patient was admitted with fever after travelling from Pakistan.",
    ),
    "privacy.identifier": Example(
        "The patient, MRN 4829301, was admitted with fever.",
        "The patient was admitted with fever in 2019.",
    ),
    "originality.overlap": Example(
        "On my first day, " + _COPIED,
        "On my first day, my years in the district hospital taught me that listening carefully "
        "to families mattered.",
        options=CheckOptions(corpus=(("other.txt", "As a nurse wrote: " + _COPIED),)),
    ),
    # The learner layer (psassist.checks.learner), on spaCy's parse.
    "grammar.compound-hyphen": Example("I worked a 12 hour shift in the emergency room.",
                                       "The shift in the emergency room lasted 12 hours."),
    "grammar.preposition": Example("We discussed about the case at morning rounds.",
                                   "We talked about the case at morning rounds."),
    "grammar.confusable": Example("I did not want to loose the patient's trust.",
                                  "The suture was loose, so I did not want to lose time."),
    "grammar.run-together": Example("I learned alot from my mentor.",
                                    "I learned a lot from my mentor about atorvastatin."),
    "grammar.however-splice": Example("I studied hard, however I failed the exam.",
                                      "The results, however, were clear to everyone."),
    # LanguageTool rules: checked with a real server.
    "spelling.misspelling": Example("I recieved a warm welcome.",
                                    "I received a warm welcome and managed hyperkalemia."),
    "spelling.british": Example("I practised paediatrics in a busy centre.",
                                "I practiced pediatrics in a busy center."),
    "spelling.unknown-name": Example(
        "I trained with Dr. Oluwaseyi Adebanjo in Ibadan.",
        "I trained with Dr. Smith in Boston.",
    ),
    "grammar.languagetool": Example("The patients was very sick.", "The patients were sick."),
    "style.languagetool": Example(
        "The end result was a free gift.",
        "The result was a gift.",
    ),
    "grammar.agreement": Example("The results of the blood test was normal.",
                                 "The results of the blood test were normal."),
    "grammar.missing-article": Example("I want to become doctor.",
                                       "I want to become a doctor and stay at home less."),
    "grammar.uncountable-article": Example("I did a research on malaria.",
                                           "I did a research project on malaria."),
    "grammar.uncountable-plural": Example("The ward lacked equipments.",
                                          "The ward lacked equipment and beds."),
    "grammar.perfect-finished-time": Example("I have done my internship in 2019.",
                                             "I have worked here since 2019."),
    "grammar.stative-progressive": Example("I am having five years of experience.",
                                           "I am having dinner with the team."),
    "grammar.since-for": Example("I have worked here since five years.",
                                 "I have worked here for five years."),
}
