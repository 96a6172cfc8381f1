from django.contrib import admin
from django.urls import include, path

from careers.seekers.urls import auth_urlpatterns

urlpatterns = [
    path("", include("careers.seekers.urls")),
    *auth_urlpatterns,
    path("", include("careers.roles.urls")),
    path("skills/", include("careers.skills.urls")),
    path("interviews/", include("careers.interviews.urls")),
    path("resume/", include("careers.resumes.urls")),
    path("plan/", include("careers.plans.urls")),
    path("drills/", include("careers.drills.urls")),
    path("", include("careers.guide.urls")),
    path("admin/", admin.site.urls),
]
