"""Without an English pipeline the checker still runs, on a blank one, and says so."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from psassist.config import Settings
from psassist.engines import nlp


def test_blank_pipeline_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    def missing(name: str, *args: object, **kwargs: object) -> None:
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(spacy, "load", missing)
    pipeline = nlp.load_fresh("en_core_web_sm")
    assert pipeline.fallback and "blank" in pipeline.detail
    report = Checker(Settings(), grammar=False, pipeline=pipeline).check_text(
        "Ever since I was a child I wanted this. Mrs. Bibi was admitted. I saw the the case."
    )
    assert report.engines["spacy"].status == "fallback"
    rules = {f.finding.rule for f in report.findings}
    assert {"style.cliche", "privacy.patient-name", "grammar.doubled-word"} <= rules
    assert report.stats is not None and report.stats.sentences == 3
