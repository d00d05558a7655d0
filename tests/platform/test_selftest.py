"""`main.py self-test`: passes on a complete installation, and names what is missing
(one line per failure, exit 1) when a translation, the font or a feature is not there."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.features import Feature, temporary_features
from ui import selftest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def self_test(qapp, monkeypatch):
    """Run the self-test in this process, leaving the hook and translators as found."""
    from app.i18n import remove_translators

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield selftest.run_self_test
    remove_translators()


@pytest.fixture
def resources_copy(tmp_path, monkeypatch):
    """A copy of resources/ the code under test reads instead of the real one."""
    from app import i18n, paths
    from app.printing import fonts

    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    for module in (paths, i18n, fonts):
        monkeypatch.setattr(module, "resources_dir", lambda: copy)
    return copy


def test_command_passes_on_this_checkout():
    out = subprocess.run(
        [sys.executable, "main.py", "self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "self-test passed" in out.stdout
    assert "FAILED" not in out.stderr


def test_every_registered_feature_is_imported_and_every_tab_rendered(self_test):
    from app.features import features
    from ui.tabs import tabs

    test = self_test()
    assert test.failures == []
    modules = selftest.feature_modules()
    for feature in features():
        assert (feature.name, feature.ui) in modules or feature.ui is None
    # Each tab in each language, and each module of every feature, is one check.
    assert test.passed >= len(modules) + 2 * len(tabs())


def test_a_missing_chinese_translation_is_named(self_test, resources_copy):
    (resources_copy / "translations" / "platform_zh_CN.qm").unlink()
    failures = self_test().failures
    assert len(failures) == 1
    assert failures[0].startswith("translations (zh_CN): missing ")
    assert "platform_zh_CN.qm" in failures[0]


def test_a_missing_font_fails_the_claim_pdf(self_test, resources_copy, monkeypatch):
    from app.printing import fonts

    monkeypatch.setattr(fonts, "_registered", False)  # as in a new process
    (resources_copy / "fonts" / fonts.FONT_FILE).unlink()
    failures = self_test().failures
    assert [line.split(":")[0] for line in failures] == ["claim PDF"]


def test_a_feature_whose_module_is_missing_is_named(self_test):
    broken = Feature(name="ghost", models=("db.models.ghost_never_written",))
    with temporary_features(broken):
        failures = self_test().failures
    assert failures == [
        "feature ghost: import db.models.ghost_never_written: "
        "ModuleNotFoundError: No module named 'db.models.ghost_never_written'"
    ]


def test_failures_print_one_line_each_and_exit_1(qapp, monkeypatch, capsys):
    from app.i18n import remove_translators

    class Broken:
        failures = ["claim PDF: OSError: no font", "tab budget (en): nothing was drawn"]
        passed = 3

    monkeypatch.setattr(selftest, "run_self_test", lambda: Broken())
    try:
        assert selftest.main("en") == 1
    finally:
        remove_translators()
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "FAILED: claim PDF: OSError: no font",
        "FAILED: tab budget (en): nothing was drawn",
    ]


def test_font_embedded_tells_a_named_font_from_an_embedded_one():
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.claim_pdf import write_claim_forms
    from app.printing.fonts import FONT_NAME

    plain = io.BytesIO()
    canvas = Canvas(plain)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 72, "no embedded font")
    canvas.save()
    assert not selftest.font_embedded(plain.getvalue(), FONT_NAME)
    claim = io.BytesIO()
    write_claim_forms([selftest.sample_claim_form()], claim)
    assert selftest.font_embedded(claim.getvalue(), FONT_NAME)


def test_an_aes_library_that_cannot_load_fails_the_booth_seal(self_test, monkeypatch):
    """pycryptodomex loads its native AES module only when a bundle is sealed: a bundle
    without it passes every other check, so the self-test seals one."""
    from Cryptodome.Cipher import AES

    def missing(*args, **kwargs):
        raise OSError("Cannot load native module 'Cryptodome.Cipher._raw_aes'")

    monkeypatch.setattr(AES, "new", missing)
    failures = self_test().failures
    assert failures == [
        "booth bundle seal: OSError: Cannot load native module 'Cryptodome.Cipher._raw_aes'"
    ]


def test_a_signature_image_pillow_cannot_read_fails_the_claim_pdf(self_test, monkeypatch):
    """Printing leaves a signature it cannot read out (and goes on): the self-test's
    claim form carries one, so a bundle whose Pillow is broken fails."""
    from PIL import Image

    def broken(*args, **kwargs):
        raise ImportError("libjpeg-6dc8d115.so.62.4.0: cannot open shared object file")

    monkeypatch.setattr(Image, "open", broken)
    failures = self_test().failures
    assert failures == ["claim PDF: the signature image is not in the PDF"]


def test_the_self_test_signature_is_a_png_pillow_reads():
    from PIL import Image

    image = Image.open(io.BytesIO(selftest.signature_png(30, 10)))
    assert (image.size, image.mode) == ((30, 10), "RGBA")
    assert image.getpixel((0, 0))[3] == 255 and image.getpixel((29, 0))[3] == 0


def test_a_postgres_driver_that_cannot_load_is_named(self_test, monkeypatch):
    """SQLite never imports psycopg: without this check a bundle whose libpq module
    fails to load (it imports ssl, for one) would pass."""
    import psycopg

    def missing():
        raise ImportError("no pq wrapper available.")

    monkeypatch.setattr(psycopg.pq, "version", missing)
    failures = self_test().failures
    assert failures == ["PostgreSQL driver: ImportError: no pq wrapper available."]
