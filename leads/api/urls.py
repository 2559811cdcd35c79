app_name = "leads_api"

urlpatterns: list = []
