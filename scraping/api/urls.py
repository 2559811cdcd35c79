app_name = "scraping_api"

urlpatterns: list = []
