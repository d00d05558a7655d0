"""One table of customer field rules feeds the form and the import: the same bad
value gets the same message in both."""

from __future__ import annotations

import pytest

from app.customers.fields import CUSTOMER_FIELDS
from app.customers.rows import CustomerInput
from app.customers.validation import validate_customer
from app.customers_io.rows import TEXT_LIMITS, Lookups, validate_rows
from app.errors import ValidationError
from app.validation import FieldRule

TEXT_COLUMNS = ("name", "wechat", "grade", "school", "district", "notes", "source_event")


def _form_message(**fields) -> str:
    data = {"name": "张三", "mobile": "13812345678", **fields}
    with pytest.raises(ValidationError) as caught:
        validate_customer(CustomerInput(**data))
    return caught.value.message


def _import_message(**fields) -> str:
    row = {"name": "张三", "mobile": "13812345678", **fields}
    keys = list(row)
    [result] = validate_rows([[row[k] for k in keys]], 2, list(enumerate(keys)), Lookups())
    if result.status == "rejected":  # the name
        return result.reason
    # A secondary field: the lead is imported without it, with the form's message.
    assert result.status == "new" and len(result.warnings) == 1, result
    return result.warnings[0]


@pytest.mark.parametrize("key", [k for k in TEXT_COLUMNS if k != "notes"])
def test_too_long_gets_the_same_message_in_form_and_import(key):
    rule = CUSTOMER_FIELDS[key]
    value = "长" * (rule.max_length + 1)
    form = _form_message(**{key: value})
    assert _import_message(**{key: value}).startswith(form)
    assert str(rule.max_length) in form


def test_missing_name_gets_the_same_message_in_form_and_import():
    assert _form_message(name="  ") == _import_message(name="  ")


def test_full_width_text_is_measured_after_normalising_in_both():
    rule = CUSTOMER_FIELDS["grade"]
    fits = "Ａ" * rule.max_length  # full-width letters become plain ones
    assert validate_customer(CustomerInput(name="张三", mobile="13812345678", grade=fits))
    [row] = validate_rows(
        [["张三", "13812345678", fits]], 2, [(0, "name"), (1, "mobile"), (2, "grade")], Lookups()
    )
    assert row.status == "new" and row.values["grade"] == "A" * rule.max_length


def test_the_import_limits_are_the_table_lengths():
    assert {k: CUSTOMER_FIELDS[k].max_length for k in TEXT_LIMITS} == TEXT_LIMITS


def test_field_rule_format_and_required():
    rule = FieldRule(
        "code",
        lambda: "Code",
        6,
        required=True,
        format=lambda text: None if text.isdigit() else "Code takes digits only.",
    )
    assert rule.clean(" １２３ ") == "123"
    assert rule.problem("12a") == "Code takes digits only."
    with pytest.raises(ValidationError) as caught:
        rule.clean("")
    assert caught.value.field == "code" and "Code" in caught.value.message
    assert "6" in rule.problem("1234567")
