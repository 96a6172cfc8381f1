"""Assert that a page runs the same small number of SQL queries however much content exists."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


def assert_fixed_queries(client, url: str, grow, *, most: int) -> None:
    """Count the queries for `url`, call `grow()` to add lots more content, count again."""
    small = count_queries(client, url)
    grow()
    large = count_queries(client, url)
    assert small == large, f"{url}: {small} queries with little content, {large} with a lot"
    assert large <= most, f"{url}: {large} queries, expected at most {most}"
