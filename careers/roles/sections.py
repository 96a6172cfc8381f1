"""Sections other areas add to the role page: `fn(role, user) -> (template, context) | None`."""

from careers.common.sections import SectionRegistry

role_sections = SectionRegistry()
