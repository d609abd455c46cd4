"""/shop/address/...: the JSON look-ups behind the Thai address cascade."""

from django.urls import path

from shop.address import views

app_name = "thai-address"

urlpatterns = [
    path("provinces/", views.provinces, name="provinces"),
    path("districts/", views.districts, name="districts"),
    path("subdistricts/", views.subdistricts, name="subdistricts"),
    path("postcode/<str:code>/", views.postcode, name="postcode"),
]
