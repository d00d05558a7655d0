"""Hostile and careless rows (issue 21): a quote that swallows rows, siblings on one
mobile, notes past the limit, WeChat case, NULs, repeated columns, invisible names;
and a lead is never lost over a secondary field."""

from __future__ import annotations

from sqlalchemy import select

from app.customers.rows import CustomerInput
from app.customers.validation import validate_customer
from app.customers_io.importer import ImportService
from app.customers_io.rows import TEXT_LIMITS
from app.errors import ValidationError
from db.models.customers import Customer

HEADER = ["姓名", "手机", "微信", "年级", "登记日期", "备注"]
NOTES_LIMIT = TEXT_LIMITS["notes"]


def _import(services, actor, path):
    service = ImportService(services.db)
    loaded = service.open_file(path)
    preview = service.preview(actor, loaded)
    return service.run(actor, preview)


def _customers(services) -> list[Customer]:
    with services.db.session() as session:
        return list(session.scalars(select(Customer).order_by(Customer.id)))


def test_an_unclosed_quote_does_not_make_a_customer_of_several_rows(io_services, actors, tmp_path):
    path = tmp_path / "booth.csv"
    path.write_text(
        '姓名,手机\n"王五,13812340010\n张三,13812340011\n李四,13812340012\n赵六,13812340013\n',
        encoding="utf-8",
    )
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 0
    [(row, reason)] = result.rejected
    assert row == 2 and "quote" in reason
    assert all("\n" not in c.name for c in _customers(io_services))


def test_a_notes_cell_that_swallowed_rows_is_warned(io_services, actors, tmp_path):
    path = tmp_path / "booth.csv"
    path.write_text(
        '姓名,手机,备注\n王五,13812340014,"周末\n张三,13812340015,\n李四,13812340016,\n'
        "赵六,13812340017,\n",
        encoding="utf-8",
    )
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 1 and not result.rejected
    [(row, warning)] = result.warnings
    assert row == 2 and "quote" in warning


def test_multi_line_notes_are_not_suspect(io_services, actors, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('姓名,手机,备注\n王五,13812340018,"周末有空\n想了解暑假班"\n', encoding="utf-8")
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 1 and not result.warnings


def test_siblings_sharing_a_mobile_are_two_customers(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            HEADER,
            ["王小明", "13812340021", "", "", None, "哥哥"],
            ["王小红", "13812340021", "", "", None, "妹妹"],
            ["王小明", "13812340021", "", "三年级", None, ""],  # the same person again
        ]
    )
    result = _import(io_services, actors["manager"], path)
    assert (result.imported, result.merged) == (2, 1)
    first, second = _customers(io_services)
    assert (first.name, first.mobile, first.grade) == ("王小明", "+8613812340021", "三年级")
    assert (second.name, second.mobile, second.guardian_phone) == (
        "王小红",
        None,
        "+8613812340021",
    )
    assert any("+8613812340021" in w for _, w in result.warnings)


def test_a_sibling_of_a_customer_in_the_database_is_kept(io_services, actors, xlsx_file):
    io_services.customers.create_customer(
        actors["manager"], CustomerInput(name="李大宝", mobile="13812340031")
    )
    path = xlsx_file([HEADER, ["李二宝", "13812340031", "", "", None, ""]])
    result = _import(io_services, actors["manager"], path)
    assert (result.imported, result.merged) == (1, 0)
    names = {c.name: (c.mobile, c.guardian_phone) for c in _customers(io_services)}
    assert names == {"李大宝": ("+8613812340031", None), "李二宝": (None, "+8613812340031")}


def test_merging_rows_does_not_grow_notes_past_the_limit(io_services, actors, xlsx_file):
    half = NOTES_LIMIT // 2 + 10
    path = xlsx_file(
        [
            HEADER,
            ["周一", "13812340041", "", "", None, "甲" * half],
            ["周一", "13812340041", "", "", None, "乙" * half],
        ]
    )
    result = _import(io_services, actors["manager"], path)
    [customer] = _customers(io_services)
    assert len(customer.notes) == NOTES_LIMIT
    assert any(row == 3 and str(NOTES_LIMIT) in w for row, w in result.warnings)


def test_merging_into_a_database_customer_does_not_grow_notes_past_the_limit(
    io_services, actors, xlsx_file
):
    io_services.customers.create_customer(
        actors["manager"],
        CustomerInput(name="周二", mobile="13812340042", notes="旧" * (NOTES_LIMIT - 5)),
    )
    path = xlsx_file([HEADER, ["周二", "13812340042", "", "", None, "新的备注内容很长"]])
    result = _import(io_services, actors["manager"], path)
    [customer] = _customers(io_services)
    assert len(customer.notes) == NOTES_LIMIT
    assert any(row == 2 and str(NOTES_LIMIT) in w for row, w in result.warnings)


def test_wechat_matches_the_database_case_insensitively(io_services, actors, xlsx_file):
    io_services.customers.create_customer(
        actors["manager"], CustomerInput(name="吴三", wechat="Wu_San88")
    )
    path = xlsx_file([HEADER, ["吴三", None, "wu_san88", "五年级", None, ""]])
    result = _import(io_services, actors["manager"], path)
    assert (result.imported, result.updated) == (0, 1)
    [customer] = _customers(io_services)
    assert customer.grade == "五年级"


def test_a_nul_anywhere_is_removed(io_services, actors, tmp_path):
    filler = "".join(f"客户{i},1381235{i:04d},\n" for i in range(300))  # past the first 4 KB
    path = tmp_path / "nul.csv"
    path.write_text(
        "姓名,手机,备注\n" + filler + "郑\x00四,13812340051,备\x00注\n", encoding="utf-8"
    )
    _import(io_services, actors["manager"], path)
    last = _customers(io_services)[-1]
    assert (last.name, last.notes) == ("郑四", "备注")


def test_a_second_mobile_or_name_column_is_reported(io_services, actors, xlsx_file):
    path = xlsx_file(
        [["姓名", "手机", "手机", "姓名"], ["钱五", "13812340061", "13912340061", "钱小五"]]
    )
    result = _import(io_services, actors["manager"], path)
    warnings = [w for row, w in result.warnings if row == 1]
    assert len(warnings) == 2
    assert "C" in warnings[0] and "手机" in warnings[0]
    assert "D" in warnings[1] and "姓名" in warnings[1]


def test_invisible_and_direction_controlled_names_are_refused(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            HEADER,
            ["\u200b", "13812340071", "", "", None, ""],
            ["张\u202e三", "13812340072", "", "", None, ""],
            ["孙\u2066七\u2069", "13812340073", "", "", None, ""],
            ["孙八", "13812340074", "", "", None, ""],
        ]
    )
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 1
    assert [row for row, _ in result.rejected] == [2, 3, 4]
    for bad in ("\u200b", "张\u202e三"):
        try:
            validate_customer(CustomerInput(name=bad, mobile="13812340075"))
        except ValidationError as exc:
            assert exc.field == "name"
        else:
            raise AssertionError(f"{bad!r} was accepted by the form")


def test_a_lead_is_kept_when_secondary_fields_are_bad(io_services, actors, xlsx_file):
    long_notes = "很" * (NOTES_LIMIT + 50)
    path = xlsx_file(
        [
            HEADER,
            ["冯一", "13812340081", "", "", "明天", ""],
            ["冯二", "13812340082", "", "", "9月初", "周末来"],
            ["冯三", "13812340083", "", "", "国庆后", ""],
            ["冯四", "13812340084", "", "", None, long_notes],
            ["冯五", "13812340085", "", "高三年级理科实验班（2025届）第一学期培优小组", None, ""],
            ["冯六", "138abc", "feng_liu", "", None, ""],  # a bad mobile, but WeChat
        ]
    )
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 6 and not result.rejected
    by_name = {c.name: c for c in _customers(io_services)}
    assert "明天" in by_name["冯一"].notes
    assert by_name["冯二"].notes.startswith("周末来") and "9月初" in by_name["冯二"].notes
    assert "国庆后" in by_name["冯三"].notes
    assert by_name["冯四"].notes == "很" * NOTES_LIMIT
    assert by_name["冯五"].grade == "" and "高三年级理科实验班" in by_name["冯五"].notes
    assert by_name["冯六"].mobile is None and "138abc" in by_name["冯六"].notes
    warned = {row for row, _ in result.warnings}
    assert warned == {2, 3, 4, 5, 6, 7}


def test_a_row_without_any_usable_contact_is_still_refused(io_services, actors, xlsx_file):
    path = xlsx_file([HEADER, ["褚九", "138abc", "", "", "明天", ""]])
    result = _import(io_services, actors["manager"], path)
    assert result.imported == 0
    [(row, reason)] = result.rejected
    assert row == 2 and "138abc" in reason
