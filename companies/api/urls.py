from rest_framework.routers import SimpleRouter

from companies.api import views

app_name = "companies_api"

router = SimpleRouter(trailing_slash=False)
router.register("companies", views.CompanyViewSet, basename="company")
router.register("company-links", views.CompanyLinkViewSet, basename="company-link")
router.register("notifications", views.NotificationViewSet, basename="notification")

urlpatterns: list = router.urls
