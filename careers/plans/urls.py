from django.urls import path

from careers.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.index, name="index"),
    path("fit/", views.fit, name="fit"),
    path("route/", views.route, name="route"),
]
