"""Nouns whose number the agreement rules cannot read from the word alone.

Collective nouns (team, staff, family) take either number; quantity nouns (number,
majority, half) take the number of their "of" phrase; some plurals in -s are singular
(news, diabetes); a few nouns are their own plural ("these fish die"). Shared by
`agreement` and `simple_agreement`.
"""

from __future__ import annotations

from psassist.checks.learner.words import word_set

EITHER_NUMBER = word_set("""
team staff family group committee faculty government couple police crew audience
majority minority number percentage percent rest lot variety total half bunch range set
series species remainder part proportion fraction portion board class public personnel
data media criteria people department management jury council cohort population army
panel none kind sort type plenty amount quarter third pair host handful dozen means
headquarters news physics economics politics ethics statistics mathematics genetics
diabetes measles mumps rickets generation youth clergy elderly folk crowd community body
fish sheep deer aircraft offspring salmon trout cod moose swine bison shrimp
""")
