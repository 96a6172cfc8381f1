from django.contrib import admin
from django.urls import include, path

from bpoportal.serving.health import healthz
from careers.resumes.views import glossary
from careers.search.urls import root_urlpatterns as search_root_urlpatterns
from careers.seekers.urls import auth_urlpatterns

# A database outage gets a 503 page with Retry-After; anything else the usual 500 page.
handler500 = "bpoportal.serving.outage.server_error"
# Django's own 400 and 403 pages, safe from a body that cannot be parsed (see the module).
handler400 = "bpoportal.serving.error_views.bad_request"
handler403 = "bpoportal.serving.error_views.permission_denied"

urlpatterns = [
    path("", include("careers.seekers.urls")),
    *auth_urlpatterns,
    path("", include("careers.roles.urls")),
    path("skills/", include("careers.skills.urls")),
    path("interviews/", include("careers.interviews.urls")),
    path("resume/", include("careers.resumes.urls")),
    path("plan/", include("careers.plans.urls")),
    path("drills/", include("careers.drills.urls")),
    path("speaking/", include("careers.speaking.urls")),
    path("mock-call/", include("careers.mockcalls.urls")),
    path("take-home/", include("careers.takehome.urls")),
    path("", include("careers.guide.urls")),
    path("glossary/", glossary, name="glossary"),
    path("", include("careers.search.urls")),
    *search_root_urlpatterns,
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]
