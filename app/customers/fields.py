"""The customer's text fields and their rules: the one table that the customer form
(app.customers.validation) and the file import (app.customers_io.rows) both use,
so a value is refused with the same message wherever it is entered. Lengths are
the model's column sizes."""

from __future__ import annotations

from app.customers.translation import tr
from app.validation import FieldRule

CUSTOMER_FIELDS: dict[str, FieldRule] = {
    rule.key: rule
    for rule in (
        FieldRule("name", lambda: tr("Name", "customer field"), 100, required=True),
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
