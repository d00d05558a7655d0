"""Money as integer fen (分): parsing, display and amount in words (大写金额)."""

from __future__ import annotations

import re
from decimal import Decimal

from app.errors import ValidationError, tr

# What an office clerk types, after full-width forms are made half-width: an optional
# minus, an optional ¥ (or RMB / CNY), digits with or without thousands separators every
# three digits, at most one decimal point, an optional trailing 元.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋＄", "0123456789.,-+$")
_AMOUNT = re.compile(
    r"(?P<minus>-)?\s*(?:[¥￥]|RMB|CNY)?\s*(?P<minus2>-)?"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?\s*元?",
    re.IGNORECASE,
)
_LOOSE = re.compile(r"-?\s*(?:[¥￥]|RMB|CNY)?\s*-?[\d,]+(?:\.\d+)?\s*元?", re.IGNORECASE)

# No amount MarketDesk stores comes near this (claims are capped far lower): it keeps
# every figure within a 64-bit integer column and the amount in words.
MAX_AMOUNT_FEN = 10**15 - 1


def _not_an_amount(field: str, text: object) -> ValidationError:
    return ValidationError(
        field,
        tr("'%s' is not an amount: write digits with at most one decimal point, such as 1,234.50.")
        % text,
    )


def _text_to_fen(text: str, field: str) -> int:
    cleaned = str(text).translate(_FULLWIDTH).strip()
    if not cleaned:
        raise ValidationError(field, tr("An amount is required."))
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        if _LOOSE.fullmatch(cleaned) and "," in cleaned:
            raise ValidationError(
                field,
                tr("'%s': thousands separators go every three digits, as in 1,234,567.89.") % text,
            )
        raise _not_an_amount(field, text)
    if match["minus"] and match["minus2"]:
        raise _not_an_amount(field, text)
    decimals = match["decimals"] or ""
    if len(decimals) > 2:
        raise ValidationError(field, tr("An amount has at most two decimal places (fen)."))
    whole = match["whole"].replace(",", "")
    if len(whole.lstrip("0")) > 13:  # before int(): a million digits cost seconds
        raise _too_large(field, MAX_AMOUNT_FEN)
    fen = int(whole) * 100 + int(decimals.ljust(2, "0"))
    return -fen if match["minus"] or match["minus2"] else fen


def _too_large(field: str, maximum: int) -> ValidationError:
    return ValidationError(
        field, tr("The amount is over the largest amount allowed here, %s.") % format_money(maximum)
    )


def parse_money(
    text: str | int | Decimal,
    field: str = "amount",
    *,
    allow_negative: bool = False,
    allow_zero: bool = True,
    maximum: int = MAX_AMOUNT_FEN,
) -> int:
    """Parse "1,234.56", "¥1234.5", "１２３", "1234元" or a Decimal into fen.

    Only what a clerk writes is accepted: "1,5", "1_000", "1e2", "NaN" and
    "Infinity" are refused with a ValidationError naming the problem. More than two
    decimal places is refused rather than rounded: money typed by a person with three
    decimals is a typo, not a value. A bool is not an amount.
    """
    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise ValidationError(field, tr("'%s' is not an amount.") % (text,))
    if isinstance(text, str):
        fen = _text_to_fen(text, field)
    else:
        value = Decimal(text)
        if not value.is_finite():
            raise _not_an_amount(field, text)
        # Compared before scaling: 1e999999 * 100 overflows the decimal context.
        if abs(value) > Decimal(maximum) / 100:
            raise _too_large(field, maximum)
        scaled = value.scaleb(2)
        if scaled != scaled.to_integral_value():
            raise ValidationError(field, tr("An amount has at most two decimal places (fen)."))
        fen = int(scaled)
    if fen < 0 and not allow_negative:
        raise ValidationError(field, tr("The amount cannot be negative."))
    if fen == 0 and not allow_zero:
        raise ValidationError(field, tr("The amount must be greater than zero."))
    if abs(fen) > maximum:
        raise _too_large(field, maximum)
    return fen


def check_amount(
    fen: object,
    field: str,
    *,
    maximum: int,
    allow_zero: bool = False,
) -> int:
    """An amount in fen given to a service: a whole number (not a bool), above zero (or
    zero when allowed) and at most `maximum`. The message names the problem."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise ValidationError(field, tr("The amount must be a whole number of fen."))
    if fen < 0:
        raise ValidationError(field, tr("The amount cannot be negative."))
    if fen == 0 and not allow_zero:
        raise ValidationError(field, tr("The amount must be greater than zero."))
    if fen > maximum:
        raise ValidationError(
            field,
            tr("The amount %s is over the limit of %s.")
            % (format_money(fen), format_money(maximum)),
        )
    return fen


def format_money(fen: int, *, symbol: bool = True) -> str:
    """12345 -> '¥123.45'; negative amounts as '-¥123.45'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def fen_to_decimal(fen: int) -> Decimal:
    return Decimal(int(fen)) / 100


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
# Up to 9999,9999,9999,9999 yuan: 亿 groups over 万 groups (壹万零壹亿); beyond that the
# rules have no unit, and no amount MarketDesk stores comes near it.
MAX_WORDS_FEN = 10**18 - 1


class AmountOutOfRange(ValidationError, ValueError):
    """An amount past what the amount in words can say: a refusal (one line on the
    command line), and a ValueError for callers that expect one."""


def _four_digits(group: int) -> str:
    """A 1..9999 group, zeros inside collapsed to one 零, no trailing 零."""
    digits = [(group // 10**i) % 10 for i in range(3, -1, -1)]
    out: list[str] = []
    pending_zero = False
    started = False
    for pos, d in enumerate(digits):
        unit = _SMALL_UNITS[3 - pos]
        if d == 0:
            if started:
                pending_zero = True
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[d] + unit)
        started = True
    return "".join(out)


def _joined(high: str, unit: str, low: int, low_width: int) -> str:
    """`high` followed by its unit, then the lower part; one 零 between them when the
    lower part does not start at its highest digit (壹拾万零柒佰, 壹亿零伍万). A zero
    万 or 亿 digit before a non-zero next digit takes none (壹拾万柒仟), the form DESIGN.md
    section 6 chooses."""
    out = high + unit
    if low:
        if low < 10 ** (low_width - 1):
            out += "零"
        out += _yuan_in_words(low)
    return out


def _yuan_in_words(yuan: int) -> str:
    """Integer yuan (1 .. 10^16 - 1) in capitals, following 正确填写票据和结算凭证的基本规定.

    Below 亿 four-digit groups take 万; from 亿 on, the number of 亿 is itself written
    with 万 (1,000,100,000,000 is 壹万零壹亿, not 壹万亿零壹亿).
    """
    if yuan >= 10**8:
        high, low = divmod(yuan, 10**8)
        return _joined(_yuan_in_words(high), "亿", low, 8)
    if yuan >= 10**4:
        high, low = divmod(yuan, 10**4)
        return _joined(_four_digits(high), "万", low, 4)
    return _four_digits(yuan)


def amount_in_words(fen: int) -> str:
    """Chinese financial capitals for an amount, without the 人民币 prefix.

    Takes integer fen only (a float is a programming error: TypeError); past
    MAX_WORDS_FEN the rules have no unit, and AmountOutOfRange (a ValueError) says so.

    >>> amount_in_words(1600)
    '壹拾陆元整'
    """
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"amount_in_words takes integer fen, not {type(fen).__name__}")
    if fen < 0:
        return "负" + amount_in_words(-fen)
    if fen > MAX_WORDS_FEN:
        raise AmountOutOfRange(
            "amount",
            tr("%s is too large to write in words (at most %s).")
            % (format_money(fen), format_money(MAX_WORDS_FEN)),
        )
    yuan, rest = divmod(fen, 100)
    jiao, fen_digit = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "零元整"
    text = ""
    if yuan:
        text = _yuan_in_words(yuan) + "元"
        if yuan % 10 == 0 and (jiao or fen_digit):
            # 元 digit is zero and something follows: write 零 after 元.
            text += "零"
        elif jiao == 0 and fen_digit:
            text += "零"
    if jiao:
        text += _DIGITS[jiao] + "角"
    if fen_digit:
        text += _DIGITS[fen_digit] + "分"
    elif not jiao:
        text += "整"
    if yuan == 0 and text.startswith("零"):
        text = text[1:]
    return text
