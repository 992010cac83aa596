"""Findings, statistics, readability and engine status, and their renderings."""
