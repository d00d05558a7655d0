"""`main.py self-test`: what IT runs after installing, and CI on the frozen bundle.

Every registered feature is imported (its declaration, models, services, commands,
demo step, UI half and tour pages); a throwaway database is created and migrated;
a throwaway administrator signs in; every tab is rendered offscreen in both
languages; one claim form is written as PDF (its CJK font must be embedded, and its
signature image, which reportlab reads through Pillow) and one budget chart as PNG;
a booth bundle is sealed and opened again (the AES library's native parts load only
then); the PostgreSQL driver must load with its libpq (SQLite alone never imports
it); both languages' translations must load. A data file or library missing from
the bundle (a .qm, the font, a migration, a library's data) fails one of these.
Nothing touches the user's own data folder or database.

Each failure is one line: what was checked, and the reason.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import io
import os
import secrets
import shutil
import struct
import sys
import tempfile
import traceback
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

LANGUAGES = ("zh_CN", "en")
# A string of the main window every build translates: proof the Chinese .qm is read.
_PROBE = ("MainWindow", "MarketDesk - Marketing management")


class Failure(Exception):
    """A check that did not pass: a message template of context "SelfTest" and its
    arguments, translated when printed (the run switches languages on the way)."""

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(template % args if args else template)
        self.template = template
        self.args_ = args

    def text(self) -> str:
        message = translate("SelfTest", self.template)
        return message % self.args_ if self.args_ else message


class SelfTest:
    def __init__(self) -> None:
        # (what was checked, why it failed), each a Failure: one line when printed.
        self.problems: list[tuple[Failure, Failure]] = []
        self.passed = 0

    def check(self, what: Failure, step: Callable[[], object]) -> object:
        try:
            result = step()
        except Failure as exc:
            self.problems.append((what, exc))
            return None
        except Exception as exc:  # any error is the reason this check failed
            self.problems.append((what, Failure("%s", reason(exc))))
            return None
        self.passed += 1
        return result

    @property
    def failures(self) -> list[str]:
        return [f"{what.text()}: {why.text()}" for what, why in self.problems]


def reason(exc: BaseException) -> str:
    """One line: the exception's class and the first line of its message, and those of
    the innermost error that caused it (numpy's ImportError says only "IMPORTANT:
    PLEASE READ"; the missing library is named by its cause)."""
    text = str(exc).strip().splitlines()
    line = f"{exc.__class__.__name__}: {text[0]}" if text else exc.__class__.__name__
    root: BaseException | None = None
    cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    while cause is not None:  # the innermost error says what was missing
        root = cause
        cause = cause.__cause__ or (None if cause.__suppress_context__ else cause.__context__)
    if root is None:
        return line
    text = str(root).strip().splitlines()
    return f"{line} <- {root.__class__.__name__}" + (f": {text[0]}" if text else "")


@contextmanager
def _scratch() -> Iterator[Path]:
    """A temporary data folder for the run (database, settings, UI state)."""
    folder = Path(tempfile.mkdtemp(prefix="marketdesk-selftest-"))
    saved = os.environ.get("MARKETDESK_DATA_DIR")
    os.environ["MARKETDESK_DATA_DIR"] = str(folder)
    try:
        yield folder
    finally:
        if saved is None:
            os.environ.pop("MARKETDESK_DATA_DIR", None)
        else:
            os.environ["MARKETDESK_DATA_DIR"] = saved
        shutil.rmtree(folder, ignore_errors=True)


def feature_modules() -> list[tuple[str, str]]:
    """(feature, module) for every module a registered feature names."""
    from app.features import FEATURE_MODULES, features

    found = [("registry", m) for m in FEATURE_MODULES]
    for f in features():
        names = [*f.models, *f.cli, *(p.partition(":")[0] for p in f.services.values())]
        names += [p.partition(":")[0] for p in f.migration_helpers.values()]
        if f.demo is not None:
            names.append(f.demo.module)
        if f.ui:
            names.append(f.ui)
        found += [(f.name, m) for m in names]
    return found


def _import_features(test: SelfTest) -> None:
    for feature, module in feature_modules():
        test.check(
            Failure(QT_TRANSLATE_NOOP("SelfTest", "feature %s: import %s"), feature, module),
            lambda m=module: _import(m),
        )
    from ui.features import ui_features

    for ui_feature in (
        test.check(Failure(QT_TRANSLATE_NOOP("SelfTest", "UI features")), ui_features) or []
    ):
        for module in ui_feature.tour:
            test.check(
                Failure(QT_TRANSLATE_NOOP("SelfTest", "tour pages: import %s"), module),
                lambda m=module: _import(m),
            )


def _import(module: str) -> None:
    importlib.import_module(module)


def _translations(language: str) -> None:
    """Every feature's .qm of `language` present and loadable, installed."""
    from PySide6.QtCore import QTranslator

    from app.i18n import install_translators, missing_translations, translation_features
    from app.paths import resources_dir

    missing = missing_translations(language)
    if missing:
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "missing %s"), ", ".join(missing))
    folder = resources_dir() / "translations"
    for name in translation_features():
        if not QTranslator().load(f"{name}_{language}", str(folder)):
            raise Failure(
                QT_TRANSLATE_NOOP("SelfTest", "%s cannot be loaded"), f"{name}_{language}.qm"
            )
    install_translators(language)
    if language == "zh_CN" and translate(*_PROBE) == _PROBE[1]:
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "the Chinese translation is not applied"))


def _database(folder: Path):
    from app.database import prepare_database
    from app.features import version_locations
    from db.migrate import current_revisions, head_revisions

    db = prepare_database(f"sqlite:///{folder / 'selftest.sqlite3'}")
    heads = head_revisions(version_locations())
    current = current_revisions(db)
    if set(current) != set(heads):
        db.dispose()
        raise Failure(
            "schema at %s, expected %s", ", ".join(sorted(current)), ", ".join(sorted(heads))
        )
    return db


def _sign_in(services):
    password = "Selftest-" + secrets.token_hex(8)  # letters and digits, as the policy asks
    services.users.create_first_admin("selftest", "Self-test", password)
    return services.users.authenticate("selftest", password)


@contextmanager
def _qt_errors() -> Iterator[list[BaseException]]:
    """Errors raised in Qt callbacks (a tab's slot) land in sys.excepthook: keep them."""
    caught: list[BaseException] = []
    saved = sys.excepthook
    sys.excepthook = lambda t, e, tb: caught.append(e)
    try:
        yield caught
    finally:
        sys.excepthook = saved


def _render_tabs(test: SelfTest, ctx, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    window = test.check(
        Failure(QT_TRANSLATE_NOOP("SelfTest", "main window (%s)"), language),
        lambda: MainWindow(ctx),
    )
    if window is None:
        return
    window.resize(1280, 800)
    window.show()
    for index, spec in enumerate(window.specs):

        def render(index: int = index, key: str = spec.key) -> None:
            with _qt_errors() as caught:
                window.tab_widget.setCurrentIndex(index)
                QApplication.processEvents()
                image = window.grab().toImage()
            if caught:
                raise caught[0]
            if window._widgets.get(key) is None:
                raise Failure(QT_TRANSLATE_NOOP("SelfTest", "the tab was not built"))
            if image.isNull():
                raise Failure(QT_TRANSLATE_NOOP("SelfTest", "nothing was drawn"))

        test.check(
            Failure(QT_TRANSLATE_NOOP("SelfTest", "tab %s (%s)"), spec.key, language), render
        )
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def signature_png(width: int = 120, height: int = 40) -> bytes:
    """A pen stroke on a transparent background as PNG, made without Pillow or Qt: the
    claim form's signature box reads it through Pillow, whose loss would otherwise
    only drop the image (printing goes on without a damaged signature)."""
    ink, paper = b"\x14\x14\x3c\xff", b"\x00\x00\x00\x00"
    rows = b"".join(
        b"\x00" + b"".join(ink if abs(x // 3 - y) < 2 else paper for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def sample_claim_form():
    from app.printing.claim_form import Approval, ClaimForm, FormLine, Step

    day = dt.date.today()
    return ClaimForm(
        organisation="自检 Self-test",
        department="市场部",
        claimant="自检",
        date=day,
        number="BX-0000-0000",
        status="draft",
        lines=(FormLine(day, "北京", "差旅费", "自检：报销单 PDF", 12345, "00000000"),),
        purpose="自检",
        approvals=(Approval(Step.CLAIMANT, "自检", signature_png=signature_png()),),
    )


def font_embedded(pdf: bytes, font_name: str) -> bool:
    """True when the PDF carries the font's outlines (a TrueType FontFile2 stream
    and a font whose name is `font_name`): a PDF that only names a font shows
    boxes or another font on a machine without it."""
    return b"/FontFile2" in pdf and font_name.encode() in pdf


def _claim_pdf(folder: Path) -> None:
    from app.printing.claim_pdf import write_claim_forms
    from app.printing.fonts import FONT_NAME

    buffer = io.BytesIO()
    pages = write_claim_forms([sample_claim_form()], buffer)
    pdf = buffer.getvalue()
    (folder / "claim.pdf").write_bytes(pdf)
    if pages < 1 or not pdf.startswith(b"%PDF"):
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "no PDF was written"))
    if not font_embedded(pdf, FONT_NAME):
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "the font %s is not embedded"), FONT_NAME)
    if b"/Subtype /Image" not in pdf:
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "the signature image is not in the PDF"))


def _chart_png(ctx, folder: Path) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from ui.budget.charts import BudgetCharts

    today = dt.date.today()
    report = ctx.services.budget_report.budget_vs_spend(
        ctx.actor, today.year, today.month, cumulative=True
    )
    charts = BudgetCharts()
    charts.resize(900, 360)
    charts.set_report(report)
    charts.show()
    QApplication.processEvents()
    path = folder / "chart.png"
    if not charts.grab().save(str(path)) or QImage(str(path)).isNull():
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "no PNG was written"))
    charts.close()
    charts.deleteLater()


def _booth_seal() -> None:
    """Seal a bundle with a new kit key and open it: AES-GCM works in this build."""
    import uuid

    from app.booth.sealing import new_key, seal, unseal

    kit, key = uuid.uuid4(), new_key()
    document = {"self-test": "展台"}
    if unseal(seal(kit, key, document), "self-test", {kit: key}.get) != document:
        raise Failure(QT_TRANSLATE_NOOP("SelfTest", "the sealed bundle read back differently"))


def _postgres_driver() -> None:
    """psycopg and its libpq load: several seats reach PostgreSQL through them."""
    import psycopg

    psycopg.pq.version()


def _has_postgres_driver() -> bool:
    """A bundle always has it (the spec names it); a checkout has it with the
    `postgres` or `dev` extra."""
    return bool(getattr(sys, "frozen", False)) or importlib.util.find_spec("psycopg") is not None


def _quiet_offscreen(kind, context, message: str) -> None:
    """The offscreen platform's notice about window size hints is not a problem."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def run_self_test() -> SelfTest:
    """Run every check; `failures` holds one line each (empty: all passed)."""
    from PySide6.QtCore import qInstallMessageHandler

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    test = SelfTest()
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        _run(test)
    finally:
        qInstallMessageHandler(previous)
    return test


def _run(test: SelfTest) -> None:
    with _scratch() as folder:
        from ui import crash
        from ui.application import create_qapplication

        app = create_qapplication([sys.argv[0]])
        crash.install(enabled=False)
        _import_features(test)
        db = test.check(
            Failure(QT_TRANSLATE_NOOP("SelfTest", "database")), lambda: _database(folder)
        )
        if db is None:
            return
        try:
            from app.services import Services
            from app.settings import Settings
            from ui.context import ChangeBus, UiContext

            services = Services(db)
            actor = test.check(
                Failure(QT_TRANSLATE_NOOP("SelfTest", "sign-in")), lambda: _sign_in(services)
            )
            ctx = None
            if actor is not None:
                ctx = UiContext(
                    services=services, actor=actor, settings=Settings(), bus=ChangeBus()
                )
            for language in LANGUAGES:
                test.check(
                    Failure(QT_TRANSLATE_NOOP("SelfTest", "translations (%s)"), language),
                    lambda lang=language: _translations(lang),
                )
                if ctx is not None:
                    _render_tabs(test, ctx, language)
            test.check(
                Failure(QT_TRANSLATE_NOOP("SelfTest", "claim PDF")), lambda: _claim_pdf(folder)
            )
            test.check(Failure(QT_TRANSLATE_NOOP("SelfTest", "booth bundle seal")), _booth_seal)
            if _has_postgres_driver():
                test.check(
                    Failure(QT_TRANSLATE_NOOP("SelfTest", "PostgreSQL driver")),
                    _postgres_driver,
                )
            if ctx is not None:
                test.check(
                    Failure(QT_TRANSLATE_NOOP("SelfTest", "chart PNG")),
                    lambda: _chart_png(ctx, folder),
                )
        finally:
            db.dispose()
            app.processEvents()


def main(language: str | None) -> int:
    """The command: progress is quiet, failures one line each on stderr."""
    passed = 0
    try:
        test = run_self_test()
        failures, passed = test.failures, test.passed
    except Exception as exc:  # the harness itself broke: still one line
        failures = [f"self-test: {reason(exc)}"]
        traceback.print_exc(file=sys.stderr)
    from app.i18n import command_line_choice, install_translators

    install_translators(command_line_choice(language))
    for line in failures:
        print(translate("SelfTest", "FAILED: %s") % line, file=sys.stderr)
    if failures:
        print(translate("SelfTest", "self-test: %d problem(s)") % len(failures))
        return 1
    print(translate("SelfTest", "self-test passed: %d checks") % passed)
    return 0
