"""The bulk fast paths give exactly what the shared functions give."""

from __future__ import annotations

import datetime as dt
import random

from pypinyin import Style, lazy_pinyin

from app.customers.phones import normalize_phone
from app.customers.pinyin import _lazy_pinyin
from app.customers_io.fastphone import fast_normalize
from app.demo.names import person_name
from app.errors import ValidationError


def test_fast_phone_matches_normalize_phone():
    rng = random.Random(5)
    samples: list[object] = []
    for _ in range(20000):
        digits = f"1{rng.randrange(1, 10)}{rng.randrange(10**9):09d}"
        samples += [digits, float(digits), int(digits)]
    samples += [
        "13812345678",
        " 13812345678 ",
        "17400012345",
        "17406012345",
        "19912345678",
        "16212345678",
        "14012345678",
        "1381234567",
        "010-12345678",
        "+8613812345678",
        13812345678.0,
        "１３８１２３４５６７８",
    ]
    for raw in samples:
        assert _outcome(fast_normalize, raw) == _outcome(normalize_phone, raw), raw


def _outcome(function, raw):
    try:
        return function(raw)
    except ValidationError as exc:
        return ("error", exc.field, exc.message)


def test_fast_pinyin_matches_pypinyin():
    rng = random.Random(9)
    names = [person_name(rng) for _ in range(20000)]
    names += ["长江", "重庆", "银行", "张行长", "单于", "乐乐", "Tom张", "王2", "曾国藩", "解放"]
    convert = _lazy_pinyin()
    for name in names:
        assert convert(name) == lazy_pinyin(
            name, style=Style.NORMAL, errors="default", strict=False
        ), name


def test_fast_worksheet_escapes_like_xlsxwriter():
    from xlsxwriter.worksheet import Worksheet

    from app.customers_io.xlsx import _worksheet_class

    fast = _worksheet_class()._escape_control_characters
    for text in [
        "张三",
        "plain",
        "_x0041_ literal",
        "tab\there",
        "bell\x07",
        "nul\x00",
        "new\nline",
        "\ufffe\uffff",
        "a_x12_b",
        "",
        " lead",
    ]:
        assert fast(text) == Worksheet._escape_control_characters(text), repr(text)


def test_fast_worksheet_writes_the_same_xml(tmp_path):
    import zipfile

    import xlsxwriter

    from app.customers_io.xlsx import _worksheet_class

    strings = [
        "张三",
        "a & b <c>",
        " lead",
        "trail ",
        "two\nlines",
        "_x0041_",
        "bell\x07",
        "<r>rich-looking</r>",
        "<r>half",
        'quote "q"',
        "\u00a0nbsp",
        "",
        "x" * 300,
    ]

    def sheet_xml(path, worksheet_class):
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        sheet = workbook.add_worksheet("s", worksheet_class=worksheet_class)
        sheet.set_column(0, 0, 20)
        bold = workbook.add_format({"bold": True})
        sheet.set_column(2, 2, 10, bold)
        for r, text in enumerate(strings):
            sheet.write_string(r, 0, text)
            sheet.write_string(r, 1, text, bold)
            sheet.write_string(r, 2, text)
            sheet.write_string(r, 3, text)
            sheet.write_number(r, 4, r)
        workbook.close()
        with zipfile.ZipFile(path) as archive:
            return archive.read("xl/worksheets/sheet1.xml")

    assert sheet_xml(tmp_path / "fast.xlsx", _worksheet_class()) == sheet_xml(
        tmp_path / "stock.xlsx", None
    )


def test_whitespace_rule_matches_xlsxwriter():
    from xlsxwriter.utility import _preserve_whitespace

    for text in [" a", "a ", "a\n", "a \nb", "\u00a0x", "x\u3000", "\tx", "", "ab", "a\u2028"]:
        ours = text[:1].isspace() or text[-1:].isspace()
        assert ours == bool(_preserve_whitespace(text)), repr(text)


def test_fast_pinyin_keys_match_the_reference():
    from app.customers.pinyin import (
        SURNAME_READINGS,
        TWO_SYLLABLE_SURNAMES,
        _fast_keys,
        _reference_keys,
        name_keys,
        pinyin_keys,
    )

    rng = random.Random(11)
    names = [person_name(rng) for _ in range(20000)]
    surnames = list(SURNAME_READINGS) + sorted(TWO_SYLLABLE_SURNAMES)
    names += [rng.choice(surnames) + person_name(rng)[1:] for _ in range(3000)]
    names += [
        "长江",
        "重庆",
        "银行",
        "张行长",
        "单于",
        "单于飞",
        "乐乐",
        "Tom张",
        "王2",
        "曾国藩",
        "解放",
        "",
        " 张三",
        "张三 ",
        "张 三",
        "\u3000李四",
        "李\u4e00",
        "朴",
        "曾",
        "长孙无忌",
        "尉迟恭",
        "欧阳修修修修修",
        "欧阳修修修修修修",
        "㐀",
        "\uf900李",
        "李\uf900",
        "Zhang",
        "张-三",
        "张·三",
        "行长",
        "单行道",
        "重重重",
        "乐队乐队",
    ]
    fast = 0
    for name in names:
        keys = _fast_keys(name)
        fast += keys is not None
        assert (keys or _reference_keys(name)) == _reference_keys(name), name
        assert name_keys(name) == _reference_keys(name), name
        assert pinyin_keys(name) == _reference_keys(name)[:2], name
    assert fast > 20000  # the fast path is the common one


def test_search_values_match_the_column_rules():
    from app.customers.keys import SEARCH_COLUMNS, search_columns, search_values
    from app.customers.phones import national_of
    from app.customers.pinyin import name_keys

    def reference(name, mobile_e164, guardian_e164):
        full, initials, given, mixed = name_keys(name)
        mobile, guardian = national_of(mobile_e164), national_of(guardian_e164)
        return {
            "name_pinyin": full[:400],
            "name_initials": initials[:100],
            "mobile_last4": mobile[-4:] if mobile else "",
            "guardian_last4": guardian[-4:] if guardian else "",
            "phone_digits": " ".join(p.lstrip("+") for p in (mobile, guardian) if p)[:60],
            "name_given_pinyin": given[:400],
            "name_mixed_pinyin": mixed[:400],
        }

    phones = [
        None,
        "",
        "+8613812345678",
        "+861012345678",
        "+8675512345678",
        "+14155550123",
        "+86123",
        "+8610123",
        "+442071234567",
        "+8617400012345",
        "+8614012345678",
    ]
    for mobile in phones:
        for guardian in phones:
            expected = reference("张三", mobile, guardian)
            assert search_columns("张三", mobile, guardian) == expected, (mobile, guardian)
            assert search_values("张三", mobile, guardian) == tuple(
                expected[k] for k in SEARCH_COLUMNS
            )


def test_phone_column_matches_normalize_phone():
    """The import's column pass (plain mobiles inline) gives normalize_phone's E.164,
    warning or error for every kind of cell."""
    from app.customers_io.cells import number_text_problem
    from app.customers_io.rows import _Error, _phone_column

    rng = random.Random(13)
    cells: list[object] = []
    for _ in range(5000):
        digits = f"1{rng.randrange(0, 10)}{rng.randrange(10**9):09d}"
        cells += [
            digits,
            float(digits),
            int(digits),
            f" {digits} ",
            f"+86 {digits}",
            f"{digits[:3]}-{digits[3:7]}-{digits[7:]}",
            digits[:10],
            digits + "0",
        ]
    cells += [
        None,
        "",
        "  ",
        "\u3000",
        True,
        False,
        0,
        0.0,
        1.5,
        13812345678.5,
        1e10,
        2e10,
        19999999999.0,
        -13812345678.0,
        "13812345678.0",
        "1.3812345678E10",
        "1.38123E+10",
        "138 1234 5678",
        "１３８１２３４５６７８",
        "010-12345678",
        "0086 138 1234 5678",
        "8613812345678",
        "abc",
        "138x",
        "+14155550123",
        "17400012345",
        "17406012345",
        "16212345678",
        "14012345678",
        "10012345678",
    ]
    out, warnings, errors = _phone_column(cells, "guardian_phone")
    assert errors

    def reference(raw):  # the cell rules: blank, a number that lost digits, then the parser
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        problem = number_text_problem(raw)
        if problem:
            return ("error", "guardian_phone", problem)
        return _outcome(lambda value: normalize_phone(value, "guardian_phone"), raw)

    for offset, raw in enumerate(cells):
        expected, got = reference(raw), out[offset]
        if isinstance(expected, tuple):
            assert got.__class__ is _Error and got.message == expected[2], raw
            continue
        assert got == (expected.e164 if expected else None), raw
        assert warnings.get(offset, "") == (expected.warning if expected else ""), raw


def test_memo_convert_equals_converting_each_cell():
    from app.customers_io.rows import _Error, _memo_convert, _text_converter

    convert = _text_converter("grade")
    cells = [
        "初一",
        " 初一 ",
        "",
        "  ",
        None,
        1,
        1.0,
        True,
        "x" * 30,
        "初一",
        float("nan"),
        dt.date(2025, 1, 1),
        dt.datetime(2025, 1, 1),
        "ｘ",
        "x" * 30,
    ]
    memo: dict = {}
    for column in (cells, cells[::-1], [["unhashable"], "初二"]):
        out, errors = _memo_convert(column, memo, convert)
        expected = [
            None if c is None or (isinstance(c, str) and not c.strip()) else convert(c)
            for c in column
        ]
        assert [o.message if o.__class__ is _Error else o for o in out] == [
            e.message if e.__class__ is _Error else e for e in expected
        ]
        assert errors == any(e.__class__ is _Error for e in expected)


def test_clean_text_column_only_when_the_converter_keeps_every_cell():
    from app.customers_io.rows import _clean_text_column, _text_converter

    convert = _text_converter("grade")  # at most 20 characters
    kept = ["初一", "Grade 1", "a b", "x" * 20, "张\u00b7三", "ok"]
    for column in ([*kept, None], kept, [None, *kept]):
        assert _clean_text_column(column, 20) == column
        assert [c if c is None else convert(c) for c in column] == column
    rng = random.Random(3)
    odd = [
        " 初一",
        "初一 ",
        "初一\u3000",
        "\u00a0x",
        "x\n",
        "",
        "  ",
        "ｘ",
        "\uf900",
        "x" * 21,
        "a\x00b",
        "\x00",
        1,
        1.5,
        True,
        dt.date(2025, 1, 1),
        "e\u0301",
        "\u2028x",
    ]
    for bad in odd:
        for _ in range(5):
            column = list(kept)
            column.insert(rng.randrange(len(column) + 1), bad)
            assert _clean_text_column(column, 20) is None, repr(bad)
    # Whatever _clean_text_column accepts, the converter keeps as it is.
    pool = kept + [s for s in odd if isinstance(s, str)] + [None]
    for _ in range(3000):
        column = [rng.choice(pool) for _ in range(rng.randrange(1, 5))]
        if _clean_text_column(column, 20) is not None:
            assert [c if c is None else convert(c) for c in column] == column, column


def _reference_is_totals_row(row):
    """is_totals_row before its first-character shortcut."""
    from app.customers_io.cells import _TOTAL_WORDS

    seen = 0
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, str):
            text = value.strip().lower()
            if not text:
                continue
            if len(text) <= 16:
                text = text.replace(" ", "").replace(":", "").replace("：", "")
                if text.startswith(_TOTAL_WORDS):
                    return True
        seen += 1
        if seen == 2:
            return False
    return False


def test_totals_row_shortcut_matches_the_reference():
    from app.customers_io.cells import is_totals_row

    rng = random.Random(5)
    words = [
        "合计",
        "总计",
        "小计",
        "共计",
        "总数",
        "Total",
        "SUBTOTAL",
        "Sum",
        "sum of",
        "小明",
        "张三",
        "总",
        "合",
        "t",
        "13812345678",
        "统计",
        "Tom",
        "Summer",
        "共",
    ]
    extras = ["", " ", ":", "：", "：35人", " 12", "  ", "人数", "x" * 14, "\t"]
    cells = [None, "", 3, 2.0, dt.date(2025, 1, 1)]
    checked = 0
    for _ in range(20000):
        row = []
        for _cell in range(rng.randint(0, 4)):
            kind = rng.random()
            if kind < 0.3:
                row.append(rng.choice(cells))
            else:
                text = rng.choice(extras) + rng.choice(words) + rng.choice(extras)
                row.append(text if rng.random() < 0.7 else rng.choice(extras) + text)
        expected = _reference_is_totals_row(row)
        assert is_totals_row(row) == expected, row
        checked += expected
    assert checked > 1000  # totals rows were among them
