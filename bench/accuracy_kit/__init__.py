"""Measuring psassist's language findings against labelled errors, beside LanguageTool alone.

corpus: the team's marked-up statements; jfleg: the JFLEG dev split as texts and regions;
scoring: which findings count and how they match gold spans; report: the printed tables.
"""
