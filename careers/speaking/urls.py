from django.urls import path

from careers.speaking import views

app_name = "speaking"
urlpatterns = [
    path("", views.index, name="index"),
    path("results/<int:pk>/", views.result, name="result"),
    path("results/<int:pk>/recording/", views.recording, name="recording"),
    path("results/<int:pk>/forget-recording/", views.forget_recording, name="forget_recording"),
    path("answer/<int:pk>/<int:position>/", views.spoken_answer, name="answer"),
    path("<slug:slug>/", views.drill, name="drill"),
]
