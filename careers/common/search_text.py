"""Plain words for site search, from the Markdown and lists an app's search entry is built of
(each app's `hooks.search_source` in its hooks.py)."""

import re

MARKDOWN = re.compile(r"https?://\S+|[*_`#>|\[\]()~]+")


def plain(*texts: str) -> str:
    """Markdown as plain words, for the index and its snippets."""
    return MARKDOWN.sub(" ", " ".join(t for t in texts if t)).strip()


def words(values) -> str:
    return " · ".join(v for v in values if v)
