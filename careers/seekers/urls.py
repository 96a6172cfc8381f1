from django.contrib.auth import views as auth_views
from django.urls import include, path

from careers.seekers import views

app_name = "seekers"
urlpatterns = [
    path("me/", views.me_page, name="me"),
    path("me/delete/", views.delete_account, name="delete_account"),
    path("me/forget/", views.forget_browser_progress, name="forget"),
    path("me/browser-progress/", views.decide_browser_progress, name="decide"),
    path("accounts/signup/", views.signup, name="signup"),
]

# Django's own login, logout, password change and reset views, under their usual names
# ("login", "password_reset"…), which its templates and emails expect un-namespaced.
auth_urlpatterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path(
        "accounts/password_change/",
        views.CountedPasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "accounts/password_reset/", views.LimitedPasswordResetView.as_view(), name="password_reset"
    ),
    path("accounts/", include("django.contrib.auth.urls")),
]
