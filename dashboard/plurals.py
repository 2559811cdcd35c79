"""Count messages with the right plural: DRF says "Ensure this field has at least 1 elements." out of the box."""


class CountMessage(str):
    """A message template whose ``format`` picks the singular or plural wording by the count in ``key``."""

    def __new__(cls, one: str, many: str, key: str) -> "CountMessage":
        message = super().__new__(cls, many)
        message.one, message.many, message.key = one, many, key
        return message

    def format(self, *args, **kwargs) -> str:
        count = kwargs.get(self.key)
        return (self.one if count == 1 else self.many).format(*args, **kwargs)


def install() -> None:
    from rest_framework import fields, serializers

    for cls in (fields.ListField, serializers.ListSerializer):
        messages = cls.default_error_messages
        messages["min_length"] = CountMessage(
            "Ensure this field has at least {min_length} element.",
            "Ensure this field has at least {min_length} elements.",
            "min_length",
        )
        messages["max_length"] = CountMessage(
            "Ensure this field has no more than {max_length} element.",
            "Ensure this field has no more than {max_length} elements.",
            "max_length",
        )
