from django.urls import path

from companies import views

app_name = "companies"

urlpatterns = [
    path("", views.company_list_view, name="list"),
    path("<int:pk>", views.company_detail_view, name="detail"),
]
