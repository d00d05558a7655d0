"""Printing claim forms: 1 claim and 500 claims into one PDF.

    print_1_s         one claim to a PDF file through the service (load, draw, save,
                      audit), median of 5 warm runs
    print_500_s       500 claims into one PDF, the same path (issue 4: <= 550 x print_1_s)
    print_500_rss_mb  peak resident memory of the process that printed the 500
    print_1_rss_mb    the same for a process that printed one (for comparison)
    print_500_ratio   print_500_s / print_1_s

Each measurement runs in a fresh subprocess so that peak RSS is its own. Both
processes first print one claim untimed (font registration, imports), so the
timed runs compare per-form work. Claims have 3 lines each, signatures on the
claimant and department boxes, mixed draft / approved (watermark or not).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _signature_png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 80), (0, 0, 0, 0))
    ImageDraw.Draw(image).line(
        [(10, 60), (60, 15), (110, 64), (160, 12), (230, 56)], fill=(0, 0, 120, 255), width=4
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def build_database(path: Path, claims: int) -> str:
    from app.context import Actor
    from app.database import prepare_database
    from app.permissions import Role
    from app.services import Services
    from app.staff.service import StaffInput
    from db.engine import sqlite_url
    from db.models.budget import ExpenseCategory
    from db.models.budget_claims import Claim, ClaimApproval, ClaimAttachment, ClaimLine

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    url = sqlite_url(path)
    db = prepare_database(url)
    services = Services(db)
    cli = Actor.command_line()
    services.staff.ensure_seed_departments(cli)
    services.expense_categories.ensure_seed(cli)
    staff = services.staff.create_staff(cli, StaffInput(name="张伟"))
    user = services.users.create_user(
        cli,
        username="zhangwei",
        display_name="张伟",
        role=Role.STAFF,
        password="bench-pass-1",
        staff_id=staff.id,
    )
    png = _signature_png()
    statuses = ("submitted", "department_approved", "finance_approved", "paid")
    with db.session() as session, session.begin():
        category_ids = list(
            session.scalars(
                ExpenseCategory.__table__.select().with_only_columns(ExpenseCategory.id)
            )
        )
        for n in range(1, claims + 1):
            claim = Claim(
                number=f"BX-2026-{n:04d}",
                year=2026,
                seq=n,
                claim_date=dt.date(2026, 1 + n % 12, 1 + n % 28),
                claimant_user_id=user.id,
                claimant_staff_id=staff.id,
                claimant_name="张伟",
                department_name="市场部",
                purpose="春季招生推广活动",
                status=statuses[n % 4],
                total_fen=0,
            )
            session.add(claim)
            session.flush()
            total = 0
            for i in range(3):
                amount = 10000 + (n * 37 + i * 1301) % 900000
                total += amount
                session.add(
                    ClaimLine(
                        claim_id=claim.id,
                        position=i,
                        expense_date=claim.claim_date,
                        place="北京市海淀区" if i else "上海",
                        category_id=category_ids[(n + i) % 8],
                        description="参加教育展会，往返高铁票及市内交通"
                        if i % 2
                        else "印刷宣传单页",
                        amount_fen=amount,
                        invoice_number=f"2511{n:08d}{i:08d}",
                        invoice_key=f"2511{n:08d}{i:08d}",
                    )
                )
            claim.total_fen = total
            session.add(
                ClaimAttachment(
                    claim_id=claim.id,
                    filename="invoice.png",
                    mime_type="image/png",
                    size=len(png),
                    sha256="0" * 64,
                    data=png,
                )
            )
            session.add(
                ClaimApproval(
                    claim_id=claim.id,
                    step="claimant",
                    action="submit",
                    user_id=user.id,
                    display_name="张伟",
                    signature_png=png,
                )
            )
            if claim.status != "submitted":
                session.add(
                    ClaimApproval(
                        claim_id=claim.id,
                        step="department",
                        action="approve",
                        user_id=None,
                        display_name="李娜",
                        signature_png=png,
                    )
                )
            if claim.status in ("finance_approved", "paid"):
                session.add(
                    ClaimApproval(
                        claim_id=claim.id,
                        step="finance",
                        action="approve",
                        user_id=None,
                        display_name="王芳",
                    )
                )
    db.dispose()
    return url


def child(url: str, count: int, out: str, repeats: int) -> None:
    """Runs in the subprocess: warm up, time `repeats` prints of `count` claims."""
    import io

    from app.context import Actor
    from app.services import Services
    from db.engine import open_database

    db = open_database(url)
    services = Services(db)
    actor = Actor.command_line()
    ids = [services.printing.claim_id(actor, f"BX-2026-{n:04d}") for n in range(1, count + 1)]
    services.printing.render(actor, ids[:1], io.BytesIO())  # warm-up: font, imports
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        services.printing.export_pdf(actor, ids, out)
        times.append(time.perf_counter() - started)
    from app.diagnostics import peak_rss_mb

    print(json.dumps({"s": statistics.median(times), "rss_mb": peak_rss_mb()}))


def _measure(url: str, count: int, out: Path, repeats: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, __file__, "--child", url, str(count), str(out), str(repeats)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(options) -> dict[str, float]:
    claims = 50 if getattr(options, "quick", False) else 500
    workdir = Path(options.workdir).resolve()
    os.environ.setdefault("MARKETDESK_DATA_DIR", str(workdir / "appdata"))
    Path(os.environ["MARKETDESK_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    url = build_database(workdir / "printing.sqlite3", claims)
    one = _measure(url, 1, workdir / "print-1.pdf", 5)
    many = _measure(url, claims, workdir / f"print-{claims}.pdf", 1)
    return {
        "print_1_s": one["s"],
        "print_500_s": many["s"],
        "print_500_rss_mb": many["rss_mb"],
        "print_1_rss_mb": one["rss_mb"],
        "print_500_ratio": many["s"] / one["s"],
    }


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
    else:
        sys.path.insert(0, str(ROOT))
        sys.path.insert(0, str(HERE))
        import run as runner

        sys.exit(runner.main(["--only", "bench_printing", *sys.argv[1:]]))
