"""Export masking and audit, personal data export and anonymisation (booth bundles:
tests/booth)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from python_calamine import load_workbook
from sqlalchemy import func, select

from app.customers.rows import EnrollmentInput
from app.customers.search import CustomerQuery
from app.customers_io.export import ExportOptions, ExportService, headers
from app.customers_io.privacy import PrivacyService
from app.errors import PermissionDenied
from db.models.audit import AuditEntry
from db.models.customers import Customer, Enrollment, FollowUp


def _sheet(path):
    return load_workbook(str(path)).get_sheet_by_index(0).to_python()


def test_export_masks_for_finance_and_is_audited(io_services, actors, add_customer, tmp_path):
    add_customer(
        "张三",
        "13812345678",
        guardian_name="张建国",
        guardian_phone="13912345678",
        wechat="zhangsan88",
    )
    add_customer("李四", "13812340001")
    service = ExportService(io_services.db)
    full, masked = tmp_path / "full.xlsx", tmp_path / "masked.xlsx"
    assert service.export(actors["manager"], full, ExportOptions()).result == 2
    assert service.export(actors["finance"], masked, ExportOptions(language="en")).result == 2
    rows = _sheet(full)
    assert rows[0] == headers("zh_CN")
    assert rows[1][:3] == ["张三", "13812345678", "zhangsan88"]
    assert rows[1][6:8] == ["张建国", "13912345678"]
    assert isinstance(rows[1][16], dt.date)  # registered on: a real date
    masked_rows = _sheet(masked)
    assert masked_rows[0] == headers("en")
    assert masked_rows[1][:3] == ["张三", "138****5678", "z***"]
    assert masked_rows[1][6:8] == ["张**", "139****5678"]
    with io_services.db.session() as session:
        audits = session.execute(
            select(AuditEntry.username, AuditEntry.after)
            .where(AuditEntry.action == "export")
            .order_by(AuditEntry.id)
        ).all()
    assert [a.username for a in audits] == ["manager1", "finance1"]
    assert [a.after["masked"] for a in audits] == [False, True]
    with pytest.raises(PermissionDenied):
        service.export(actors["staff"], tmp_path / "no.xlsx", ExportOptions())
    assert not (tmp_path / "no.xlsx").exists()


def test_export_selection_and_view(io_services, actors, add_customer, tmp_path):
    a = add_customer("王一", "13812340011", tier="A")
    add_customer("王二", "13812340012", tier="C")
    c = add_customer("王三", "13812340013", tier="A")
    service = ExportService(io_services.db)
    out = tmp_path / "sel.xlsx"
    assert service.export(actors["manager"], out, ExportOptions(ids=[c.id, a.id])).result == 2
    assert [r[0] for r in _sheet(out)[1:]] == ["王一", "王三"]
    view = CustomerQuery(tiers=("C",))
    assert service.export(actors["manager"], out, ExportOptions(query=view)).result == 1
    assert [r[0] for r in _sheet(out)[1:]] == ["王二"]


def test_personal_data_export(io_services, actors, add_customer, tmp_path):
    customer = add_customer("钱七", "13812340021", notes="喜欢数学")
    io_services.customers.record_follow_up(actors["manager"], customer.id, "phone", "约周六试听")
    privacy = PrivacyService(io_services.db)
    path = privacy.export_personal_data(actors["manager"], customer.id, tmp_path / "p.json").result
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["customer"]["mobile"] == "13812340021"
    assert data["customer"]["notes"] == "喜欢数学"
    assert data["follow_ups"][0]["content"] == "约周六试听"
    xlsx = privacy.export_personal_data(actors["manager"], customer.id, tmp_path / "p.xlsx").result
    names = load_workbook(str(xlsx)).sheet_names
    assert len(names) == 6
    with pytest.raises(PermissionDenied):
        privacy.export_personal_data(actors["service"], customer.id, tmp_path / "x.json")
    with io_services.db.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "privacy_export")
            )
            == 2
        )


def test_anonymise_keeps_statistics(io_services, actors, add_customer):
    customer = add_customer(
        "孙八",
        "13812340031",
        guardian_name="孙父",
        guardian_phone="13912340031",
        wechat="sunba",
        school="实验中学",
        notes="私人备注",
        tier="A",
    )
    customers = io_services.customers
    customers.record_follow_up(actors["manager"], customer.id, "phone", "家长说周末在家")
    customers.add_enrollment(
        actors["manager"],
        customer.id,
        EnrollmentInput(
            course_id=None, enrolled_on=dt.date.today(), amount_fen=380000, class_hours=40
        ),
    )
    with io_services.db.session() as session:
        before = session.get(Customer, customer.id)
        status, channel, created = before.status, before.channel_id, before.created_at
    PrivacyService(io_services.db).anonymise(actors["manager"], customer.id)
    with io_services.db.session() as session:
        c = session.get(Customer, customer.id)
        assert c.name.startswith("匿名客户")
        assert (c.mobile, c.guardian_phone, c.wechat, c.guardian_name, c.school, c.notes) == (
            None,
            None,
            "",
            "",
            "",
            "",
        )
        assert (c.mobile_last4, c.name_pinyin, c.phone_digits) == ("", "", "")
        assert (c.status, c.tier, c.channel_id, c.created_at) == (status, "A", channel, created)
        assert (
            session.scalar(select(Enrollment.amount_fen).where(Enrollment.customer_id == c.id))
            == 380000
        )
        assert session.scalar(select(FollowUp.content).where(FollowUp.customer_id == c.id)) == ""
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).one()
        assert "13812340031" not in json.dumps(audit.after, ensure_ascii=False)
    with pytest.raises(PermissionDenied):
        PrivacyService(io_services.db).anonymise(actors["staff"], customer.id)


def test_cancelled_export_leaves_no_file_and_no_audit(
    io_services, actors, add_customer, tmp_path, monkeypatch
):
    from app.customers_io import xlsx
    from app.customers_io.xlsx import ExportCancelled

    monkeypatch.setattr(xlsx, "CHECK_EVERY", 1)
    add_customer("周一", "13812340051")
    out = tmp_path / "cancel.xlsx"
    with pytest.raises(ExportCancelled):
        ExportService(io_services.db).export(
            actors["manager"], out, ExportOptions(), cancel=lambda: True
        )
    assert not out.exists()
    with io_services.db.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export")
            )
            == 0
        )


def test_failed_export_over_an_old_file_keeps_the_old_file(
    io_services, actors, add_customer, tmp_path, monkeypatch
):
    """Re-exporting over last month's file: a cancel (or any failure) midway must not
    cost the user the file that was there."""
    from app.customers_io import xlsx
    from app.customers_io.xlsx import ExportCancelled

    monkeypatch.setattr(xlsx, "CHECK_EVERY", 1)
    add_customer("周二", "13812340052")
    out = tmp_path / "exports" / "monthly.xlsx"
    out.parent.mkdir()
    ExportService(io_services.db).export(actors["manager"], out, ExportOptions())
    before = out.read_bytes()
    add_customer("周三", "13812340053")
    with pytest.raises(ExportCancelled):
        ExportService(io_services.db).export(
            actors["manager"], out, ExportOptions(), cancel=lambda: True
        )
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["monthly.xlsx"]
    ExportService(io_services.db).export(actors["manager"], out, ExportOptions())
    rows = load_workbook(str(out)).get_sheet_by_index(0).to_python()
    assert sorted(r[0] for r in rows[1:]) == sorted(["周二", "周三"])


@pytest.mark.parametrize(
    "role, masked",
    [("admin", False), ("manager", False), ("service", False), ("finance", True), ("staff", None)],
)
def test_export_masking_per_role(io_services, actors, add_customer, tmp_path, role, masked):
    add_customer("吴九", "13812340061", guardian_name="吴父", wechat="wujiu")
    out = tmp_path / f"{role}.xlsx"
    service = ExportService(io_services.db)
    if masked is None:  # staff may not export at all
        with pytest.raises(PermissionDenied):
            service.export(actors[role], out, ExportOptions())
        return
    assert service.export(actors[role], out, ExportOptions()).result == 1
    row = _sheet(out)[1]
    expected = ["138****0061", "w***", "吴*"] if masked else ["13812340061", "wujiu", "吴父"]
    assert [row[1], row[2], row[6]] == expected
