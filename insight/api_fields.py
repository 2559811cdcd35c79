"""Serializer fields shared by every app's API."""

import datetime

from rest_framework import serializers

from insight.validation import MAX_OBJECT_ID

EARLIEST_DAY, LATEST_DAY = datetime.date(1900, 1, 1), datetime.date(2999, 12, 31)


class DayField(serializers.DateField):
    """A calendar day, ``YYYY-MM-DD``, from 1900 to 2999: a year past that is a typo, and the arithmetic around a
    day (the day after, the previous period, local midnight in UTC) must stay within what dates can hold."""

    def to_internal_value(self, value) -> datetime.date:
        day = super().to_internal_value(value)
        if not EARLIEST_DAY <= day <= LATEST_DAY:
            raise serializers.ValidationError(f"Use a date from {EARLIEST_DAY} to {LATEST_DAY}.")
        return day


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
