"""Serializer fields shared by every app's API."""

from rest_framework import serializers

MAX_OBJECT_ID = 2**63 - 1  # BigAutoField; a larger number would reach the database and fail there


class ObjectIdField(serializers.IntegerField):
    """The id of a row: a whole number from 1 to the largest the database stores."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_OBJECT_ID)
        super().__init__(**kwargs)


class ObjectPrimaryKeyField(serializers.PrimaryKeyRelatedField):
    """A related row by id; an id too large for the database is "does not exist", never a server error."""

    def to_internal_value(self, data):
        try:
            number = None if isinstance(data, bool) else int(data)
        except (TypeError, ValueError):
            number = None  # not a number at all: DRF's own "incorrect type" error
        if number is not None and not 0 < number <= MAX_OBJECT_ID:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)
