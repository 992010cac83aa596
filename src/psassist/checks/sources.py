"""The public pages the rules cite, each defined once.

Every entry is a page that ../shared/CHECKS.md or ../shared/DOMAIN.md cites for the rule
(their source keys are in the comments), so `psassist rules ID` can show a reader where
the advice comes from and let them open it.
"""

from __future__ import annotations

# AAMC's personal-statement page is an ERAS fact's source too, so it is defined there.
from psassist.eras_facts import AAMC_PERSONAL_STATEMENT as AAMC_PERSONAL_STATEMENT
from psassist.findings import Source

# Writing tools whose rules ours follow.
HEMINGWAY = Source(  # [fcc-hw]
    "freeCodeCamp: Deconstructing the Hemingway App",
    "https://www.freecodecamp.org/news/deconstructing-the-hemingway-app-8098e22d878d/",
)
HEMINGWAY_RULES = Source(  # [samw-js]
    "SamWSoftware/Projects: the Hemingway App's rules reimplemented (hemingway/index.js)",
    "https://github.com/SamWSoftware/Projects",
)
HEMINGWAY_TARGETS = Source(  # [hw-2014-stats]
    "The Adventurous Copywriter: Hemingway App targets (adverbs, passive voice), July 2014",
    "https://adventurouscopywriter.blogspot.com/2014/07/",
)
AUTOCRIT_ADVERBS = Source(  # [autocrit]
    "AutoCrit's adverb guideline (about 10 per 1,000 words), described on a writer's blog",
    "https://marynidasmith.blogspot.com/2016/03",
)
PWA_SENTENCE_STARTS = Source(  # [pwa-starts]
    "ProWritingAid: Sentence Start",
    "https://prowritingaid.com/grammar/1008147/Sentence_Start",
)
PWA_OVERUSED = Source(  # [pwa-structure]
    "ProWritingAid: overused words and echoes",
    "https://prowritingaid.com/art/848",
)
PROSELINT = Source(  # [proselint-repo]
    "proselint: lexical illusions and hedging checks",
    "https://github.com/amperser/proselint",
)
VALE_WRITE_GOOD = Source(  # [vale-wg]
    "Vale write-good style: Weasel words",
    "https://github.com/errata-ai/write-good",
)
VALE_GOOGLE = Source(  # [vale-wg] (Google)
    "Vale Google style: Exclamation",
    "https://github.com/errata-ai/Google",
)
RETEXT_SIMPLIFY = Source(  # [retext-simplify]
    "retext-simplify: simpler alternatives to formal words",
    "https://github.com/wooorm/retext-simplify",
)
LANGUAGETOOL = Source(
    "LanguageTool (run locally by psassist)",
    "https://languagetool.org/",
)
HARPER = Source(
    "Harper, Automattic's offline grammar checker (run in process by psassist)",
    "https://github.com/Automattic/harper",
)

# Official and program-director pages.
AAMC_CERTIFY = Source(  # DOMAIN.md section 1: MyERAS has no spell or grammar check
    "AAMC: Certify and Submit (MyERAS)",
    "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/"
    "certify-and-submit",
)
ACP_PERSONAL_STATEMENT = Source(  # [acp-2010]
    "ACP: Writing the Residency Application Personal Statement",
    "https://www.acponline.org/node/296105",
)
ACP_ASK_THE_PD = Source(  # [acp-askpd]
    "ACP: Ask the Program Director",
    "https://www.acponline.org/node/296236",
)
SIEGEL = Source(  # [siegel]
    "Mark Siegel: A program director's note on the personal statement",
    "https://siegelmarkd.substack.com/p/program-directors-note-personal-statement",
)
PD_DOS_AND_DONTS = Source(  # [labs-copy]
    "How long can a residency personal statement be? (a copy of a program director's "
    "do/don't list)",
    "https://labs-student-20-691uzrrmn.now.sh/how-long-can-a-residency-personal-statement-be.html",
)
SEGAL_2010 = Source(  # [segal-2010]
    "Segal S et al. Plagiarism in residency application essays. Ann Intern Med 2010 "
    "(PubMed 20643991)",
    "https://pubmed.ncbi.nlm.nih.gov/20643991/",
)

# Advisors (secondary sources: soft signals).
RA_CLICHES = Source(  # [ra-cliches]
    "Residency Advisor: Personal statement clichés that make residency programs tune you out",
    "https://residencyadvisor.com/resources/common-residency-mistakes/"
    "personal-statement-clichs-that-make-residency-programs-tune-you-out",
)
RA_BUZZWORDS = Source(  # [ra-buzzword]
    "Residency Advisor: Buzzword overload: how too many 'passions' hurt your statement",
    "https://residencyadvisor.com/resources/personal-statement-tips/"
    "buzzword-overload-how-too-many-passions-hurt-your-statement",
)
RA_PROGRAMS = Source(  # [ra-programs]
    "Residency Advisor: Should you mention specific programs in your personal statement?",
    "https://residencyadvisor.com/resources/personal-statement-tips/"
    "should-you-mention-specific-programs-in-your-personal-statement",
)
RA_HIPAA = Source(  # [ra-hipaa]
    "Residency Advisor: How to write about a single clinical case without violating HIPAA",
    "https://residencyadvisor.com/resources/personal-statement-tips/"
    "how-to-write-about-a-single-clinical-case-without-violating-hipaa",
)
SDN_PATIENT_STORY = Source(  # [sdn-privacy]
    "Student Doctor Network: asking a patient before using their story (a real name "
    "reached a relative on the committee)",
    "https://forums.studentdoctor.net/threads/"
    "personal-statement-appropriate-to-ask-patient-before-using-their-story.1461021/",
)
FIRSTLINE = Source(  # [firstline]
    "FirstLine: The most common ERAS personal statement mistakes to avoid",
    "https://firstlinepodcast.com/post/the-most-common-eras-personal-statement-mistakes-to-avoid",
)
RESIDENCY_STATEMENT_2019 = Source(  # [resstmt-2019]
    "ResidencyStatement.com blog, April 26, 2019 (a statement meant for another program "
    "or specialty is a red flag)",
    "https://blog.residencystatement.com/2019/04/26",
)
RESIDENCY_STATEMENT_USMLE = Source(  # [resstmt-usmle]
    "ResidencyStatement.com: Multiple attempts on the USMLE exams",
    "https://blog.residencystatement.com/multiple-attempts-on-the-usmle-exams",
)
IATROX = Source(  # [iatrox]
    "iatroX: the ERAS hack for IMGs (fact, reason, action, outcome)",
    "https://iatrox.com/academy/img/eras-hack",
)
DLA_QUOTES = Source(  # [dla-quotes]
    "DLA Editors: Quotes in a personal statement",
    "https://dlaeditors.com/blog/quotes-personal-statement",
)
DIT_ADJECTIVES = Source(  # [dit]
    "Doctors in Training: Overused adjectives in personal statements",
    "https://doctorsintraining.com/blog/overused-adjectives-in-personal-statements",
)
SAVVY_WORDS = Source(  # [savvy-10]
    "Savvy Pre-Med: 10 words to avoid in your personal statement",
    "http://savvypremed.com/savvy-pre-med/2017/3/27/"
    "10-words-to-avoid-in-your-personal-statement-to-medical-school",
)
ERAS_OPTIMIZER = Source(  # DOMAIN.md section 1 [SEC]: bullets and smart punctuation garble
    "ERAS Optimizer: Personal statement format (2026)",
    "https://erasoptimizer.com/blog/personal-statement-residency-format",
)
MEDSCHOOLCOACH_LENGTH = Source(  # DOMAIN.md section 1 [SEC]: about 700 words
    "MedSchoolCoach: The ERAS personal statement",
    "https://www.medschoolcoach.com/eras-personal-statement/",
)
MEDEDITS_LENGTH = Source(  # DOMAIN.md section 1 [SEC]: 700-850 words
    "MedEdits: Complete guide to the 2026-2027 residency application timeline",
    "https://mededits.com/mededits-blog/complete-guide-to-the-2026-2027-residency-application-timeline",
)
