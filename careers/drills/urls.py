from django.urls import path

from careers.drills import views

app_name = "drills"
urlpatterns = [
    path("", views.index, name="index"),
    path("typing/", views.typing, name="typing"),
    path("typing/<int:pk>/", views.typing_result, name="typing_result"),
    path("accuracy/", views.accuracy_drill, name="accuracy"),
    path("accuracy/<int:pk>/", views.accuracy_result, name="accuracy_result"),
    path("english/", views.english_index, name="english"),
    path("english/start/", views.english_start, name="english_start"),
    path("english/<int:pk>/", views.english_session, name="english_session"),
]
