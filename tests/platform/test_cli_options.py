"""The command line's shared options and help: --db and --lang before or after every
subcommand, a description for every option, help in the --lang language, exit codes."""

from __future__ import annotations

import argparse
import ast
import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import app.i18n
from cli import build_parser
from cli.options import EXIT_CODES, scan_language, subcommands
from db.engine import sqlite_url
from main import main

ROOT = Path(__file__).resolve().parents[2]
SUBCOMMANDS = [name for name, _parser, _summary in subcommands(build_parser())]


def _parsers() -> list[tuple[list[str], argparse.ArgumentParser]]:
    parser = build_parser()
    return [([], parser)] + [(name.split(), sub) for name, sub, _ in subcommands(parser)]


def _required_positionals(parser: argparse.ArgumentParser) -> list[str]:
    """A value for each positional the subcommand requires."""
    values = []
    for action in parser._actions:
        if action.option_strings or action.nargs in ("?", "*", argparse.SUPPRESS):
            continue
        if isinstance(action, argparse._SubParsersAction):
            continue
        if action.choices:
            values.append(next(iter(action.choices)))
        else:
            values.append("2026" if action.type is int else "X")
    return values


def test_subcommands_are_found():
    assert {"demo", "check", "import-customers", "print-claim", "booth"} <= set(SUBCOMMANDS)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_db_and_lang_are_accepted_before_and_after_every_subcommand(name):
    parser = build_parser()
    sub = dict((n, p) for n, p, _ in subcommands(parser))[name]
    words = [*name.split(), *_required_positionals(sub)]
    url = "sqlite:////tmp/x.sqlite3"
    orders = [
        ["--db", url, "--lang", "en", *words],
        [*words, "--db", url, "--lang", "en"],
        ["--db", url, *words, "--lang=en"],
        ["--lang", "en", *words, "--db", url],
    ]
    for argv in orders:
        args = parser.parse_args(argv)
        assert (args.db, args.lang) == (url, "en"), argv
    # Absent after the subcommand, the values before it stand; absent everywhere, None.
    assert parser.parse_args(["--db", url, *words]).db == url
    args = parser.parse_args(words)
    assert (args.db, args.lang) == (None, None)
    # After the subcommand, the later one wins, as for any repeated option.
    assert parser.parse_args(["--lang", "zh_CN", *words, "--lang", "en"]).lang == "en"


def test_every_option_and_positional_has_a_description():
    missing = []
    for words, parser in _parsers():
        for action in parser._actions:
            if not action.help or action.help == argparse.SUPPRESS:
                missing.append(f"{' '.join(words) or 'marketdesk'}: {action.dest}")
            if isinstance(action, argparse._SubParsersAction):
                missing += [f"subcommand {a.dest}" for a in action._choices_actions if not a.help]
        if not parser.description:
            missing.append(f"{' '.join(words)}: no description")
    assert not missing


def _texts(parser: argparse.ArgumentParser) -> set[str]:
    """Every English text a parser's help shows (help strings, description, headings)."""
    texts = set()
    for text in (parser.description, parser.epilog):  # translated line by line
        texts |= {line.strip() for line in (text or "").split("\n") if line.strip()}
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            texts.add(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts |= {a.help for a in action._choices_actions}
    texts |= {group.title for group in parser._action_groups if group._group_actions}
    return texts


class _Marker(QTranslator):
    """Translates each "cli" text to a short token, so a text that bypasses the
    translator shows up in English."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.tokens: dict[str, str] = {}

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if context != "cli":
            return ""
        return self.tokens.setdefault(source, f"<T{len(self.tokens)}>")


@pytest.fixture
def marker(monkeypatch):
    """Installs the marker after the real translators, wherever the command line
    installs them; records the languages asked for."""
    original = app.i18n.install_translators
    state = {"languages": [], "marker": None}

    def install(language: str) -> str:
        state["languages"].append(language)
        result = original(language)
        qapp = QCoreApplication.instance()
        translator = _Marker(qapp)
        translator.tokens = state.setdefault("tokens", {})
        qapp.installTranslator(translator)
        app.i18n._installed.append(translator)
        return result

    monkeypatch.setattr(app.i18n, "install_translators", install)
    return state


@pytest.mark.parametrize("words", [w for w, _ in _parsers()], ids=lambda w: " ".join(w) or "top")
def test_help_goes_through_the_translator_in_the_lang_language(words, marker, capsys):
    parser = dict((tuple(w), p) for w, p in _parsers())[tuple(words)]
    with pytest.raises(SystemExit) as exited:
        main([*words, "--help", "--lang=zh_CN"])  # --lang after --help counts too
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert marker["languages"] and set(marker["languages"]) == {"zh_CN"}
    tokens = marker["tokens"]
    expected = _texts(parser) | {"usage:"}
    if not words:
        assert set(EXIT_CODES) <= expected
    untranslated = sorted(t for t in expected if t not in tokens or tokens[t] not in out)
    assert not untranslated
    # What is left in English is names, metavars and the language codes only.
    for text in expected:
        if len(text) > 12:
            assert text.strip() not in out


def test_help_language_is_scanned_in_every_form():
    assert scan_language(["--lang", "zh_CN", "demo"]) == "zh_CN"
    assert scan_language(["demo", "--scale", "3", "--lang", "en"]) == "en"
    assert scan_language(["demo", "--lang=zh_CN"]) == "zh_CN"
    assert scan_language(["--lang", "en", "demo", "--lang", "zh_CN"]) == "zh_CN"
    assert scan_language(["demo", "--lang", "fr"]) is None  # argparse reports it
    assert scan_language(["demo", "--lang"]) is None
    assert scan_language(["import-customers", "--", "--lang=en"]) is None
    assert scan_language([]) is None


def test_the_help_texts_are_extracted_for_translation(tmp_path):
    """pyside6-lupdate finds every help text in the "cli" context (marked with
    QT_TRANSLATE_NOOP where it is written), so the .ts files can carry it."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    files = {ROOT / "cli" / "__init__.py", ROOT / "cli" / "options.py"}
    texts: set[str] = set(EXIT_CODES) | {"usage:", "show this help message and exit"}
    for _words, parser in _parsers():
        texts |= _texts(parser)
        func = parser.get_default("func")
        if func is not None:
            files.add(Path(inspect.getsourcefile(func)))
    ts = tmp_path / "cli.ts"
    subprocess.run(
        [str(lupdate), *map(str, sorted(files)), "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    extracted = {
        message.findtext("source")
        for context in ET.parse(ts).iter("context")
        if context.findtext("name") == "cli"
        for message in context.iter("message")
    }
    assert sorted(texts - extracted) == []


def test_usage_errors_exit_with_2(capsys):
    for argv in (["demo", "--scale", "many"], ["demo", "--lang", "fr"], ["no-such-command"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2, argv
    assert "usage:" in capsys.readouterr().err


def test_top_level_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["--help", "--lang", "en"])
    out = capsys.readouterr().out
    for code in ("0", "1", "2"):
        assert any(line.split()[:1] == [code] for line in out.splitlines()), code


def test_demo_with_db_after_the_subcommand(tmp_path, _data_dir):
    from app.meta import is_demo
    from app.paths import default_db_path
    from db.engine import open_database

    after = sqlite_url(tmp_path / "after.sqlite3")
    before = sqlite_url(tmp_path / "before.sqlite3")
    assert main(["demo", "--db", after, "--scale", "10"]) == 0
    assert main(["--db", before, "demo", "--scale", "10"]) == 0
    for url in (after, before):
        db = open_database(url)
        try:
            assert is_demo(db)
        finally:
            db.dispose()
    assert not default_db_path().exists()  # neither went to the per-user database


def test_lang_after_the_subcommand(tmp_path, capsys):
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main(["demo", "--scale", "10", "--db", url, "--lang", "zh_CN"]) == 0
    assert capsys.readouterr().out.startswith("演示数据库已就绪：")


def test_an_unusable_database_is_one_line_and_status_2(tmp_path, capsys):
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert main(["check", "--db", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot open the database") and err.count("\n") == 1


def test_app_and_ui_never_import_the_command_line():
    offenders = []
    for package in ("app", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                if any(n == "cli" or n.startswith("cli.") for n in names):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
