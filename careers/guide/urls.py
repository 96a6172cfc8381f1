from django.urls import path

from careers.guide import views

app_name = "guide"
urlpatterns = [
    path("hiring/", views.hiring, name="hiring"),
    path("hiring/<slug:country>/", views.hiring_country, name="hiring_country"),
    path("pay/", views.pay, name="pay"),
    path("industry/", views.industry, name="industry"),
    path("network/", views.network, name="network"),
]
