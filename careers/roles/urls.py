from django.urls import path

from careers.roles import views

app_name = "roles"
urlpatterns = [
    path("", views.home, name="home"),
    path("roles/", views.role_list, name="list"),
    path("roles/<slug:slug>/", views.role_detail, name="detail"),
    path("ladder/", views.ladder, name="ladder"),
    path("metrics/", views.metric_list, name="metrics"),
    path("metrics/<slug:slug>/", views.metric_detail, name="metric"),
    path("certifications/", views.certification_list, name="certifications"),
]
