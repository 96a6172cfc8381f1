from django.contrib.sitemaps.views import index, sitemap
from django.urls import path

from careers.search import views

app_name = "search"
urlpatterns = [path("search/", views.results, name="results")]

# At the site root, without a namespace: where crawlers and browsers look for them.
root_urlpatterns = [
    # An index of sitemap files, each at most PublicPages.limit addresses (?p=2 for the next).
    path(
        "sitemap.xml",
        index,
        {"sitemaps": views.SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": views.SITEMAPS}, name="sitemap-section"),
    path("robots.txt", views.robots, name="robots"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
]
