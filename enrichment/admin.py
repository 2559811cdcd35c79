from django.contrib import admin

from enrichment.models import ModelVersion


@admin.register(ModelVersion)
class ModelVersionAdmin(admin.ModelAdmin):
    list_display = ["kind", "version", "is_active", "trained_at", "created_at"]
    list_filter = ["kind", "is_active"]
    search_fields = ["version", "notes"]
    readonly_fields = [
        "kind",
        "version",
        "training_counts",
        "metrics",
        "artifact",
        "trained_at",
        "created_at",
        "updated_at",
    ]
