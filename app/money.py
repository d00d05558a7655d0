"""Money as integer fen (分): parsing, display and amount in words (大写金额)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.errors import ValidationError, tr

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_CLEAN = re.compile(r"[\s,¥￥元]|^RMB|^CNY", re.IGNORECASE)


def parse_money(
    text: str | int | Decimal,
    field: str = "amount",
    *,
    allow_negative: bool = False,
    allow_zero: bool = True,
) -> int:
    """Parse "1,234.56", "¥1234.5", "１２３" or a Decimal into fen.

    More than two decimal places is refused rather than rounded: money typed
    by a person with three decimals is a typo, not a value.
    """
    if isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, Decimal):
        value = text
    else:
        cleaned = _CLEAN.sub("", str(text).translate(_FULLWIDTH).strip())
        if not cleaned:
            raise ValidationError(field, tr("An amount is required."))
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(field, tr("'%s' is not an amount.") % text) from None
    if not value.is_finite():
        raise ValidationError(field, tr("'%s' is not an amount.") % text)
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValidationError(field, tr("An amount has at most two decimal places (fen)."))
    fen_int = int(fen)
    if fen_int < 0 and not allow_negative:
        raise ValidationError(field, tr("The amount cannot be negative."))
    if fen_int == 0 and not allow_zero:
        raise ValidationError(field, tr("The amount must be greater than zero."))
    if abs(fen_int) >= 10**15:
        raise ValidationError(field, tr("The amount is too large."))
    return fen_int


def format_money(fen: int, *, symbol: bool = True) -> str:
    """12345 -> '¥123.45'; negative amounts as '-¥123.45'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def fen_to_decimal(fen: int) -> Decimal:
    return Decimal(int(fen)) / 100


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ["", "拾", "佰", "仟"]
_BIG_UNITS = ["", "万", "亿", "万亿"]


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


def _yuan_in_words(yuan: int) -> str:
    """Integer yuan in capitals, following 正确填写票据和结算凭证的基本规定.

    Groups of four digits take 万/亿. Between groups a single 零 is written when
    a whole group was zero or the lower group has a zero thousands digit
    (壹拾万零柒佰); a zero 万 digit followed by a non-zero thousands digit takes
    none (壹拾万柒仟), the form DESIGN.md section 6 chooses.
    """
    groups: list[int] = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    out = ""
    skipped_group = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            skipped_group = bool(out)
            continue
        if out and (skipped_group or group < 1000):
            out += "零"
        out += _four_digits(group) + _BIG_UNITS[index]
        skipped_group = False
    return out


def amount_in_words(fen: int) -> str:
    """Chinese financial capitals for an amount, without the 人民币 prefix.

    >>> amount_in_words(1600)
    '壹拾陆元整'
    """
    fen = int(fen)
    if fen < 0:
        return "负" + amount_in_words(-fen)
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
