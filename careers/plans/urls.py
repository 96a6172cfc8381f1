from django.urls import path

from careers.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.index, name="index"),
    path("fit/", views.fit, name="fit"),
    path("route/", views.route, name="route"),
    path("save/", views.save_plan, name="save"),
    path("tick/", views.tick, name="tick"),
    path("setback/", views.setback, name="setback"),
    path("setback/<int:pk>/remove/", views.remove_setback, name="remove_setback"),
    path("which/", views.which_plan, name="which"),
    path("restore/<int:pk>/", views.restore, name="restore"),
    path("start-over/", views.start_over, name="start_over"),
    path("calendar.ics", views.calendar, name="calendar"),
]
