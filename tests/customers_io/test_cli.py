"""import-customers / export-customers / merge-bundle on the command line."""

from __future__ import annotations

import json

from python_calamine import load_workbook

from main import main
from tests.customers_io.conftest import write_xlsx


def _db(tmp_path) -> str:
    """An existing database (commands other than import and merge refuse a new path)."""
    from app.database import prepare_database

    path = tmp_path / "cli.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        prepare_database(url).dispose()
    return url


def test_import_json_exit_codes_and_report(tmp_path, capsys):
    path = write_xlsx(
        tmp_path / "leads.xlsx",
        [
            ["招生名单"],
            ["姓名", "手机", "备注"],
            ["张三", 13812345678.0, "a"],
            ["李四", "12345", ""],
            ["张三", "138 1234 5678", "b"],
        ],
    )
    report = tmp_path / "report.xlsx"
    code = main(
        ["--db", _db(tmp_path), "import-customers", str(path), "--json", "--report", str(report)]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["imported"], out["merged"]) == (1, 1)
    assert [r["row"] for r in out["rejected"]] == [4]
    assert out["rejected"][0]["reason"]
    rows = load_workbook(str(report)).get_sheet_by_name("Rows").to_python()
    assert rows[0][:3] == ["Row", "Result", "Reason"]
    assert [r[0] for r in rows[1:]] == [4.0, 5.0]
    # The same file again: nothing new.
    # --db after the file, as in `import-customers FILE --json --db URL`
    assert main(["import-customers", str(path), "--json", "--db", _db(tmp_path)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["imported"], again["merged"]) == (0, 2)


def test_dry_run_then_export(tmp_path, capsys):
    path = write_xlsx(tmp_path / "leads.xlsx", [["Name", "Mobile"], ["Lily", "13912345678"]])
    assert main(["--db", _db(tmp_path), "import-customers", str(path), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1
    out = tmp_path / "all.xlsx"
    assert main(["--db", _db(tmp_path), "export-customers", str(out)]) == 0
    assert "exported 0 customers" in capsys.readouterr().out
    assert main(["--db", _db(tmp_path), "import-customers", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", _db(tmp_path), "export-customers", str(out)]) == 0
    rows = load_workbook(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][:2] == ["姓名", "手机"]
    assert rows[1][:2] == ["Lily", "13912345678"]


def test_unreadable_file_exits_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    assert main(["--db", _db(tmp_path), "import-customers", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err and "Traceback" not in err
    assert main(["--db", _db(tmp_path), "import-customers", str(tmp_path / "nope.csv")]) == 2
    no_header = write_xlsx(tmp_path / "numbers.xlsx", [[1, 2, 3], [4, 5, 6]])
    assert main(["--db", _db(tmp_path), "import-customers", str(no_header)]) == 2
    assert "header" in capsys.readouterr().err


def test_export_to_a_missing_folder_exits_2_with_one_line(tmp_path, capsys):
    """xlsxwriter wraps the OSError; a folder that is not there (or a file open in
    Excel) is a one-line refusal, not a traceback, and leaves no file."""
    out = tmp_path / "no such folder" / "all.xlsx"
    assert main(["--db", _db(tmp_path), "export-customers", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "cannot be written" in err and "\n" not in err
    assert not out.parent.exists()


def test_import_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "leads"
    folder.mkdir()
    assert main(["--db", _db(tmp_path), "import-customers", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {folder} is a folder; choose a file in it."


def test_merge_bundle_cli(tmp_path, capsys):
    assert main(["--db", _db(tmp_path), "merge-bundle", str(tmp_path / "x.mdbundle")]) == 2
    capsys.readouterr()
    broken = tmp_path / "broken.mdbundle"
    broken.write_text(
        '{"format": "marketdesk-booth-bundle", "version": 1, "leads": [], "checksum": "0"}',
        encoding="utf-8",
    )
    assert main(["--db", _db(tmp_path), "merge-bundle", str(broken), "--json"]) == 2
    assert "unprotected booth bundle" in capsys.readouterr().err


def test_command_line_speaks_the_chosen_language_and_then_stops(tmp_path, capsys):
    """--lang zh_CN (or the language setting): the summary, the rejected rows' reasons,
    the saved report and a refusal are in Chinese. Afterwards the process's language
    is as before (the tests' own messages stay English)."""
    from app.errors import tr
    from app.settings import Settings

    path = write_xlsx(
        tmp_path / "leads.xlsx", [["姓名", "手机"], ["张三", "13812345678"], ["李四", "12345"]]
    )
    report = tmp_path / "报告.xlsx"
    assert (
        main(
            [
                "--db",
                _db(tmp_path),
                "--lang",
                "zh_CN",
                "import-customers",
                str(path),
                "--report",
                str(report),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("已导入 1 条，合并 0 条（更新 0 条），拒绝 1 条，跳过 0 条")
    assert "第 3 行：手机：“12345”不是手机号码" in out
    assert load_workbook(str(report)).sheet_names == ["摘要", "明细"]
    assert tr("row %d: %s") == "row %d: %s"  # the translators are gone again

    missing = tmp_path / "nope.xlsx"
    assert main(["--db", _db(tmp_path), "--lang", "zh_CN", "import-customers", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"error: 文件 {missing} 不存在。"

    settings = Settings()
    settings.set("language", "zh_CN")
    settings.save()
    assert main(["--db", _db(tmp_path), "export-customers", str(tmp_path / "a.xlsx")]) == 0
    assert capsys.readouterr().out.strip() == f"已将 1 位客户导出到 {tmp_path / 'a.xlsx'}"
    assert (
        main(["--db", _db(tmp_path), "--lang", "en", "export-customers", str(tmp_path / "b.xlsx")])
        == 0
    )
    assert capsys.readouterr().out.startswith("exported 1 customers")


def test_command_line_inside_a_gui_process_keeps_its_translators(qapp, tmp_path, capsys):
    """A command run in a process whose QApplication has translators installed (the
    GUI's language) uses its own for the run and leaves the GUI's in place."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n

    i18n.install_translators("zh_CN")
    try:
        gui_text = QCoreApplication.translate("platform", "row %d: %s")
        assert gui_text == "第 %d 行：%s"
        assert (
            main(
                [
                    "--db",
                    _db(tmp_path),
                    "--lang",
                    "en",
                    "export-customers",
                    str(tmp_path / "a.xlsx"),
                ]
            )
            == 0
        )
        assert capsys.readouterr().out.startswith("exported 0 customers")
        assert QCoreApplication.instance() is qapp
        assert QCoreApplication.translate("platform", "row %d: %s") == gui_text
    finally:
        i18n.remove_translators()
    assert QCoreApplication.translate("platform", "row %d: %s") == "row %d: %s"
