from django.urls import path

from careers.resumes import views

app_name = "resumes"
urlpatterns = [
    path("", views.index, name="index"),
    path("match/", views.match, name="match"),
    path("match/save/", views.save_ad, name="save_ad"),
    path("ads/<int:pk>/", views.ad_detail, name="ad"),
    path("ads/<int:pk>/tick/", views.ad_tick, name="ad_tick"),
    path("ads/<int:pk>/delete/", views.ad_delete, name="ad_delete"),
    path("<slug:slug>/", views.role_checklist, name="role"),
    path("<slug:slug>/tick/", views.role_tick, name="role_tick"),
]
