"""Search keys for many customers at once must be what saving each one gives."""

from __future__ import annotations

import pytest

from app.customers.keys import SEARCH_COLUMNS, search_value_columns, search_values

PLAIN = [
    ("曾小贤", "+8613812345601", "+8613912345601"),
    ("单田芳", "+8613812345602", None),
    ("欧阳娜娜", None, "+8613912345603"),
    ("Tom李", None, None),
]
# A landline, a foreign number: not sliceable, so the columns are built row by row.
OTHER = [*PLAIN, ("张三", "+861062345678", None), ("李四", None, "+14155550100")]


@pytest.mark.parametrize("rows", [PLAIN, OTHER], ids=["plain mobiles", "other numbers"])
def test_columns_match_search_values(rows):
    names, mobiles, guardians = map(list, zip(*rows, strict=True))
    columns = search_value_columns(names, mobiles, guardians)
    assert len(columns) == len(SEARCH_COLUMNS)
    assert list(zip(*columns, strict=True)) == [search_values(*row) for row in rows]


def test_plain_mobiles_give_last_four_and_digits():
    columns = dict(
        zip(SEARCH_COLUMNS, search_value_columns(*map(list, zip(*PLAIN, strict=True))), strict=True)
    )
    assert columns["phone_digits"][0] == "13812345601 13912345601"
    assert columns["mobile_last4"][2] == "" and columns["guardian_last4"][2] == "5603"
    assert columns["name_initials"][0] == "zxx"  # 曾 read as a surname
