"""Import and export of 100,000 customers against LibreOffice doing less.

import_100k_s: import a 100,000-row .xlsx into a fresh database (read, map,
validate, duplicate check, one transaction). import_peer_s: LibreOffice merely
converting the same file to CSV (`soffice --headless --convert-to csv`); when
LibreOffice is not installed, python-calamine reading the file.
export_100k_s: export the 100,000 customers to .xlsx. export_peer_s:
LibreOffice converting the same data from CSV to .xlsx.
Ratios must be <= 1.0.

Each side is timed REPEATS times and the median is reported (the import into a fresh
database each time; LibreOffice after one untimed run that creates its profile): on
a shared host one run of either side could be 25% slow, and a single pair of runs
made the ratio swing with it.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
REPEATS = 3
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HEADER = [
    "序号",
    "姓名",
    "手机",
    "微信",
    "性别",
    "年级",
    "学校",
    "家长姓名",
    "家长电话",
    "区域",
    "意向课程",
    "来源",
    "登记日期",
    "备注",
]
COURSES = [
    "少儿英语",
    "小学数学思维",
    "初中物理",
    "高中数学",
    "少儿编程",
    "书法",
    "美术素描",
    "钢琴",
    "雅思",
    "新概念英语",
    "作文",
    "奥数",
]
CHANNELS = ["官网", "微信公众号", "抖音", "百度推广", "校园地推", "社区活动", "转介绍", "合作机构"]
NOTES = [
    "",
    "",
    "",
    "周末有空",
    "想了解暑假班",
    "家长要求电话联系",
    "已加微信",
    "比较关注价格",
    "试听后再定",
    "孩子基础较弱",
]


def sample_rows(n: int, seed: int = 7):
    """n realistic customer rows (phones as numbers, dates as dates), unique mobiles."""
    from app.demo.names import DISTRICTS, GRADES, mobile, person_name, school_name

    rng = random.Random(seed)
    seen: set[str] = set()
    start = dt.date(2024, 1, 1)
    for i in range(n):
        phone = mobile(rng)
        while phone in seen:
            phone = mobile(rng)
        seen.add(phone)
        student = person_name(rng)
        guardian = student[0] + rng.choice("建国志强丽华秀英红梅海涛") + rng.choice("平明军芳")
        yield [
            i + 1,
            student,
            int(phone),
            f"wx_{phone[-6:]}{rng.randrange(100)}",
            rng.choice("男女"),
            rng.choice(GRADES),
            school_name(rng),
            guardian,
            mobile(rng),
            rng.choice(DISTRICTS),
            rng.choice(COURSES),
            rng.choice(CHANNELS),
            start + dt.timedelta(days=rng.randrange(600)),
            rng.choice(NOTES),
        ]


def write_sample_xlsx(path: Path, n: int, seed: int = 7) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("客户名单")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_string(0, 0, "2025年秋季招生咨询登记表")
    sheet.write_row(2, 0, HEADER)
    for r, row in enumerate(sample_rows(n, seed), start=3):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    workbook.close()


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(soffice: str, source: Path, target_format: str, outdir: Path, repeats: int) -> float:
    """The median time of `repeats` conversions."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    # A warm-up run creates the profile, so that the measured runs convert only.
    cmd = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        target_format,
        "--outdir",
        str(outdir),
        str(source),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        times.append(time.perf_counter() - started)
    shutil.rmtree(profile, ignore_errors=True)
    return statistics.median(times)


def run(options) -> dict[str, float]:
    from app.context import Actor
    from app.customers.service import CustomerService
    from app.customers_io.export import ExportOptions, ExportService
    from app.customers_io.importer import ImportService
    from db.engine import open_database, sqlite_url
    from db.models import metadata

    n = 2_000 if getattr(options, "quick", False) else 100_000
    workdir = Path(options.workdir) / "customers_io"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    source = workdir / "customers_100k.xlsx"
    write_sample_xlsx(source, n)

    repeats = 1 if getattr(options, "quick", False) else REPEATS
    actor = Actor.command_line()
    import_times = []
    for attempt in range(repeats):
        # A fresh database each time: the file brings 100,000 new customers.
        db = open_database(sqlite_url(workdir / f"import-{attempt}.sqlite3"))
        metadata.create_all(db.engine)
        CustomerService(db).ensure_seed_channels(actor)  # as in every office database
        service = ImportService(db)
        started = time.perf_counter()
        loaded = service.open_file(source)
        preview = service.preview(actor, loaded)
        result = service.run(actor, preview)
        import_times.append(time.perf_counter() - started)
        assert result.imported == n, (result.imported, len(result.rejected))
        if attempt < repeats - 1:
            db.dispose()
            for leftover in workdir.glob(f"import-{attempt}.sqlite3*"):
                leftover.unlink()
    import_s = statistics.median(import_times)

    soffice = _soffice()
    if soffice:
        import_peer = _convert(soffice, source, "csv", workdir / "csv-out", repeats)
        peer_kind = "libreoffice"
    else:
        from python_calamine import load_workbook

        peer_times = []
        for _ in range(repeats):
            started = time.perf_counter()
            load_workbook(str(source)).get_sheet_by_index(0).to_python()
            peer_times.append(time.perf_counter() - started)
        import_peer = statistics.median(peer_times)
        peer_kind = "calamine"

    out = workdir / "export_100k.xlsx"
    export_times = []
    for _ in range(repeats):
        started = time.perf_counter()
        count = ExportService(db).export(actor, out, ExportOptions()).result
        export_times.append(time.perf_counter() - started)
        assert count == n, count
    export_s = statistics.median(export_times)

    figures = {
        "import_100k_s": import_s,
        "import_peer_s": import_peer,
        "import_ratio": import_s / import_peer,
        "export_100k_s": export_s,
    }
    if soffice:
        # The same data as the export: its own rows and columns, as CSV.
        from python_calamine import load_workbook

        csv_path = workdir / "export_peer.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(load_workbook(str(out)).get_sheet_by_index(0).to_python())
        export_peer = _convert(soffice, csv_path, "xlsx", workdir / "xlsx-out", repeats)
        figures["export_peer_s"] = export_peer
        figures["export_ratio"] = export_s / export_peer
    print(f"# import peer: {peer_kind}; rows: {n}", flush=True)
    db.dispose()
    return figures
