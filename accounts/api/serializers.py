from django.conf import settings
from rest_framework import serializers

from accounts.models import Role, User


class RegisterInputSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, style={"input_type": "password"})
    first_name = serializers.CharField(required=False, allow_blank=True, max_length=150, default="")
    last_name = serializers.CharField(required=False, allow_blank=True, max_length=150, default="")


class EmailInputSerializer(serializers.Serializer):
    email = serializers.EmailField()


class TokenInputSerializer(serializers.Serializer):
    token = serializers.CharField()


class CredentialsInputSerializer(serializers.Serializer):
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True, style={"input_type": "password"})


class TokenPairSerializer(serializers.Serializer):
    access = serializers.CharField()
    refresh = serializers.CharField()


class RefreshInputSerializer(serializers.Serializer):
    refresh = serializers.CharField()


class PasswordResetConfirmInputSerializer(serializers.Serializer):
    uid = serializers.CharField()
    token = serializers.CharField()
    new_password = serializers.CharField(write_only=True, style={"input_type": "password"})


class DetailSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ConsentSerializer(serializers.Serializer):
    current_version = serializers.SerializerMethodField()
    accepted_version = serializers.CharField(source="consent_version")
    accepted_at = serializers.DateTimeField(source="consent_accepted_at", allow_null=True)
    required = serializers.SerializerMethodField()

    def get_current_version(self, user: User) -> str:
        return settings.CONSENT_VERSION

    def get_required(self, user: User) -> bool:
        return not user.has_current_consent


class ConsentInputSerializer(serializers.Serializer):
    version = serializers.CharField(help_text="The consent version being accepted; must be the current one.")


class MeSerializer(serializers.ModelSerializer):
    email_verified = serializers.BooleanField(read_only=True)
    consent = ConsentSerializer(source="*", read_only=True)

    class Meta:
        model = User
        fields = ["id", "email", "first_name", "last_name", "role", "email_verified", "consent", "date_joined"]
        read_only_fields = fields


class UserOutputSerializer(serializers.ModelSerializer):
    email_verified = serializers.BooleanField(read_only=True)

    class Meta:
        model = User
        fields = [
            "id",
            "email",
            "first_name",
            "last_name",
            "role",
            "is_active",
            "email_verified",
            "consent_version",
            "consent_accepted_at",
            "last_login",
            "date_joined",
        ]


class UserCreateInputSerializer(serializers.Serializer):
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices)
    first_name = serializers.CharField(required=False, allow_blank=True, max_length=150, default="")
    last_name = serializers.CharField(required=False, allow_blank=True, max_length=150, default="")
    password = serializers.CharField(
        required=False, write_only=True, help_text="Optional: without one the user sets it via password reset."
    )


class UserUpdateInputSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=Role.choices, required=False)
    first_name = serializers.CharField(required=False, allow_blank=True, max_length=150)
    last_name = serializers.CharField(required=False, allow_blank=True, max_length=150)
    is_active = serializers.BooleanField(required=False)


class UserFilterSerializer(serializers.Serializer):
    """Query parameters of ``GET /users``; a value that does not parse is a 400."""

    role = serializers.ChoiceField(choices=Role.choices, required=False)
    is_active = serializers.BooleanField(required=False, allow_null=True, default=None)
    search = serializers.CharField(required=False, allow_blank=True, max_length=200)
