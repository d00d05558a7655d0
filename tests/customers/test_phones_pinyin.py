"""Phone normalisation of Chinese formats and pinyin keys with surname readings."""

from __future__ import annotations

import pytest

from app.customers.keys import search_columns
from app.customers.masking import mask_name, mask_phone
from app.customers.phones import national_of, normalize_phone
from app.customers.pinyin import pinyin_keys
from app.errors import ValidationError


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "008613812345678",
        "0086 138-1234-5678",
        "8613812345678",
        "１３８１２３４５６７８",
        "１３８－１２３４－５６７８",
        13812345678,
        13812345678.0,
        "13812345678.0",
        "1.3812345678E10",
        " 138\u30001234\u30005678 ",
    ],
)
def test_chinese_mobile_formats_normalise_to_e164(raw):
    phone = normalize_phone(raw)
    assert phone.e164 == "+8613812345678"
    assert phone.national == "13812345678"
    assert phone.is_mobile
    assert phone.warning == ""


@pytest.mark.parametrize(
    "raw, national",
    [
        ("010-12345678", "01012345678"),
        ("(010) 1234 5678", "01012345678"),
        ("0755-88886666", "075588886666"),
        ("+86 21 6123 4567", "02161234567"),
    ],
)
def test_landlines(raw, national):
    phone = normalize_phone(raw, "guardian_phone")
    assert not phone.is_mobile
    assert phone.national == national
    assert national_of(phone.e164) == national


@pytest.mark.parametrize(
    "raw",
    ["1381234567", "138123456789", "abc", "138abcd5678", "123", "13812345678x", "电话13812345678"],
)
def test_impossible_numbers_are_refused_naming_the_field(raw):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw, "guardian_phone")
    assert info.value.field == "guardian_phone"


@pytest.mark.parametrize(
    "raw", [-13812345678, -13812345678.0, "-13812345678", " －13812345678", "\u221213812345678"]
)
def test_negative_number_cells_are_refused(raw):
    """A spreadsheet cell holding a negative number, or its text in a CSV: the minus
    is a sign, not a dash. The same digits without it are a mobile."""
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw, "mobile")
    assert "negative" in str(info.value) and "13812345678" in str(info.value)
    assert normalize_phone("13812345678").e164 == "+8613812345678"
    # A dash between digit groups is still a separator.
    assert normalize_phone("138-1234-5678").e164 == "+8613812345678"


def test_unallocated_but_well_formed_number_is_accepted_with_a_warning():
    phone = normalize_phone("12012345678")
    assert phone.e164 == "+8612012345678"
    assert phone.warning


def test_empty_is_none():
    assert normalize_phone("") is None
    assert normalize_phone(None) is None
    assert normalize_phone("   ") is None


@pytest.mark.parametrize(
    "name, full, initials",
    [
        ("张三", "zhangsan", "zs"),
        ("曾小贤", "zengxiaoxian", "zxx"),
        ("单田芳", "shantianfang", "stf"),
        ("解晓东", "xiexiaodong", "xxd"),
        ("仇英", "qiuying", "qy"),
        ("朴树", "piaoshu", "ps"),
        ("乐嘉", "yuejia", "yj"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("李 Lei", "lilei", "ll"),
    ],
)
def test_pinyin_keys_with_surname_readings(name, full, initials):
    assert pinyin_keys(name) == (full, initials)


def test_search_columns():
    cols = search_columns("曾三", "+8613812345678", "+861012345678")
    assert cols["name_initials"] == "zs"
    assert cols["mobile_last4"] == "5678"
    assert cols["guardian_last4"] == "5678"
    assert cols["phone_digits"] == "13812345678 01012345678"


def test_masking():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("") == ""
    assert "12345678" not in mask_phone("01012345678")
    assert mask_name("张伟") == "张*"


@pytest.mark.parametrize(
    "name, given, mixed",
    [
        ("曾晓彤", "xiaotong", "zengxt"),
        ("单田芳", "tianfang", "shantf"),
        ("欧阳修", "xiu", "ouyangx"),  # a two-syllable surname
        ("尉迟恭", "gong", "yuchig"),
        ("张", "", ""),  # a surname alone has no given name
        ("Anna", "", ""),  # nor has a Latin name
    ],
)
def test_given_name_keys(name, given, mixed):
    from app.customers.pinyin import name_keys

    assert name_keys(name)[2:] == (given, mixed)


def test_given_name_pinyin_finds_the_customer(customers, actors, make_customer):
    from app.customers.search import CustomerQuery

    row = make_customer("曾晓彤")
    make_customer("张小龙")  # xiaolong, zhangxl: not found
    for text in ("xiaotong", "zengxt", "zxiaot", "zengxiaot", "zxt"):
        ids = customers.search_ids(actors["manager"], CustomerQuery(text=text))
        assert list(ids) == [row.id], text
