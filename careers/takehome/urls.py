from django.urls import path

from careers.takehome import views

app_name = "takehome"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:country>/", views.calculator, name="calculator"),
]
