"""The settings dialog's office part: administrators edit it, others only read it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from ui.settings_dialog import SettingsDialog


def _dialog(qtbot, ctx) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_others_see_the_office_settings_read_only(qtbot, ui_context):
    admin = ui_context("admin")
    admin.services.office_settings.save(admin.actor, {"organization_name": "星光培训学校"})
    dialog = _dialog(qtbot, ui_context("staff"))
    name = dialog.office.editor("organization_name")
    assert isinstance(name, QLineEdit) and name.text() == "星光培训学校" and name.isReadOnly()
    grade_a = dialog.office.editor("appraisal.grade_bands", "A")
    assert isinstance(grade_a, QSpinBox) and grade_a.isReadOnly() and grade_a.value() == 90


def test_the_administrator_edits_and_a_bad_value_is_refused(qtbot, ui_context, monkeypatch):
    import ui.settings_dialog as module

    errors = []
    monkeypatch.setattr(module, "show_error", lambda parent, exc: errors.append(exc))
    ctx = ui_context("admin")
    dialog = _dialog(qtbot, ctx)
    assert not dialog.office.editor("organization_name").isReadOnly()
    dialog.office.editor("appraisal.kpi_cap").setText("abc")
    dialog.office.editor("organization_name").setText("新名字")
    dialog.save()
    assert errors and errors[0].field == "appraisal.kpi_cap"
    assert ctx.services.office_settings.current(ctx.actor).organization_name == "培训学校"
    dialog.office.editor("appraisal.kpi_cap").setText("1.5")
    dialog.office.editor("appraisal.bonus_coefficients", "B").setText("1.1")
    dialog.save()
    office = ctx.services.office_settings.current(ctx.actor)
    assert office.organization_name == "新名字"
    assert str(office.kpi_cap) == "1.5" and str(office.bonus_coefficient("B")) == "1.1"


def test_the_idle_lock_follows_the_office_policy(qtbot, ui_context):
    from PySide6.QtWidgets import QApplication

    from ui.application import Session

    ctx = ui_context("admin")
    session = Session(QApplication.instance(), ctx.services, ctx.settings)
    try:
        assert session._idle_lock_minutes() == 0  # nobody signed in: nothing to lock
        session.ctx = ctx
        ctx.services.office_settings.save(ctx.actor, {"idle_lock_minutes": 7})
        assert session._idle_lock_minutes() == 7
    finally:
        session.idle.stop()
