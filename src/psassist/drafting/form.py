"""A blank answers file with every question as a comment, for applicants who work in an editor."""

from __future__ import annotations

import textwrap

from psassist.drafting.catalog import Catalog, Specialty

_WIDTH = 88


def _comment(text: str, indent: str = "") -> list[str]:
    return [f"# {indent}{line}" for line in textwrap.wrap(text, _WIDTH - 2 - len(indent))]


def answers_form(catalog: Catalog, specialty: Specialty | None = None) -> str:
    """TOML the applicant fills in; valid as it stands (empty answers count as unanswered)."""
    specialty_id = specialty.id if specialty else None
    for_whom = f" ({specialty.name})" if specialty else ""
    lines = [
        f"# Answers for psassist{for_whom}.",
        "# Write each answer between the triple quotes, in your own words: AAMC requires the",
        "# statement to be your own work, and accepts AI tools only for brainstorming,",
        "# proofreading or editing. Optional questions may stay empty. Then make a draft:",
        "#   psassist draft new NAME --answers THIS_FILE --specialty SPECIALTY",
        "",
    ]
    program_sections = []
    for number, section in enumerate(catalog.sections, start=1):
        if section.program_only:
            program_sections.append((number, section))
            continue
        optional = ", optional" if section.optional else ""
        lines.append(f"# {number}. {section.title} (about {section.words} words{optional})")
        lines.extend(_comment(section.question_for(specialty_id)))
        lines.append(f'{section.id} = """')
        lines.append('"""')
        lines.append("")
    lines.append("# Answers for one specialty only replace the ones above for that specialty:")
    lines.append("# [specialties.pathology]")
    lines.append('# why_specialty = """ ... """')
    for number, section in program_sections:
        lines.append("")
        lines.append(f"# {number}. {section.title} (about {section.words} words)")
        lines.extend(_comment(section.question_for(specialty_id)))
        lines.append("# Used only by a draft made with --program; one table per program:")
        lines.append('# [programs."Program name"]')
        lines.append(f'# {section.id} = """ ... """')
    return "\n".join(lines) + "\n"
