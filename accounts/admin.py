from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User
from accounts.services import NO_RIGHTS, user_may_manage, user_rights, user_rights_audit, user_set_role

# What makes a user more powerful: only superusers edit these in the admin (others see them read-only).
RIGHTS_FIELDS = ("role", "is_staff", "is_superuser", "groups", "user_permissions")


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "role", "is_active", "is_staff", "last_login"]
    list_filter = ["role", "is_active", "is_staff"]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["last_login", "date_joined", "consent_version", "consent_accepted_at", "verification_sent_at"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("first_name", "last_name", "role")}),
        # Role groups follow `role` (user_set_role); extra groups and permissions can still be granted here.
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (
            "Verification and consent",
            {"fields": ("email_verified_at", "verification_sent_at", "consent_version", "consent_accepted_at")},
        ),
        ("Lockout", {"fields": ("failed_login_count", "first_failed_login_at", "locked_until")}),
        ("Audit", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "role", "password1", "password2")}),)

    def get_readonly_fields(self, request, obj=None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += RIGHTS_FIELDS  # new users get the default role
        return fields

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and not user_may_manage(actor=request.user, user=obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and not user_may_manage(actor=request.user, user=obj):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change) -> None:
        form.rights_before = user_rights(User.objects.get(pk=obj.pk)) if change else NO_RIGHTS
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        user_set_role(user=form.instance, role=form.instance.role, actor=request.user)
        user_rights_audit(user=form.instance, before=form.rights_before, actor=request.user)
