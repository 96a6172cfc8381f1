"""What a form field's aria-describedby points at must be on the page: Django 5.2 adds
"<id>_helptext" and "<id>_error" to a bound field's widget, and a screen reader reads the
error with the box only if the template gives the message that id."""

import re


def undescribed(html: str) -> list[str]:
    """The ids an aria-describedby names that no element on the page has."""
    ids = set(re.findall(r'\bid="([^"]+)"', html))
    named = (
        name for value in re.findall(r'aria-describedby="([^"]+)"', html) for name in value.split()
    )
    return [name for name in named if name not in ids]
