from django.urls import path

from careers.skills import views

app_name = "skills"
urlpatterns = [
    path("", views.skill_list, name="list"),
    path("<slug:slug>/", views.skill_detail, name="detail"),
]
