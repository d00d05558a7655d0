"""The booth's competitor form on a kit, driven with qtbot, and the merged notes in
the research tab's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.research.rows import CompetitorInput


def test_competitor_form_on_a_kit_then_merged_into_the_register(qtbot, ui_context, tmp_path):
    from app.customers_io.bundle import BundleService
    from app.services import Services
    from app.settings import Settings
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User
    from ui.booth.competitor_dialog import BoothCompetitorDialog
    from ui.context import ChangeBus, UiContext
    from ui.customers_io.booth_window import BoothWindow
    from ui.research.tab import ResearchTab

    office = ui_context("manager")
    office.services.research.add_competitor(
        office.actor, CompetitorInput(name="卓越教育", courses="初中数学", price_fen=350000)
    )
    kit_path = tmp_path / "kit.db"
    office.services.booth_kits.create_kit(office.actor, kit_path, "一中开放日", ["staff1"])
    kit_db = open_database(sqlite_url(kit_path))
    try:
        services = Services(kit_db)
        with kit_db.session() as session:
            user = session.scalars(select(User).where(User.username == "staff1")).one()
        ctx = UiContext(services, actor_for(user), Settings(), ChangeBus())
        window = BoothWindow(ctx)
        qtbot.addWidget(window)
        assert window.competitor_button.isEnabled()
        assert window.competitor_count.text() == "Competitors noted: 0"

        dialog = BoothCompetitorDialog(ctx)
        qtbot.addWidget(dialog)
        # The register came with the kit: picking shows its values as placeholders.
        assert dialog.competitor.findText("卓越教育") >= 0
        dialog.competitor.setCurrentText("卓越 教育")  # typed: the same institution
        assert "¥3,500.00" in dialog.price.placeholderText()
        dialog.competitor.setCurrentText("新来的")
        assert "¥3,500.00" not in dialog.price.placeholderText()
        dialog.competitor.setCurrentText("卓越教育")
        # Nothing seen yet: refused, nothing written.
        assert not dialog.save() and "Write what was seen" in dialog.message.text()
        dialog.price.setText("abc")
        assert not dialog.save() and "not an amount" in dialog.message.text()
        dialog.price.setText("3,980")
        qtbot.keyClick(dialog.promotions, Qt.Key.Key_A)
        assert dialog.save() and dialog.saved == 1
        assert dialog.competitor.currentText() == "" and dialog.price.text() == ""
        dialog.competitor.setCurrentText("ＳＴＡＲ 数学")
        dialog.note.setText("门口发传单")
        dialog.day.setDate(dialog.day.date().addDays(-1))
        assert dialog.save()
        assert dialog.list_title.text() == "Noted in this kit: 2"
        assert "STAR 数学" in dialog.noted.toPlainText()
        window._update_competitor_count()
        assert window.competitor_count.text() == "Competitors noted: 2"
        bundle = tmp_path / "booth.mdbundle"
        assert window.write_bundle(bundle) == 0
        assert "2 competitor notes" in window.message.text()
    finally:
        kit_db.dispose()

    report = BundleService(office.services.db).merge(office.actor, bundle)
    assert (report.competitor_notes, report.competitors_created) == (2, 1)
    tab = ResearchTab(office)
    qtbot.addWidget(tab)
    tab.pages.setCurrentIndex(1)
    rows = {tab.competitors.row_at(tab.competitors.index(r, 0)).name: r for r in range(2)}
    assert set(rows) == {"卓越教育", "STAR 数学"}
    tab.competitor_view.setCurrentIndex(tab.competitors.index(rows["STAR 数学"], 0))
    first = tab.history.row_at(tab.history.index(0, 0))
    assert first.booth_event == "一中开放日"
    assert first.observed_on == dt.date.today() - dt.timedelta(days=1)
    assert tab.history.index(0, 2).data() == "一中开放日"
    assert "at the booth of 一中开放日" in tab.history_detail.text()


def test_the_button_is_off_outside_a_kit_and_hidden_without_the_permission(qtbot, ui_context):
    from ui.customers_io.booth_window import BoothWindow

    window = BoothWindow(ui_context("staff"))  # the office database: no kit
    qtbot.addWidget(window)
    assert not window.competitor_button.isEnabled()
    assert window.competitor_count.text() == ""
    window = BoothWindow(ui_context("finance"))
    qtbot.addWidget(window)
    assert window.competitor_button.isHidden()


def test_tour_pages_show_a_kit_without_writing_to_the_office(qtbot, ui_context, tmp_path):
    from sqlalchemy import func

    from db.models.booth import BoothKit
    from ui.booth import tour
    from ui.tour import _grab

    ctx = ui_context("admin")
    for name, factory in tour.DIALOGS:
        widget = factory(ctx)
        qtbot.addWidget(widget)
        _grab(widget, tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").stat().st_size > 0
        if name == "booth_competitor_dialog":
            assert widget.list_title.text() == "Noted in this kit: 2"
    with ctx.services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(BoothKit)) == 0
    for kit in tour._KITS.values():
        kit.services.db.dispose()
    tour._KITS.clear()
