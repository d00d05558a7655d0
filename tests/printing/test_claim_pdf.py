"""The claim form PDF, checked with poppler's own tools (pdffonts, pdftotext, pdfinfo)."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest

from app.errors import FileWriteError
from app.money import amount_in_words
from app.printing import Cancelled
from app.printing.claim_form import DRAFT_WATERMARK, PENDING_WATERMARK
from app.printing.claim_pdf import (
    A4_PORTRAIT,
    A5_LANDSCAPE,
    ClaimFormRenderer,
    new_canvas,
    write_claim_forms,
)
from app.printing.fonts import FONT_NAME, drawable, font_path, missing_glyphs
from tests.printing.helpers import poppler, sample_form


def pdftext(path) -> str:
    out = subprocess.run(
        [poppler("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out


def flat(text: str) -> str:
    return "".join(text.split())


def page_info(path) -> tuple[int, str]:
    out = subprocess.run(
        [poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def test_font_is_bundled_and_covers_the_form():
    assert font_path().is_file()
    assert (font_path().parent / "wqy-microhei.LICENSE.txt").is_file()
    assert not missing_glyphs(
        "费用报销单人民币壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整零¥0123456789"
        "ABCXYZabcxyz草稿待审批已作废附单据张报销人部门负责人财务审核出纳领款人"
    )


def test_glyphs_the_font_lacks_are_shown_not_dropped():
    assert drawable("张伟\U0001f600") == "张伟?"


def test_fonts_are_embedded_and_text_extracts(tmp_path):
    form = sample_form(lines=3)
    out = tmp_path / "claim.pdf"
    assert write_claim_forms([form], out) == 1
    fonts = subprocess.run(
        [poppler("pdffonts"), str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        # name type encoding emb sub uni: every font embedded, the CJK one among them
        assert line.split()[-5] == "yes", line
    assert any(FONT_NAME in line for line in fonts)
    text = flat(pdftext(out))
    for expected in (
        "北京启明星培训学校",
        "费用报销单",
        "市场部",
        "张伟",
        "春季招生推广",
        "BX-2026-0042",
        "附单据4张",
        "教育展会交通费第2笔",
        "25112000000000000001",
        "1,409.50",
        "¥4,228.50",
        "人民币" + amount_in_words(422850),
        "报销人",
        "部门负责人",
        "财务审核",
        "出纳",
        "领款人",
        "李娜",
        "BX-2026-0042-7F3A9C",
    ):
        assert flat(expected) in text, expected
    assert amount_in_words(422850) == "肆仟贰佰贰拾捌元伍角"


def test_watermark_draft_pending_then_none(tmp_path):
    """Only a draft is 草稿; the submitted paper is 待审批; finance approval removes it."""
    draft, pending, approved = (tmp_path / f"{n}.pdf" for n in ("draft", "pending", "approved"))
    write_claim_forms([dataclasses.replace(sample_form(approved=False), status="draft")], draft)
    write_claim_forms([sample_form(approved=False)], pending)  # submitted
    write_claim_forms([sample_form(approved=True)], approved)
    draft_text, pending_text = flat(pdftext(draft)), flat(pdftext(pending))
    assert DRAFT_WATERMARK in draft_text and PENDING_WATERMARK not in draft_text
    assert PENDING_WATERMARK in pending_text and DRAFT_WATERMARK not in pending_text
    approved_text = flat(pdftext(approved))
    assert DRAFT_WATERMARK not in approved_text and PENDING_WATERMARK not in approved_text
    assert "王芳" in approved_text


def test_cashier_and_payee_have_their_own_boxes(tmp_path):
    path = tmp_path / "form.pdf"
    write_claim_forms([sample_form(approved=True)], path)
    text = flat(pdftext(path))
    assert "出纳：" in text and "领款人：" in text and "出纳/领款人" not in text
    assert "附单据4张" in text


def test_a5_landscape_and_a4_portrait_sizes(tmp_path):
    a4, a5 = tmp_path / "a4.pdf", tmp_path / "a5.pdf"
    write_claim_forms([sample_form()], a4)
    write_claim_forms([sample_form()], a5, a5=True)
    assert page_info(a4) == (1, "595.276 x 841.89 pts (A4)")
    pages, size = page_info(a5)
    width, height = (float(v) for v in size.split(" pts")[0].split(" x "))
    assert pages == 1 and width > height
    assert (round(width), round(height)) == (595, 420)


@pytest.mark.parametrize("fmt", [A4_PORTRAIT, A5_LANDSCAPE], ids=["A4", "A5"])
def test_many_lines_continue_on_further_pages(tmp_path, fmt):
    import io

    renderer = ClaimFormRenderer(new_canvas(io.BytesIO(), fmt, "t"), fmt)
    first, cont = renderer.capacity(True), renderer.capacity(False)
    assert cont > first >= 5
    n = first + cont + 3  # first page (first - 1 lines + a note), one full 续页, 4 more
    form = sample_form(lines=n)
    out = tmp_path / "long.pdf"
    assert write_claim_forms([form], out, a5=fmt is A5_LANDSCAPE) == 3
    pages = pdftext(out).split("\f")
    assert "续页" in pages[1] and "续页" in pages[2]
    # every line number appears exactly once across the pages, none is lost
    body = flat(pdftext(out))
    for i in range(1, n + 1):
        assert body.count(f"第{i}笔") == 1, i
    assert f"其余{n - first + 1}笔明细见续页" in flat(pages[0])
    assert "人民币" + amount_in_words(n * 140950) in flat(pages[0])
    assert f"¥{n * 140950 // 100:,}.{n * 140950 % 100:02d}" in flat(pages[2])


def test_exactly_full_first_page_needs_no_continuation(tmp_path):
    import io

    fmt = A5_LANDSCAPE
    first = ClaimFormRenderer(new_canvas(io.BytesIO(), fmt, "t"), fmt).capacity(True)
    assert write_claim_forms([sample_form(lines=first)], tmp_path / "x.pdf", a5=True) == 1
    assert write_claim_forms([sample_form(lines=first + 1)], tmp_path / "y.pdf", a5=True) == 2


def test_batch_page_count_and_cancel_leaves_no_file(tmp_path):
    forms = [
        dataclasses.replace(sample_form(lines=2), number=f"BX-2026-{i:04d}") for i in range(1, 8)
    ]
    out = tmp_path / "batch.pdf"
    seen = []
    assert write_claim_forms(forms, out, total=7, progress=lambda d, t: seen.append((d, t))) == 7
    assert page_info(out)[0] == 7
    assert seen[-1] == (7, 7) and len(seen) == 7
    text = pdftext(out)
    assert all(f.number in text for f in forms)

    cancelled = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_claim_forms(
            forms,
            cancelled,
            is_cancelled=lambda: len(seen) >= 9,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert not cancelled.exists()
    assert not list(tmp_path.glob("*.part"))


def test_long_text_is_wrapped_not_lost(tmp_path):
    form = sample_form(lines=1)
    long_place = "内蒙古自治区呼和浩特市赛罕区"
    line = dataclasses.replace(form.lines[0], place=long_place, description="展会")
    out = tmp_path / "wrap.pdf"
    write_claim_forms([dataclasses.replace(form, lines=(line,))], out)
    assert long_place in flat(pdftext(out))


def test_unwritable_target_leaves_no_partial_file(tmp_path):
    target = tmp_path / "folder.pdf"
    target.mkdir()  # a directory where the file should go: the final move fails
    with pytest.raises(FileWriteError, match="folder.pdf"):
        write_claim_forms([sample_form()], target)
    assert not list(tmp_path.glob("*.part"))
