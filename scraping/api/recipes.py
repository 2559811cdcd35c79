"""Platform recipes over HTTP: everyone lists the active ones; admins create and change them."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.permissions import IsAdminOrReadOnly
from accounts.api.views import ERROR
from accounts.roles import is_admin
from insight.pagination import DefaultCursorPagination
from insight.query_params import DocumentedQueryParams
from scraping import selectors, services
from scraping.models import PlatformRecipe
from scraping.recipes import RUNNERS

FORBIDDEN = {401: ERROR, 403: ERROR}


class RecipeSerializer(serializers.ModelSerializer):
    runner = serializers.ChoiceField(choices=RUNNERS, default="browser")
    definition = serializers.JSONField(help_text="search, items, fields, pagination, detail (see scraping/recipes.py)")

    class Meta:
        model = PlatformRecipe
        fields = [
            "id",
            "slug",
            "name",
            "description",
            "runner",
            "definition",
            "respect_robots",
            "allow_internal",
            "is_active",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "created_at", "updated_at"]
        # Checked by the model in the service, so every problem comes back in one error body.
        extra_kwargs = {"slug": {"validators": []}}


class RecipePagination(DefaultCursorPagination):
    ordering = "name"


@extend_schema_view(
    list=extend_schema(
        summary="List active platform recipes (admins also see inactive ones)",
        responses={200: RecipeSerializer(many=True), **FORBIDDEN},
    ),
    retrieve=extend_schema(summary="One platform recipe", responses={200: RecipeSerializer, 404: ERROR, **FORBIDDEN}),
)
@extend_schema(tags=["recipes"])
class RecipeViewSet(DocumentedQueryParams, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsAdminOrReadOnly]
    serializer_class = RecipeSerializer
    pagination_class = RecipePagination
    queryset = PlatformRecipe.objects.none()

    def get_queryset(self):
        return selectors.recipe_list(include_inactive=is_admin(self.request.user))

    @extend_schema(
        summary="Create a platform recipe (admin); definition errors are keyed by path",
        request=RecipeSerializer,
        responses={201: RecipeSerializer, 400: ERROR, **FORBIDDEN},
    )
    def create(self, request: Request) -> Response:
        data = RecipeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        recipe = services.recipe_create(**data.validated_data)
        return Response(RecipeSerializer(recipe).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change a platform recipe (admin)",
        request=RecipeSerializer,
        responses={200: RecipeSerializer, 400: ERROR, 404: ERROR, **FORBIDDEN},
    )
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        recipe = self.get_object()
        data = RecipeSerializer(recipe, data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        recipe = services.recipe_update(recipe=recipe, **data.validated_data)
        return Response(RecipeSerializer(recipe).data)
