from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.money import amount_in_words, format_money, parse_money

# The worked examples of 正确填写票据和结算凭证的基本规定 as DESIGN.md section 6 states them.
NATIONAL_RULE_EXAMPLES = [
    (1600, "壹拾陆元整"),
    (140950, "壹仟肆佰零玖元伍角"),
    (600714, "陆仟零柒元壹角肆分"),
    (10070000, "壹拾万零柒佰元整"),
    (32504, "叁佰贰拾伍元零肆分"),
    (168032, "壹仟陆佰捌拾元零叁角贰分"),
    (10700053, "壹拾万柒仟元零伍角叁分"),
]


@pytest.mark.parametrize("fen,words", NATIONAL_RULE_EXAMPLES)
def test_amount_in_words_national_examples(fen, words):
    assert amount_in_words(fen) == words


@pytest.mark.parametrize(
    "fen,words",
    [
        (0, "零元整"),
        (50, "伍角"),
        (5, "伍分"),
        (100, "壹元整"),
        (1000000, "壹万元整"),
        (1001000, "壹万零壹拾元整"),
        (10000070000, "壹亿零柒佰元整"),
        (12345678, "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"),
        (100000000000, "壹拾亿元整"),
        (2000000000, "贰仟万元整"),
        (2000100, "贰万零壹元整"),
    ],
)
def test_amount_in_words_more(fen, words):
    assert amount_in_words(fen) == words


def test_format_money():
    assert format_money(123456) == "¥1,234.56"
    assert format_money(5) == "¥0.05"
    assert format_money(-100050) == "-¥1,000.50"
    assert format_money(0, symbol=False) == "0.00"


@pytest.mark.parametrize(
    "text,fen",
    [
        ("1,234.56", 123456),
        ("¥1234.5", 123450),
        ("１２３", 12300),
        (" 88 ", 8800),
        ("0.01", 1),
        (Decimal("2.50"), 250),
        (7, 700),
        ("￥3,000", 300000),
    ],
)
def test_parse_money(text, fen):
    assert parse_money(text) == fen


@pytest.mark.parametrize("text", ["", "abc", "1.234", "-5", "1e400", "NaN"])
def test_parse_money_refuses(text):
    with pytest.raises(ValidationError) as info:
        parse_money(text, "amount")
    assert info.value.field == "amount"


def test_parse_money_negative_when_allowed():
    assert parse_money("-12.30", allow_negative=True) == -1230
    with pytest.raises(ValidationError):
        parse_money("0", allow_zero=False)
