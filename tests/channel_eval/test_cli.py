"""channel-report on the command line: the JSON shape, and leads that agree with
export-customers."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
from python_calamine import load_workbook

from main import main
from tests.channel_eval.conftest import build
from tests.conftest import make_actors


def _fixture_db(tmp_path) -> str:
    from app.database import prepare_database
    from app.services import Services

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    db = prepare_database(url)
    services = Services(db)
    build(services, make_actors(services))
    db.dispose()
    return url


def _exported_leads(path, start: dt.date, end: dt.date) -> Counter:
    rows = load_workbook(str(path)).get_sheet_by_index(0).to_python()
    header = rows[0]
    channel, registered = header.index("渠道"), header.index("登记日期")
    counts: Counter = Counter()
    for row in rows[1:]:
        day = row[registered]
        day = day.date() if isinstance(day, dt.datetime) else day
        if start <= day <= end:
            counts[row[channel] or None] += 1
    return counts


def test_leads_equal_those_of_export_customers(tmp_path, capsys):
    url = _fixture_db(tmp_path)
    exported = tmp_path / "customers.xlsx"
    assert main(["--db", url, "export-customers", str(exported)]) == 0
    capsys.readouterr()
    for start, end in (("2026-03-01", "2026-03-31"), ("2026-02-01", "2026-04-30")):
        assert main(["--db", url, "--lang", "en", "channel-report", start, end, "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert set(data) == {"from", "to", "attribution", "channels"}
        assert (data["from"], data["to"], data["attribution"]) == (start, end, "first")
        counts = _exported_leads(exported, dt.date.fromisoformat(start), dt.date.fromisoformat(end))
        reported = {c["channel"]: c["leads"] for c in data["channels"] if c["leads"]}
        unknown = reported.pop("(no source channel)", 0)
        assert unknown == counts.pop(None, 0)
        assert reported == dict(counts)
        for channel in data["channels"]:
            assert set(channel) == {
                "channel",
                "leads",
                "trials",
                "conversions",
                "cost_fen",
                "revenue_fen",
                "conversion_rate",
                "cpl_fen",
                "cpa_fen",
                "roi",
            }


def test_models_text_table_and_bad_input(tmp_path, capsys):
    url = _fixture_db(tmp_path)
    assert (
        main(
            [
                "--db",
                url,
                "channel-report",
                "2026-03-01",
                "2026-03-31",
                "--attribution",
                "linear",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["attribution"] == "linear"
    assert main(["--db", url, "--lang", "en", "channel-report", "2026-03-01", "2026-03-31"]) == 0
    out = capsys.readouterr().out
    assert "抖音" in out and "—" in out
    assert main(["--db", url, "channel-report", "2026-03-31", "2026-03-01"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    assert main(["--db", url, "channel-report", "March", "2026-03-31"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_pdf_and_xlsx_files(tmp_path, capsys):
    url = _fixture_db(tmp_path)
    pdf, xlsx = tmp_path / "c.pdf", tmp_path / "c.xlsx"
    args = ["--db", url, "channel-report", "2026-03-01", "2026-03-31"]
    assert main([*args, "--pdf", str(pdf), "--attribution", "last"]) == 0
    assert main([*args, "--xlsx", str(xlsx)]) == 0
    assert pdf.read_bytes()[:4] == b"%PDF" and xlsx.stat().st_size > 0
    capsys.readouterr()
    assert main([*args, "--xlsx", str(tmp_path / "missing" / "c.xlsx")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    with pytest.raises(SystemExit) as exc:  # argparse refuses an unknown model
        main([*args, "--attribution", "middle"])
    assert exc.value.code == 2
