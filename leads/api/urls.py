from rest_framework.routers import SimpleRouter

from leads.api import views

app_name = "leads_api"

router = SimpleRouter(trailing_slash=False)
router.register("leads", views.LeadViewSet, basename="lead")
router.register("labels", views.LabelViewSet, basename="label")
router.register("keyword-sets", views.KeywordSetViewSet, basename="keyword-set")
router.register("scoring-rules", views.ScoringRuleViewSet, basename="scoring-rule")

urlpatterns: list = router.urls
