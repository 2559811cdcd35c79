from django.urls import path
from rest_framework.routers import SimpleRouter

from compliance.api import views

app_name = "compliance_api"

router = SimpleRouter(trailing_slash=False)
router.register("suppressions", views.SuppressionViewSet, basename="suppression")
router.register("erasures", views.ErasureViewSet, basename="erasure")
router.register("audit", views.AuditViewSet, basename="audit")
router.register("retention-policies", views.RetentionPolicyViewSet, basename="retention-policy")
router.register("retention/runs", views.RetentionRunViewSet, basename="retention-run")

urlpatterns: list = [
    path("archives", views.ArchiveListView.as_view(), name="archive-list"),
    path("archives/restore", views.ArchiveRestoreView.as_view(), name="archive-restore"),
    *router.urls,
]
