"""/search/, and what makes the portal findable from outside: sitemap.xml, robots.txt and an
OpenSearch description. None of them reads or creates a session."""

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.shortcuts import render

from careers.search.models import SearchDocument
from careers.search.query import search


def results(request):
    found = search(request.GET.get("q", ""), request.GET.get("page") or 1)
    return render(request, "search/results.html", {"results": found})


class PublicPages(Sitemap):
    """Every public page: the home page and one entry per indexed page (anchors folded)."""

    changefreq = "weekly"
    limit = 1000  # addresses per sitemap file (the protocol allows 50,000; this keeps each small)

    def items(self):
        urls = SearchDocument.objects.values_list("url", flat=True)
        paths = {url.split("#")[0] for url in urls if "?" not in url}
        return ["/", *sorted(paths - {"/"})]

    def location(self, item):
        return item


SITEMAPS = {"pages": PublicPages}

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /me/
Disallow: /accounts/
Disallow: /plan/save/
Disallow: /interviews/practice/
Disallow: /search/
Sitemap: {sitemap}
"""


def robots(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    return HttpResponse(ROBOTS.format(sitemap=sitemap), content_type="text/plain")


def opensearch(request):
    return render(
        request,
        "search/opensearch.xml",
        {"base": request.build_absolute_uri("/").rstrip("/")},
        content_type="application/opensearchdescription+xml",
    )
