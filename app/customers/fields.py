"""The customer's text fields and their rules: the one table that the customer form
(app.customers.validation) and the file import (app.customers_io.rows) both use,
so a value is refused with the same message wherever it is entered. Lengths are
the model's column sizes."""

from __future__ import annotations

import re
import unicodedata

from app.customers.translation import tr
from app.validation import FieldRule

# What a name may not contain, searched in one pass (the import screens a whole
# column with it): line breaks (a CSV quote left open runs the next rows into the
# name: "张三,13812340011\n李四,…"), a phone-like run of digits, bidirectional
# controls that make a name display reversed (U+202A-U+202E, U+2066-U+2069), and
# invisible characters (a name of only a zero-width space).
NAME_SCREEN = re.compile(
    r"[\r\n\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]|\d{7}"
)
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\r\n\u2028\u2029]")


def _name_format(text: str) -> str | None:
    if NAME_SCREEN.search(text) is None:
        return None
    if _BREAKS.search(text) is not None or re.search(r"\d{7}", text) is not None:
        return tr(
            "The name '%s' holds line breaks or a phone number: several rows of the file "
            "may have run together (a quote opened and not closed)."
        ) % text[:60].replace("\n", " ")
    if _BIDI.search(text) is not None:
        return tr("The name contains a text-direction control character, which may disguise it.")
    if all(unicodedata.category(ch) in ("Cf", "Zs", "Cc") for ch in text):
        return tr("The name has no visible characters.")
    return None


CUSTOMER_FIELDS: dict[str, FieldRule] = {
    rule.key: rule
    for rule in (
        FieldRule(
            "name", lambda: tr("Name", "customer field"), 100, required=True, format=_name_format
        ),
        FieldRule("wechat", lambda: tr("WeChat", "customer field"), 60),
        FieldRule("grade", lambda: tr("Grade", "customer field"), 20),
        FieldRule("school", lambda: tr("School", "customer field"), 100),
        FieldRule("guardian_name", lambda: tr("Guardian", "customer field"), 100),
        FieldRule("district", lambda: tr("District", "customer field"), 40),
        FieldRule("training_needs", lambda: tr("Training needs", "customer field"), 4000),
        FieldRule("course_interests", lambda: tr("Course interests", "customer field"), 200),
        FieldRule("notes", lambda: tr("Notes", "customer field"), 4000),
        FieldRule("source_event", lambda: tr("Source event", "customer field"), 200),
        FieldRule("consent_wording", lambda: tr("Consent wording", "customer field"), 500),
        FieldRule("tags", lambda: tr("Tag", "customer field"), 40),  # each tag
    )
}
# Rules with a format whose column the import screens in one pass before calling
# the format per cell (app.customers_io.rows).
FORMAT_SCREENS = {"name": NAME_SCREEN}
