"""A lead's phone number as people read it, shared by the pages that put score evidence into words
(companies/evidence.py, dashboard/score_words.py)."""

import phonenumbers


def phone_words(value: str) -> str:
    """+14165550142 as +1 416-555-0142; anything that is not a number as it came."""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
