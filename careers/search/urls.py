from django.contrib.sitemaps.views import sitemap
from django.urls import path

from careers.search import views

app_name = "search"
urlpatterns = [path("search/", views.results, name="results")]

# At the site root, without a namespace: where crawlers and browsers look for them.
root_urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": views.SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots, name="robots"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
]
