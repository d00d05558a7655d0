"""The audit log in the reader's language: record types, one-line summaries built at
display time, changed fields under their names."""

from __future__ import annotations

from types import SimpleNamespace

from app.audit.describe import changed_fields, details, record_type, summary


def row(action, entity, summary="", before=None, after=None, entity_id="7"):
    return SimpleNamespace(
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=before,
        after=after,
    )


def test_record_types_are_translated_not_table_names(marked):
    assert record_type("direct_expenses") == "«direct expense»"
    assert record_type("claims") == "«claim»"
    assert record_type("something_new") == "something new"


def test_every_table_of_every_feature_has_a_record_type():
    """A feature's tables are named in the reader's language in the audit log (the
    feature declares them as audit_records), not shown as table names."""
    import re

    from app.features import metadata
    from app.translation import in_language

    bookkeeping = {"audit_log", "meta"}
    with in_language("zh_CN"):
        untranslated = [
            table
            for table in sorted(metadata().tables)
            if table not in bookkeeping and not re.search("[\u4e00-\u9fff]", record_type(table))
        ]
    assert untranslated == []


def test_the_stored_english_summary_is_not_shown(marked):
    text = summary(row("demo", "database", "demo built, scale=2000"))
    assert text == "«Demo data built (%s customers)»".replace("%s", "2000")
    assert "demo built" not in text


def test_summaries_name_the_record_and_what_changed():
    before = {"id": 9, "name": "罗嘉", "position": "销售代表", "phone": "1", "updated_at": "a"}
    after = {"id": 9, "name": "罗嘉", "position": "销售主管", "phone": "2", "updated_at": "b"}
    entry = row("update", "staff", before=before, after=after)
    assert summary(entry) == "Changed staff member 罗嘉: position, phone"
    assert changed_fields(entry) == [("position", "销售代表", "销售主管"), ("phone", "1", "2")]
    assert details(entry).splitlines()[1:] == ["position: 销售代表 → 销售主管", "phone: 1 → 2"]
    created = row("create", "direct_expenses", after={"id": 3, "amount_fen": 640000, "payee": "X"})
    assert summary(created) == "Created direct expense X"
    assert "amount: ¥6,400.00" in details(created)
    after = {"number": "BX-1", "return_reason": "R"}
    returned = row("return", "claims", before={"number": "BX-1"}, after=after)
    assert summary(returned) == "Returned claim BX-1: R"


def test_the_audit_dialog_shows_types_and_summaries(qtbot, ui_context):
    from ui.audit.audit_dialog import AuditDialog

    dialog = AuditDialog(ui_context("admin"))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() > 0
    for r in range(model.rowCount()):
        assert "_" not in model.index(r, 3).data()  # no raw table names
        assert model.index(r, 5).data()  # never an empty summary


def test_timestamps_read_as_local_minutes_not_iso():
    entry = row(
        "submit",
        "claims",
        before={"number": "BX-1", "submitted_at": None},
        after={"number": "BX-1", "submitted_at": "2026-12-06T19:57:32.680474+00:00"},
    )
    (label, old, new) = changed_fields(entry)[0]
    assert (label, old) == ("submitted at", "—")
    assert new.startswith("2026-12-0") and "T" not in new and len(new) == 16
