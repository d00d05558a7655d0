"""Import edge cases: title rows, encodings, .xls, blank/totals/formula rows, bad cells,
duplicates, all-or-nothing, idempotence, audit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.customers_io.importer import ImportCancelled, ImportService
from app.customers_io.reader import FileReadError
from app.errors import PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.customers import Customer, CustomerStatusChange
from tests.customers_io.conftest import write_csv

DATA = Path(__file__).parent / "data"
HEADER = [
    "序号",
    "姓名",
    "手机号码",
    "家长姓名",
    "家长电话",
    "学校",
    "年级",
    "来源",
    "登记日期",
    "备注",
]


def _import(services, actor, path, mapping=None, **kw):
    service = ImportService(services.db)
    loaded = service.open_file(path)
    preview = service.preview(actor, loaded, mapping)
    return service, preview, service.run(actor, preview, **kw)


def _count(services, model=Customer) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _customer(services, mobile_e164):
    with services.db.session() as session:
        return session.scalars(select(Customer).where(Customer.mobile == mobile_e164)).one()


def test_xlsx_with_title_rows_numbers_dates_and_merges(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            ["2025年秋季招生咨询登记表"],
            ["制表：市场部", None, None, None, None, None, None, None, "2025-09-01"],
            HEADER,
            [
                1,
                "张三",
                13812345678.0,
                "张建国",
                "13912345678",
                "第一中学",
                "初一",
                "抖音",
                dt.date(2025, 3, 18),
                "周末有空",
            ],
            [None],
            [2, "李四", "138-1234-0001", "", "", "实验小学", "三年级", "微信公众号", 45734, ""],
            [3, "张三", "+86 138 1234 5678", "", "", "", "", "", None, "想试听"],
            [None, "合计", "3人"],
        ]
    )
    _, preview, result = _import(io_services, actors["manager"], path)
    assert preview.file.header_row == 2
    assert preview.mapping[1:4] == ["name", "mobile", "guardian_name"]
    assert (result.imported, result.merged, result.rejected) == (2, 1, [])
    assert result.skipped == 2  # the blank row and the totals row
    zhang = _customer(io_services, "+8613812345678")
    assert zhang.guardian_phone == "+8613912345678"
    assert zhang.notes == "周末有空；想试听"  # the second row merged into the first
    assert zhang.name_initials == "zs" and zhang.mobile_last4 == "5678"
    assert zhang.created_at.astimezone().date() == dt.date(2025, 3, 18)
    li = _customer(io_services, "+8613812340001")
    assert li.created_at.astimezone().date() == dt.date(2025, 3, 18)  # serial 45734
    assert li.channel_id is not None  # 微信公众号 matched the channel 微信
    assert zhang.channel_id is not None and zhang.status == "new"
    assert _count(io_services, CustomerStatusChange) == 2


def test_channels_are_matched_by_what_offices_call_them(io_services, actors, xlsx_file):
    from db.models.customers import Channel

    with io_services.db.session() as session:
        code_of = dict(session.execute(select(Channel.id, Channel.code)).all())
    path = xlsx_file(
        [HEADER]
        + [
            [i, f"学员{i}", f"1371234000{i}", "", "", "", "", source, None, ""]
            for i, source in enumerate(
                ["校园地推", "老带新", "微信公众号", "小红书", "Douyin"], start=1
            )
        ]
    )
    _, _preview, result = _import(io_services, actors["manager"], path)
    assert result.imported == 5
    codes = [
        code_of.get(_customer(io_services, f"+861371234000{i}").channel_id) for i in range(1, 6)
    ]
    assert codes == ["campus", "referral", "wechat", None, "douyin"]
    unknown = _customer(io_services, "+8613712340004")
    assert unknown.source_event == "小红书"  # no such channel: kept as the source event
    assert [row for row, _ in result.warnings] == [5]


def test_second_import_adds_nothing(io_services, actors, xlsx_file):
    path = xlsx_file([HEADER, [1, "王五", 13700001111, "", "", "", "", "", None, "备注A"]])
    first = _import(io_services, actors["manager"], path)[2]
    assert first.imported == 1
    with io_services.db.session() as session:
        version = session.scalar(select(Customer.version))
    second = _import(io_services, actors["manager"], path)[2]
    assert (second.imported, second.merged, second.updated) == (0, 1, 0)
    assert _count(io_services) == 1
    with io_services.db.session() as session:
        assert session.scalar(select(Customer.version)) == version


def test_duplicate_of_database_customer_fills_blanks_only(
    io_services, actors, xlsx_file, add_customer
):
    existing = add_customer("赵六", "13600002222", school="")
    path = xlsx_file(
        [HEADER, [1, "赵六", "13600002222", "", "", "育才中学", "初二", "", None, "展会认识"]]
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert (result.imported, result.merged, result.updated) == (0, 1, 1)
    customer = _customer(io_services, "+8613600002222")
    assert customer.id == existing.id
    assert (customer.school, customer.grade, customer.notes) == ("育才中学", "初二", "展会认识")
    with io_services.db.session() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "customers")
                .order_by(AuditEntry.id)
            )
        )
    assert actions[-2:] == ["update", "import"]


def test_rejected_rows_are_reported_with_row_and_reason(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            HEADER,
            [1, "", "13812340002", "", "", "", "", "", None, ""],  # no name
            [2, "周七", "1381234", "", "", "", "", "", None, ""],  # too short
            [3, "吴八", "138abc12345", "", "", "", "", "", None, ""],  # letters
            [4, "郑九", "13812340003", "", "", "", "", "", "2025-13-45", ""],  # bad date
            [5, "冯十", "1.38123E+10", "", "", "", "", "", None, ""],  # digits lost
            [6, "陈一", "", "", "", "", "", "", None, ""],  # no contact
            [7, "褚二", "13812340004", "", "", "", "", "", None, ""],  # fine
            [8, "卫三", -13812340005, "", "", "", "", "", None, ""],  # a negative number
        ]
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert result.imported == 2  # a date that is not one does not cost the lead (row 5)
    rows = {row: reason for row, reason in result.rejected}
    assert sorted(rows) == [2, 3, 4, 6, 7, 9]
    assert "negative" in rows[9] and "-13812340005" in rows[9]
    assert "name" in rows[2].lower() or "姓名" in rows[2]
    assert "digits" in rows[3] or "位" in rows[3]
    assert "letters" in rows[4] or "字母" in rows[4]
    assert "2025-13-45" in dict(result.warnings)[5]
    assert "scientific" in rows[6] or "科学" in rows[6]
    assert result.as_json()["rejected"][0] == {"row": 2, "reason": rows[2]}


def test_id_number_stored_as_number_is_reported_not_guessed(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            ["姓名", "手机", "身份证号"],
            ["蒋三", "13812340005", 110101200001011234.0],
            ["沈四", "13812340006", "110101200001011232"],
        ]
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert result.imported == 2
    by_row: dict[int, list[str]] = {}
    for row, text in result.warnings:
        by_row.setdefault(row, []).append(text)
    assert list(by_row) == [2]
    assert "110101200001011234" in by_row[2][0] or "1.1010120000101" in by_row[2][0]
    assert "lost" in by_row[2][0] or "丢失" in by_row[2][0]
    with io_services.db.session() as session:  # the ID number itself is not stored
        assert "1101012000" not in (session.scalar(select(Customer.notes).limit(1)) or "")


def test_formula_cells_use_their_values(io_services, actors, xlsx_file):
    path = xlsx_file(
        [["姓名", "手机", "备注"], ["韩五", None, "x"], ["合计", None, None]],
        formulas={(1, 1): ('="1381234"&"0007"', "13812340007"), (2, 1): ("=COUNTA(A2:A2)", 1)},
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert (result.imported, result.skipped, result.rejected) == (1, 1, [])
    assert _customer(io_services, "+8613812340007").name == "韩五"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_csv_encodings(io_services, actors, tmp_path, encoding):
    path = write_csv(
        tmp_path / "leads.csv",
        [
            ["客户名单"],
            [],
            ["姓名", "手机", "学校", "意向课程"],
            ["杨六", "13812340008", "第二中学", "少儿编程"],
        ],
        encoding,
    )
    _, preview, result = _import(io_services, actors["manager"], path)
    assert preview.file.encoding in (encoding, "gb18030")
    assert result.imported == 1
    customer = _customer(io_services, "+8613812340008")
    assert (customer.name, customer.school, customer.course_interests) == (
        "杨六",
        "第二中学",
        "少儿编程",
    )


def test_legacy_xls(io_services, actors):
    result = _import(io_services, actors["manager"], DATA / "legacy.xls")[2]
    assert (result.imported, result.skipped, result.rejected) == (2, 1, [])
    assert _customer(io_services, "+8613900001111").name == "林芳"
    assert _customer(io_services, "+8613812345678").created_at.astimezone().date() == dt.date(
        2024, 3, 5
    )


def test_english_headers_and_corrected_mapping(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            ["Full name", "Phone", "Contact", "Remarks"],
            ["Lily Wang", "13812340009", "Mum", "call after 6"],
        ]
    )
    service = ImportService(io_services.db)
    loaded = service.open_file(path)
    assert loaded.mapping == ["name", "mobile", None, "notes"]
    mapping = ["name", "mobile", "guardian_name", "notes"]
    result = service.run(actors["manager"], service.preview(actors["manager"], loaded, mapping))
    assert result.imported == 1
    assert _customer(io_services, "+8613812340009").guardian_name == "Mum"
    with pytest.raises(ValidationError):
        service.preview(actors["manager"], loaded, ["name", "name", None, None])
    with pytest.raises(ValidationError):
        service.preview(actors["manager"], loaded, [None, "mobile", None, None])


def test_cancel_leaves_database_unchanged(io_services, actors, xlsx_file):
    rows = [HEADER] + [
        [i, f"学员{i}", f"138{i:08d}", "", "", "", "", "", None, ""] for i in range(1, 30)
    ]
    path = xlsx_file(rows)
    service = ImportService(io_services.db)
    preview = service.preview(actors["manager"], service.open_file(path))
    before = _count(io_services, AuditEntry)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # cancel after the insert started

    with pytest.raises(ImportCancelled):
        service.run(actors["manager"], preview, cancel=cancel)
    assert _count(io_services) == 0
    assert _count(io_services, AuditEntry) == before
    result = service.run(actors["manager"], preview)
    assert result.imported == 29


def test_dry_run_writes_nothing(io_services, actors, xlsx_file):
    path = xlsx_file([HEADER, [1, "秦七", "13812340010", "", "", "", "", "", None, ""]])
    result = _import(io_services, actors["manager"], path, dry_run=True)[2]
    assert result.imported == 1 and result.dry_run
    assert _count(io_services) == 0


def test_permissions(io_services, actors, xlsx_file):
    path = xlsx_file([HEADER, [1, "许八", "13812340011", "", "", "", "", "", None, ""]])
    service = ImportService(io_services.db)
    loaded = service.open_file(path)
    for role in ("staff", "finance"):
        with pytest.raises(PermissionDenied):
            service.preview(actors[role], loaded)


def test_unreadable_files(io_services, tmp_path):
    service = ImportService(io_services.db)
    with pytest.raises(FileReadError):
        service.open_file(tmp_path / "missing.xlsx")
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"this is not a zip file")
    with pytest.raises(FileReadError):
        service.open_file(bad)
    other = tmp_path / "notes.docx"
    other.write_bytes(b"x")
    with pytest.raises(FileReadError):
        service.open_file(other)


def test_minor_needs_guardian_consent(io_services, actors, xlsx_file):
    path = xlsx_file(
        [
            ["姓名", "手机", "出生日期", "家长", "家长同意"],
            ["小明", "13812340012", dt.date(2015, 5, 1), "王父", "否"],
            ["小红", "13812340013", dt.date(2015, 5, 1), "李母", "是"],
        ]
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert [row for row, _ in result.rejected] == [2]
    customer = _customer(io_services, "+8613812340013")
    assert customer.is_minor and customer.guardian_consent


def _index_names(services) -> set[str]:
    from sqlalchemy import inspect

    with services.db.engine.connect() as conn:
        return {i["name"] for i in inspect(conn).get_indexes("customers")}


def test_bulk_load_keeps_the_indexes(io_services, actors, xlsx_file, monkeypatch):
    from app.customers_io import importer

    monkeypatch.setattr(importer, "BULK_LOAD_MIN_ROWS", 1)  # take the bulk path at 3 rows
    expected = _index_names(io_services)
    assert "uq_customers_mobile_live" in expected
    rows = [HEADER] + [
        [i, f"学员{i}", f"137{i:08d}", "", "", "", "", "", None, ""] for i in range(1, 4)
    ]
    service = ImportService(io_services.db)
    preview = service.preview(actors["manager"], service.open_file(xlsx_file(rows)))
    with pytest.raises(ImportCancelled):
        service.run(actors["manager"], preview, cancel=lambda: True)
    assert _index_names(io_services) == expected  # the drop was rolled back too
    cache_sizes = []
    real_insert = importer.insert_columns

    def insert_columns(conn, table, *args, **kw):  # the page cache while the rows go in
        if table.name == "customers" and conn.dialect.name == "sqlite":
            cache_sizes.append(conn.exec_driver_sql("PRAGMA cache_size").scalar())
        return real_insert(conn, table, *args, **kw)

    monkeypatch.setattr(importer, "insert_columns", insert_columns)
    assert service.run(actors["manager"], preview).imported == 3
    assert _index_names(io_services) == expected
    if io_services.db.is_sqlite:
        assert cache_sizes == [-importer.BULK_LOAD_CACHE_KIB]
        with io_services.db.engine.connect() as conn:  # put back on the pooled connection
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    # The rebuilt unique index still refuses a second live customer with the same mobile.
    from app.customers.rows import CustomerInput, DuplicateCustomer

    with pytest.raises(DuplicateCustomer):
        io_services.customers.create_customer(
            actors["manager"], CustomerInput(name="重复", mobile="13700000001")
        )


def test_unicode_text_from_excel_and_semicolons(io_services, actors, tmp_path):
    """Excel's "Unicode text" (UTF-16, tab-separated) and semicolon CSV files."""
    tab = tmp_path / "unicode.txt"
    tab.write_text("姓名\t手机\t学校\n林一\t13812340041\t实验中学\n", encoding="utf-16")
    semi = tmp_path / "semi.csv"
    semi.write_text("Name;Mobile\nAnna;13812340042\n", encoding="utf-8")
    for path in (tab, semi):
        result = _import(io_services, actors["manager"], path)[2]
        assert result.imported == 1, path
    assert _customer(io_services, "+8613812340041").school == "实验中学"
    assert _customer(io_services, "+8613812340042").name == "Anna"


def test_concurrent_duplicate_is_a_conflict_not_a_crash(
    io_services, actors, xlsx_file, add_customer, monkeypatch
):
    from app.errors import ConflictError

    path = xlsx_file(
        [
            HEADER,
            [1, "何一", "13812340071", "", "", "", "", "", None, ""],
            [2, "何二", "13812340072", "", "", "", "", "", None, ""],
        ]
    )
    service = ImportService(io_services.db)
    preview = service.preview(actors["manager"], service.open_file(path))
    add_customer("别人先存的", "13812340071")  # saved by someone else meanwhile ...
    # ... and not seen by the duplicate check (as when it commits in between).
    monkeypatch.setattr(ImportService, "_match_database", lambda self, session, results: {})
    with pytest.raises(ConflictError):
        service.run(actors["manager"], preview)
    assert _count(io_services) == 1


def test_imported_rows_store_what_the_orm_stores(io_services, actors, xlsx_file):
    """The bulk rows are built ready for the driver (UUID hex, timestamps, flags,
    NULL columns left out): read back through the ORM they are ordinary customers."""
    import uuid

    from app.customers.keys import search_columns

    path = xlsx_file(
        [
            [
                "姓名",
                "手机",
                "家长电话",
                "微信",
                "登记日期",
                "同意联系",
                "出生日期",
                "家长姓名",
                "家长同意",
            ],
            ["张三", 13812345678, None, None, dt.date(2025, 3, 18), "是", None, None, None],
            ["单小明", None, "010-12345678", None, None, None, dt.date(2015, 6, 1), "单建国", "是"],
            ["Tom Li", None, None, "tomli88", None, "否", None, None, None],
        ]
    )
    before = dt.datetime.now(dt.UTC)
    _, preview, result = _import(io_services, actors["manager"], path)
    assert result.imported == 3, (result.rejected, preview.mapping)
    with io_services.db.session() as session:
        customers = session.scalars(select(Customer).order_by(Customer.id)).all()
        idents = set()
        for c in customers:
            assert isinstance(c.uuid, uuid.UUID) and c.uuid.version == 4
            assert c.uuid.variant == uuid.RFC_4122
            idents.add(c.uuid)
            for key, value in search_columns(c.name, c.mobile, c.guardian_phone).items():
                assert getattr(c, key) == value, key
            assert c.updated_at >= before - dt.timedelta(seconds=1)
            assert c.version == 1 and c.status == "new" and c.lost_reason == ""
            assert c.deleted_at is None and c.last_contact_at is None
        assert len(idents) == 3
        assert result.customer_ids == [c.id for c in customers]  # in the file's order
        zhang, shan, tom = customers
        assert zhang.consent_contact is True and zhang.consent_at is not None
        assert zhang.consent_at.tzinfo is not None and zhang.is_minor is False
        assert zhang.created_at.astimezone().date() == dt.date(2025, 3, 18)
        assert zhang.guardian_phone is None and zhang.guardian_last4 == ""
        assert shan.mobile is None and shan.guardian_phone == "+861012345678"
        assert shan.phone_digits == "01012345678" and shan.name_pinyin == "shanxiaoming"
        assert shan.is_minor is True and shan.guardian_consent is True
        assert shan.guardian_consent_at is not None and shan.consent_contact is False
        assert shan.consent_at is None and shan.consent_wording == ""
        assert tom.consent_contact is False and tom.wechat == "tomli88"
        assert tom.name_pinyin == "tomli" and tom.created_at >= before - dt.timedelta(seconds=1)


def test_search_columns_of_a_mobiles_only_file(io_services, actors, xlsx_file):
    """Every phone a plain mobile: the import slices whole search columns from the
    numbers (the path nearly every list takes); they must be what saving one gives."""
    from app.customers.keys import search_columns

    path = xlsx_file(
        [
            ["姓名", "手机", "家长电话", "微信"],
            ["曾小贤", 13812345601, 13912345601, None],
            ["单田芳", "13812345602", None, None],
            ["欧阳娜娜", None, "13912345603", None],
            ["Tom李", None, None, "tom_li"],
        ]
    )
    result = _import(io_services, actors["manager"], path)[2]
    assert result.imported == 4
    with io_services.db.session() as session:
        customers = session.scalars(select(Customer).order_by(Customer.id)).all()
        for c in customers:
            for key, value in search_columns(c.name, c.mobile, c.guardian_phone).items():
                assert getattr(c, key) == value, (c.name, key)
    assert customers[0].phone_digits == "13812345601 13912345601"
    assert customers[0].name_initials == "zxx"  # 曾 read as a surname
    assert customers[2].guardian_last4 == "5603" and customers[2].mobile_last4 == ""


def test_garbage_collector_paused_during_the_import_only(io_services, actors, xlsx_file):
    import gc

    path = xlsx_file([HEADER, [1, "张三", 13812345678, "", "", "", "", "", None, ""]])
    service = ImportService(io_services.db)
    assert gc.isenabled()
    preview = service.preview(actors["manager"], service.open_file(path))
    assert gc.isenabled()
    during: list[bool] = []
    with pytest.raises(ImportCancelled):  # also after an exception
        service.run(
            actors["manager"],
            preview,
            progress=lambda *_: during.append(gc.isenabled()),
            cancel=lambda: True,
        )
    assert gc.isenabled()
    assert (
        service.run(
            actors["manager"], preview, progress=lambda *_: during.append(gc.isenabled())
        ).imported
        == 1
    )
    assert during and not any(during) and gc.isenabled()
    gc.disable()  # left off when it was off
    try:
        service.open_file(path)
        assert not gc.isenabled()
    finally:
        gc.enable()
