"""The JSON form of reports: a written contract for scripts and editors (version 1)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from psassist.findings import Report

SCHEMA_VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "path": report.path,
        "ok": report.ok,
        "error": report.error,
        "stats": asdict(report.stats) if report.stats else None,
        "readability": asdict(report.readability) if report.readability else None,
        "engines": {name: asdict(status) for name, status in report.engines.items()},
        "findings": [
            {
                "rule": located.finding.rule,
                "category": located.finding.category.value,
                "severity": located.finding.severity.value,
                "start": located.finding.start,
                "end": located.finding.end,
                "line": located.line,
                "column": located.column,
                "message": located.finding.message,
                "suggestions": list(located.finding.suggestions),
                "source_rule": located.finding.source_rule,
            }
            for located in report.findings
        ],
    }


def render_json(reports: Sequence[Report]) -> str:
    document = {"version": SCHEMA_VERSION, "results": [report_to_dict(r) for r in reports]}
    return json.dumps(document, ensure_ascii=True, indent=2)
