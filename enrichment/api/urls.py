app_name = "enrichment_api"

urlpatterns: list = []
