from decimal import Decimal

import pytest

from app.budget.grid import parse_pasted_grid
from app.errors import ValidationError
from app.money import (
    MAX_WORDS_FEN,
    AmountOutOfRange,
    amount_in_words,
    check_amount,
    format_money,
    parse_money,
)

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


@pytest.mark.parametrize(
    "text,fen",
    [
        ("1,234,567.89", 123456789),
        ("１，２３４．５０", 123450),  # full-width digits and punctuation
        ("￥１２", 1200),
        ("12元", 1200),
        ("¥ 1,000元", 100000),
        ("　88.8　", 8880),  # full-width spaces around
        ("0012.30", 1230),
        ("9,999,999,999,999.99", 999999999999999),
    ],
)
def test_parse_money_accepts_what_a_clerk_writes(text, fen):
    assert parse_money(text) == fen


@pytest.mark.parametrize(
    "text,problem",
    [
        ("1e999999", "not an amount"),
        ("1e2", "not an amount"),
        ("1_000", "not an amount"),
        ("NaN", "not an amount"),
        ("Infinity", "not an amount"),
        ("-Infinity", "not an amount"),
        ("0x10", "not an amount"),
        ("1.2.3", "not an amount"),
        ("1 000", "not an amount"),
        ("--5", "not an amount"),
        ("1,5", "thousands separators"),
        ("12,34.00", "thousands separators"),
        ("1234,567", "thousands separators"),
        ("1,2345", "thousands separators"),
        ("1.005", "two decimal places"),
        ("-5", "cannot be negative"),
        ("¥-5", "cannot be negative"),
        ("－５", "cannot be negative"),
        ("10,000,000,000,000.00", "largest amount"),
        ("9" * 5000, "largest amount"),
    ],
)
def test_parse_money_names_the_problem(text, problem):
    with pytest.raises(ValidationError) as info:
        parse_money(text, "amount")
    assert problem in info.value.message
    assert info.value.field == "amount"


@pytest.mark.parametrize("value", [True, False, 1.5, None, [1]])
def test_parse_money_refuses_what_is_not_an_amount(value):
    with pytest.raises(ValidationError):
        parse_money(value)


def test_parse_money_decimal_out_of_range_is_a_refusal():
    for value in (Decimal("1e999999"), Decimal("-1e999999"), Decimal("Infinity")):
        with pytest.raises(ValidationError):
            parse_money(value, allow_negative=True)
    assert parse_money(Decimal("1.500")) == 150


def test_grid_paste_refuses_huge_exponent():
    with pytest.raises(ValidationError) as info:
        parse_pasted_grid("100\t1e999999\n")
    assert "Row 1, column 2" in info.value.message and "not an amount" in info.value.message


@pytest.mark.parametrize(
    "value,problem",
    [
        (True, "whole number of fen"),
        (1.0, "whole number of fen"),
        (Decimal(5), "whole number of fen"),
        ("5", "whole number of fen"),
        (0, "greater than zero"),
        (-1, "cannot be negative"),
        (1_000_01, "over the limit of ¥1,000.00"),
    ],
)
def test_check_amount_names_the_problem(value, problem):
    with pytest.raises(ValidationError) as info:
        check_amount(value, "amount", maximum=1_000_00)
    assert problem in info.value.message
    assert check_amount(1_000_00, "amount", maximum=1_000_00) == 1_000_00


# Around the 万 and 亿 boundaries (10,0000 and 1,0000,0000), by the national rules: a
# run of zeros between digits is one 零, 亿 counts in 万 (壹万零壹亿), and a zero 万 or
# 亿 digit before a non-zero digit takes no 零 (DESIGN.md section 6).
YUAN_IN_WORDS = [
    (9_999, "玖仟玖佰玖拾玖元整"),
    (10_000, "壹万元整"),
    (10_001, "壹万零壹元整"),
    (99_999_999, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"),
    (100_000_000, "壹亿元整"),
    (100_000_001, "壹亿零壹元整"),
    (100_010_000, "壹亿零壹万元整"),
    (100_100_000, "壹亿零壹拾万元整"),
    (110_000_000, "壹亿壹仟万元整"),
    (101_000_000, "壹亿零壹佰万元整"),
    (1_000_000_000, "壹拾亿元整"),
    (1_010_000_000, "壹拾亿壹仟万元整"),
    (1_001_000_000, "壹拾亿零壹佰万元整"),
    (2_000_050_000, "贰拾亿零伍万元整"),
    (10_000_000_000, "壹佰亿元整"),
    (100_000_000_100, "壹仟亿零壹佰元整"),
    (1_000_000_000_000, "壹万亿元整"),
    (1_000_100_000_000, "壹万零壹亿元整"),
    (1_000_000_010_000, "壹万亿零壹万元整"),
    (1_234_567_890_123, "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元整"),
    (10_000_000_000_000, "壹拾万亿元整"),
    (100_000_100_000_000, "壹佰万零壹亿元整"),
    (100_000_001_000_000, "壹佰万亿零壹佰万元整"),
    (9_999_999_999_999_999, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整"),
    (1_000_000, "壹佰万元整"),
    (10_010, "壹万零壹拾元整"),
]


@pytest.mark.parametrize("yuan,words", YUAN_IN_WORDS)
def test_amount_in_words_across_wan_and_yi(yuan, words):
    assert amount_in_words(yuan * 100) == words


def test_amount_in_words_range_and_types():
    assert amount_in_words(MAX_WORDS_FEN).endswith("玖元玖角玖分")
    for fen in (MAX_WORDS_FEN + 1, 2**62, 10**20):
        with pytest.raises(ValueError) as info:
            amount_in_words(fen)
        assert isinstance(info.value, AmountOutOfRange)  # a one-line refusal too
        assert "too large" in info.value.message
    for value in (1.5, 0.0, True, Decimal(1), "100"):
        with pytest.raises(TypeError):
            amount_in_words(value)


def test_parse_money_negative_when_allowed():
    assert parse_money("-12.30", allow_negative=True) == -1230
    with pytest.raises(ValidationError):
        parse_money("0", allow_zero=False)
