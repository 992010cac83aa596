"""psassist: a personal-statement assistant for IMGs applying to US residency through ERAS."""

__version__ = "0.1.0"
