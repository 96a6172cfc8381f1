"""The one way long text becomes HTML: Markdown, then sanitised by nh3.

Staff are trusted, but pasted HTML (a <script>, an onclick, a javascript: link, an iframe) must
still come out inert, so everything Markdown produces passes an allow-list.

Rendering is most of a content page's time, so the HTML is cached: in this process (the most
used texts) and in the shared cache, keyed by a hash of the text itself (and RENDERER, bumped
when the rules below change). Changed text is a new key, so no edit can ever show stale HTML.
"""

import hashlib
from functools import lru_cache

import markdown as md
import nh3
from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

register = template.Library()

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h3",
    "h4",
    "h5",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


RENDERER = "1"  # change when the extensions or the allow-list change
SHARED_SECONDS = 7 * 24 * 60 * 60


@lru_cache(maxsize=4096)
def render_markdown(text: str) -> str:
    if not text:
        return ""
    key = f"md:{RENDERER}:{hashlib.sha256(text.encode()).hexdigest()[:40]}"
    html = cache.get(key)
    if html is None:
        html = _render(text)
        cache.set(key, html, SHARED_SECONDS)
    return html


def _render(text: str) -> str:
    html = md.markdown(text or "", extensions=["sane_lists", "tables"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


@register.filter(name="markdown")
def markdown_filter(text) -> str:
    return mark_safe(render_markdown("" if text is None else str(text)))
