"""What the accuracy floors share: a LanguageTool client that has warmed the server up."""

from __future__ import annotations

import pytest

from psassist.engines.languagetool import LanguageToolClient


@pytest.fixture(scope="session")
def patient_languagetool(languagetool_client: LanguageToolClient) -> LanguageToolClient:
    """A JVM that has just started can take over a minute on its first statement on a busy
    machine; short texts first, with a patient client, so later requests meet a warm server."""
    patient = LanguageToolClient(languagetool_client.url, timeout=300.0)
    for _ in range(3):
        patient.check("This sentence warms up the server before the texts are checked.")
    return patient
