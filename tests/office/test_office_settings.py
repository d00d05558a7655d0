"""Office settings in the database: defaults, validation, permission, audit, adoption."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied, ValidationError
from app.office.service import OfficeSettingsService
from db.models.audit import AuditEntry
from db.models.office_settings import OfficeSetting


def _rows(services) -> dict:
    with services.db.session() as session:
        return {r.key: r.value for r in session.scalars(select(OfficeSetting))}


def _audit(services, action: str) -> list[AuditEntry]:
    with services.db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "office_settings", AuditEntry.action == action
                )
            )
        )


def test_defaults_without_any_row(services, actors):
    office = services.office_settings.current(actors["staff"])
    assert office.organization_name == "培训学校"
    assert office.idle_lock_minutes == 15
    assert office.max_expense_age_days == 90
    assert office.kpi_cap == Decimal("1.2") and office.warning_line == 60
    assert [office.grade(t) for t in (95, 90, 89, 80, 70, 60, 59.9)] == list("AABBCDE")
    assert [office.bonus_coefficient(g) for g in "ABCDE"] == [
        Decimal("1.2"),
        Decimal("1"),
        Decimal("0.8"),
        Decimal("0.5"),
        Decimal("0"),
    ]
    assert office.conduct_points("commendation") > 0 > office.conduct_points("discipline")
    assert _rows(services) == {}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"organization_name": "  "}, "organization_name"),
        ({"idle_lock_minutes": 481}, "idle_lock_minutes"),
        ({"claims.max_expense_age_days": "ninety"}, "claims.max_expense_age_days"),
        ({"appraisal.kpi_cap": "0.5"}, "appraisal.kpi_cap"),
        ({"appraisal.grade_bands": {"A": 80, "B": 85, "C": 70, "D": 60}}, "appraisal.grade_bands"),
        ({"appraisal.bonus_coefficients": {"A": "1.2"}}, "appraisal.bonus_coefficients"),
        ({"appraisal.conduct_points": {"attendance": "x"}}, "appraisal.conduct_points"),
        ({"no.such.setting": 1}, "no.such.setting"),
    ],
)
def test_bad_values_are_refused_and_nothing_written(services, actors, values, field):
    # A valid change alongside the bad one is not written either.
    with pytest.raises(ValidationError) as refused:
        services.office_settings.save(actors["admin"], {"appraisal.warning_line": 55, **values})
    assert refused.value.field == field and refused.value.message
    assert _rows(services) == {}
    assert _audit(services, "update") == []


def test_only_the_administrator_changes_them(services, actors):
    for role in ("manager", "finance", "staff", "service"):
        with pytest.raises(PermissionDenied):
            services.office_settings.save(actors[role], {"organization_name": "别的学校"})
    assert _rows(services) == {}


def test_a_change_is_audited_with_before_and_after(services, actors):
    office = services.office_settings.save(
        actors["admin"],
        {
            "organization_name": "星光培训学校",
            "appraisal.kpi_cap": "1.5",
            "idle_lock_minutes": 15,  # unchanged: not in the audit row
        },
    )
    assert office.organization_name == "星光培训学校" and office.kpi_cap == Decimal("1.5")
    [row] = _audit(services, "update")
    assert row.username == "admin1"
    assert row.before == {"organization_name": "培训学校", "appraisal.kpi_cap": "1.2"}
    assert row.after == {"organization_name": "星光培训学校", "appraisal.kpi_cap": "1.5"}
    # Another service on the same database (another computer) reads the same.
    fresh = OfficeSettingsService(services.db, local_values=dict)
    assert fresh.current(actors["staff"]).organization_name == "星光培训学校"


def test_values_of_this_computers_file_are_adopted_once(services, actors, _data_dir):
    (_data_dir / "settings.json").write_text(
        json.dumps({"organization_name": "本机学校", "idle_lock_minutes": 30, "language": "en"}),
        encoding="utf-8",
    )
    first = OfficeSettingsService(services.db)
    assert first.current(actors["staff"]).organization_name == "本机学校"
    assert first.current(actors["staff"]).idle_lock_minutes == 30
    [adopted] = _audit(services, "adopt")
    assert adopted.after == {"organization_name": "本机学校", "idle_lock_minutes": 30}
    # A second computer with another file finds the office's values: nothing adopted.
    (_data_dir / "settings.json").write_text(
        json.dumps({"organization_name": "另一台电脑"}), encoding="utf-8"
    )
    second = OfficeSettingsService(services.db)
    assert second.current(actors["admin"]).organization_name == "本机学校"
    assert len(_audit(services, "adopt")) == 1


def test_the_printed_organisation_comes_from_the_database(services, actors):
    from tests.printing.helpers import make_claim

    claim_id, _number = make_claim(services.db, actors["staff"])
    services.office_settings.save(actors["admin"], {"organization_name": "数据库里的学校"})
    form = services.printing.claim_form(actors["admin"], claim_id)
    assert form.organisation == "数据库里的学校"


def test_old_expenses_warn_after_the_offices_limit(services, actors):
    import datetime as dt

    from app.claims.rows import ClaimInput, LineInput

    admin = actors["admin"]
    services.expense_categories.ensure_seed(admin)
    category = services.expense_categories.list_categories(admin)[0].id
    old = dt.date.today() - dt.timedelta(days=40)
    claim = services.claims.create_claim(
        actors["staff"], ClaimInput("旧票", [LineInput(old, category, 100_00, description="x")])
    )
    kinds = {w.kind for w in services.claims.warnings(actors["staff"], claim.id)}
    assert "old_expense" not in kinds  # 40 days is within the default 90
    services.office_settings.save(admin, {"claims.max_expense_age_days": 30})
    warnings = services.claims.warnings(actors["staff"], claim.id)
    assert any(w.kind == "old_expense" and "30" in w.message for w in warnings)
