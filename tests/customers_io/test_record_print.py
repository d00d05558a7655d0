"""A customer's printed record: what the role may see, every print audited, pages for a
long history, nothing written for a customer the actor may not open."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import select

from app.customers_io.record_print import RecordPrintService
from app.errors import NotFound, PermissionDenied
from db.models.audit import AuditEntry
from tests.printing.helpers import poppler


def _text(path) -> str:
    out = subprocess.run(
        [poppler("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(out.split())


def _fonts(path) -> str:
    return subprocess.run(
        [poppler("pdffonts"), str(path)], check=True, capture_output=True, text=True
    ).stdout


def _prints(services) -> list[AuditEntry]:
    with services.db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
            )
        )


@pytest.fixture
def customer(io_services, actors, add_customer):
    row = add_customer(
        "林小雨",
        "13812345678",
        guardian_name="林建国",
        guardian_phone="13987654321",
        school="实验中学",
        is_minor=True,
        guardian_consent=True,
        notes="周末有空",
    )
    io_services.customers.record_follow_up(actors["manager"], row.id, "phone", "介绍了暑假班")
    return row


def test_manager_prints_contacts_finance_masked(io_services, actors, customer, tmp_path):
    service = RecordPrintService(io_services.db)
    full, masked = tmp_path / "manager.pdf", tmp_path / "finance.pdf"
    assert service.save_pdf(actors["manager"], customer.id, full).result == 1
    assert service.save_pdf(actors["finance"], customer.id, masked).result == 1
    text = _text(full)
    for shown in (
        "林小雨",
        "13812345678",
        "林建国",
        "13987654321",
        "实验中学",
        "周末有空",
        "介绍了暑假班",
    ):
        assert shown in text, shown
    text = _text(masked)
    assert "林小雨" in text and "138****5678" in text and "139****4321" in text
    assert "13812345678" not in text and "13987654321" not in text and "林建国" not in text
    assert "WenQuanYi" in _fonts(full) and "Helvetica" not in _fonts(full)
    rows = _prints(io_services)
    assert [(r.username, r.entity, r.entity_id, r.after["masked"]) for r in rows] == [
        ("manager1", "customers", str(customer.id), False),
        ("finance1", "customers", str(customer.id), True),
    ]
    assert "manager.pdf" in rows[0].summary


def test_preview_is_audited_only_when_printed(io_services, actors, customer):
    service = RecordPrintService(io_services.db)
    data = service.record_pdf(actors["service"], customer.id)
    assert data.startswith(b"%PDF") and _prints(io_services) == []
    service.record_print(actors["service"], customer.id, "printer: Office")
    [row] = _prints(io_services)
    assert "printer: Office" in row.summary and row.username == "service1"


def test_long_history_takes_more_pages(io_services, actors, customer, tmp_path):
    for i in range(70):
        io_services.customers.record_follow_up(
            actors["manager"], customer.id, "phone", f"第{i}次回访，家长说再考虑考虑" * 2
        )
    out = tmp_path / "long.pdf"
    pages = RecordPrintService(io_services.db).save_pdf(actors["manager"], customer.id, out).result
    assert pages >= 3
    assert "第69次回访" in _text(out) and "第0次回访" in _text(out)


def test_no_record_for_a_customer_out_of_scope(io_services, actors, customer, tmp_path):
    """Staff see only their own customers: nothing printed, written or audited."""
    service = RecordPrintService(io_services.db)
    out = tmp_path / "other.pdf"
    with pytest.raises((PermissionDenied, NotFound)):
        service.save_pdf(actors["staff"], customer.id, out)
    with pytest.raises((PermissionDenied, NotFound)):
        service.record_print(actors["staff"], customer.id, "printer: x")
    assert not out.exists() and not out.with_name("other.pdf.part").exists()
    assert _prints(io_services) == []


def _list_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "list.pdf"
    path.write_bytes(data)
    return _text(path)


def test_printed_list_of_the_view_and_of_a_selection(io_services, actors, add_customer, tmp_path):
    from app.customers.search import CustomerQuery
    from app.customers_io.export import ExportOptions, ExportService

    first = add_customer("王小明", "13812340001", guardian_phone="13912340001")
    second = add_customer(
        "王小红", "13812340002", school="北京市海淀区第一百零一中学附属实验小学国际部双语实验班"
    )
    add_customer("李雷", "13812340003")
    service = ExportService(io_services.db)
    view = ExportOptions(query=CustomerQuery(text="王"))
    data, count = service.list_pdf(actors["manager"], view)
    text = _list_text(data, tmp_path)
    assert count == 2 and "王小明" in text and "王小红" in text and "李雷" not in text
    assert "13812340001" in text and "13912340001" in text
    assert "北京市海淀区" in text and "双语实验班" not in text and "…" in text  # cut to its column
    data, count = service.list_pdf(actors["finance"], ExportOptions(ids=[first.id, second.id]))
    text = _list_text(data, tmp_path)
    assert count == 2 and "138****0001" in text and "13812340001" not in text
    assert _prints(io_services) == []  # a preview is not a print
    service.record_list_print(actors["finance"], view, 2, "printer: Office")
    [row] = _prints(io_services)
    assert row.after == {"how": "printer: Office", "count": 2, "masked": True}
    with pytest.raises(PermissionDenied):  # printing a list is an export to paper
        service.list_pdf(actors["staff"], view)


def test_a_printed_list_has_a_limit(io_services, actors, add_customer, monkeypatch):
    from app.customers_io import export
    from app.customers_io.export import ExportOptions, ExportService
    from app.errors import ValidationError

    for i in range(4):
        add_customer(f"张{i}", f"1381234000{i}")
    monkeypatch.setattr(export, "PRINT_LIMIT", 3)
    with pytest.raises(ValidationError, match="at most 3"):
        ExportService(io_services.db).list_pdf(actors["manager"], ExportOptions())
    monkeypatch.setattr(export, "PRINT_LIMIT", 4)
    assert ExportService(io_services.db).list_pdf(actors["manager"], ExportOptions())[1] == 4
