"""Sections of the /me/ page: each area that keeps progress registers `fn(owner)`."""

from careers.common.sections import SectionRegistry

me_sections = SectionRegistry()
