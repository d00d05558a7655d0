"""The kit dialog, the booth window on a kit and the merge dialog, driven with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models.customers import FollowUp


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(
                lambda _parent, title, text, *a, _k=kind, **kw: (
                    shown.append((_k, text)) or QMessageBox.StandardButton.Ok
                )
            ),
        )
    return shown


def _check(dialog, username):
    for i in range(dialog.accounts.count()):
        item = dialog.accounts.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == username:
            item.setCheckState(Qt.CheckState.Checked)


def test_kit_dialog_creates_a_kit(qtbot, ui_context, tmp_path, messages):
    from ui.booth.kit_dialog import KitDialog

    ctx = ui_context("manager")
    dialog = KitDialog(ctx)
    qtbot.addWidget(dialog)
    usernames = [
        dialog.accounts.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.accounts.count())
    ]
    assert "staff1" in usernames and "finance1" not in usernames  # finance does not capture
    assert "admin1" not in usernames  # an administrator stays in the office
    dialog.activity_edit.setEditText("一中开放日")
    dialog.path_edit.setText(str(tmp_path / "kit"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.created is None and "Choose the accounts" in messages[-1][1]
    _check(dialog, "staff1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.accounts == ("staff1",)
    assert (tmp_path / "kit.db").exists() and messages[-1][0] == "information"


def test_customers_tab_offers_the_kit_to_kit_makers_only(qtbot, ui_context):
    from ui.tabs import tabs

    spec = next(s for s in tabs() if s.key == "customers")
    manager_tab = spec.factory(ui_context("manager"))
    qtbot.addWidget(manager_tab)
    assert manager_tab.booth_kit_action.isVisible()
    staff_tab = spec.factory(ui_context("staff"))
    qtbot.addWidget(staff_tab)
    assert not staff_tab.booth_kit_action.isVisible()


def test_booth_window_on_a_kit_and_the_merge_dialog(qtbot, ui_context, tmp_path, messages):
    from app.services import Services
    from app.settings import Settings
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User
    from ui.context import ChangeBus, UiContext
    from ui.customers_io.booth_window import BoothWindow
    from ui.customers_io.bundle_dialog import MergeBundleDialog

    office = ui_context("manager")
    kit_path = tmp_path / "kit.db"
    office.services.booth_kits.create_kit(
        office.actor, kit_path, "一中开放日", ["staff1", "manager1"]
    )
    kit_db = open_database(sqlite_url(kit_path))
    try:
        services = Services(kit_db)
        with kit_db.session() as session:
            kit_actors = {u.username: actor_for(u) for u in session.scalars(select(User))}

        def window_for(username):
            ctx = UiContext(services, kit_actors[username], Settings(), ChangeBus())
            window = BoothWindow(ctx)
            qtbot.addWidget(window)
            return window

        first = window_for("manager1")
        assert first.event_edit.text() == "一中开放日"  # the kit's event
        first.name.setText("韩梅梅")
        first.mobile.setText("13700001111")
        first.consent.setChecked(True)
        assert first.save() and first.count == 1
        # A colleague meets her again: her lead is manager1's, which staff1 may not
        # see or edit; the visit is noted on it.
        second = window_for("staff1")
        second.name.setText("韩梅梅")
        second.mobile.setText("137 0000 1111")
        assert second.colleague_customer and second.duplicate_id is None
        second.notes.setText("问了寒假班")
        assert second.save() and second.noted == 1 and second.count == 0
        bundle = tmp_path / "booth.mdbundle"
        assert first.write_bundle(bundle) == 1
        assert "1 leads and 1 visits" in first.message.text()
    finally:
        kit_db.dispose()

    dialog = MergeBundleDialog(ui_context("service"))
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(bundle))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    report = dialog.report
    assert report is not None and (report.created, report.visits) == (1, 1)
    assert dialog.table.rowCount() == 2 and messages == []
    with office.services.db.session() as session:
        visit = session.scalars(select(FollowUp)).one()
        assert "寒假班" in visit.content
        assert visit.staff_id == ui_context("staff").actor.staff_id
