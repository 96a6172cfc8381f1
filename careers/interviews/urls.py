from django.urls import path

from careers.interviews import views

app_name = "interviews"
urlpatterns = [
    path("", views.question_list, name="list"),
    path("practice/", views.practice_start, name="practice"),
    path("practice/<int:pk>/", views.session_resume, name="session"),
    path("practice/<int:pk>/summary/", views.session_summary, name="summary"),
    path("practice/<int:pk>/<int:position>/", views.item_page, name="item"),
    path("practice/<int:pk>/<int:position>/answer/", views.item_answer, name="answer"),
    path("practice/<int:pk>/<int:position>/rate/", views.item_rate, name="rate"),
    # Last: a question by slug (or by id, which redirects to the slug).
    path("<slug:key>/", views.question_detail, name="question"),
]
