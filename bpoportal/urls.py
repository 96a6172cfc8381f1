from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("careers.roles.urls")),
    path("skills/", include("careers.skills.urls")),
    path("admin/", admin.site.urls),
]
