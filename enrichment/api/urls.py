from django.urls import re_path

from enrichment.api import views

app_name = "enrichment_api"

urlpatterns = [
    re_path(r"^analyze$", views.AnalyzeView.as_view(), name="analyze"),
    re_path(r"^models$", views.ModelVersionListView.as_view(), name="models"),
    re_path(r"^models/retrain$", views.RetrainView.as_view(), name="retrain"),
    re_path(r"^models/retrain/(?P<pk>\d+)$", views.RetrainRunView.as_view(), name="retrain-run"),
    re_path(r"^leads/(?P<pk>\d+)/enrichment$", views.LeadEnrichmentView.as_view(), name="lead-enrichment"),
    re_path(r"^leads/(?P<pk>\d+)/enrich$", views.LeadEnrichView.as_view(), name="lead-enrich"),
]
