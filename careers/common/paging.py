"""Lists that grow with the content stay small: one page at a time, or the first few and a count.

Both keep a page's SQL queries fixed however much content there is: a page costs the
Paginator's count and the page's rows; "the first few" is one query with the totals in it.
"""

from django.core.paginator import Page, Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber


def page_of(request, items, per_page: int) -> Page:
    """The page of `items` that `?page=` asks for: not a number gives the first page, a number
    out of range the last one (Paginator.get_page), never an error page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def first_of(queryset, n: int, *, order_by: list, per: str | None = None):
    """The first `n` rows of `queryset` in `order_by` order (of each `per` group when given),
    each annotated with `total`: how many rows there are in all (in its group). One query."""
    group = [F(per)] if per else None
    return (
        queryset.annotate(
            place=Window(RowNumber(), partition_by=group, order_by=order_by),
            total=Window(Count("pk"), partition_by=group),
        )
        .filter(place__lte=n)
        .order_by(*([per] if per else []), *order_by)
    )


def total_of(rows) -> int:
    """The `total` that first_of put on its rows (0 for none)."""
    return rows[0].total if rows else 0
