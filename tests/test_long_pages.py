"""Long pages read on a phone: an "In short" box, a table of contents, parts that fold
without JavaScript (<details>), a way back to the top, and everything still there to print."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["/network/", "/industry/", "/hiring/", "/roles/customer-service-representative/"]


@pytest.mark.parametrize("url", PAGES)
def test_long_pages_have_in_short_a_toc_folds_and_back_to_top(client, seed, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<h2 id="[\w-]+"[^>]*>In short</h2>', html)
    toc = html[html.index('<nav class="toc" aria-label="On this page">') :]
    anchors = re.findall(r'href="#([\w-]+)"', toc[: toc.index("</nav>")])
    assert len(anchors) >= 2
    for anchor in anchors:
        assert f'id="{anchor}"' in html  # every entry lands somewhere
    assert html.count('<details class="fold') + html.count('class="guide-topic fold') >= 2
    assert '<a href="#top">Back to top</a>' in html and '<body id="top">' in html
    assert "js/folds.js" in html  # folded parts open to print


def test_the_hiring_summary_lists_the_stages_in_order(client, seed):
    html = client.get("/hiring/philippines/").content.decode()
    summary = html[html.index('id="in-short-h"') : html.index('<nav class="toc"')]
    stages = re.findall(r'<li class="hiring-stage" id="([\w-]+)">', html)
    assert re.findall(r'<a href="#([\w-]+)">', summary) == stages and stages
