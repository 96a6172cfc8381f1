"""The page links of a paginated list (templates/common/pagination.html)."""

from django import template

register = template.Library()


@register.filter
def page_links(page):
    """Page numbers to link to around the current one, with the paginator's ELLIPSIS between
    far-apart ones: 1 ... 4 5 6 ... 20 fits a phone's width."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1)


@register.filter
def page_param(number):
    """The `page` parameter for a link to page `number`: none for the first page, so the first
    page has one address."""
    return None if number == 1 else number
