"""What ERAS itself sets for the personal statement, in one place.

The checker's length rule, the report's summary and the reader's size advice read these.
The tracker's season files repeat the limit beside its sources for that season; a test
keeps every bundled season in agreement with this module.
"""

from __future__ import annotations

from psassist.findings import Source

#: AAMC's page on the MyERAS personal statement ([OFF] in ../shared/DOMAIN.md section 1).
AAMC_PERSONAL_STATEMENT = Source(
    "AAMC: The Personal Statement (MyERAS)",
    "https://students-residents.aamc.org/applying-residencies-eras/publication-chapters/"
    "personal-statement",
)

#: The most characters MyERAS accepts in a personal statement, counting letters, numbers,
#: spaces and punctuation (AAMC_PERSONAL_STATEMENT).
STATEMENT_CHARACTER_LIMIT = 28_000
