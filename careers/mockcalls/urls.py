from django.urls import path

from careers.mockcalls import views

app_name = "mockcalls"
urlpatterns = [
    path("", views.index, name="index"),
    path("s/<int:pk>/", views.session, name="session"),
    path("s/<int:pk>/reply/", views.reply, name="reply"),
    path("s/<int:pk>/spoken/", views.spoken, name="spoken"),
    path("s/<int:pk>/end/", views.end, name="end"),
    path("s/<int:pk>/scorecard/", views.scorecard, name="scorecard"),
    path("<slug:slug>/", views.scenario, name="scenario"),
]
