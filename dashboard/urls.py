from django.urls import path

from dashboard.views import home, lead_detail, leads, monitors, tasks

app_name = "dashboard"

urlpatterns = [
    path("", home.home, name="home"),
    path("leads/", leads.lead_list, name="lead_list"),
    path("leads/bulk/", leads.lead_bulk, name="lead_bulk"),
    path("leads/export/", leads.lead_export_selected, name="lead_export_selected"),
    path("leads/views/", leads.saved_view_save, name="saved_view_save"),
    path("leads/views/<int:pk>/delete/", leads.saved_view_delete, name="saved_view_delete"),
    path("leads/<int:pk>/", lead_detail.lead_detail, name="lead_detail"),
    path("leads/<int:pk>/label/", lead_detail.lead_label, name="lead_label"),
    path("leads/<int:pk>/update/", lead_detail.lead_update, name="lead_update"),
    path("scraper/", tasks.scraper, name="scraper"),
    path("tasks/", tasks.task_list, name="task_list"),
    path("tasks/<int:pk>/", tasks.scraper, name="task_detail"),
    path("tasks/<int:pk>/events/", tasks.task_events, name="task_events"),
    path("tasks/<int:pk>/<str:action>/", tasks.task_control, name="task_control"),
    path("monitors/", monitors.monitor_list, name="monitor_list"),
    path("monitors/new/", monitors.monitor_edit, name="monitor_create"),
    path("monitors/<int:pk>/edit/", monitors.monitor_edit, name="monitor_edit"),
    path("monitors/<int:pk>/poll/", monitors.monitor_poll, name="monitor_poll"),
    path("monitors/keywords/preview/", monitors.keyword_preview_json, name="keyword_preview"),
]
