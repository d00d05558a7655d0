"""Platform test helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator


class Marking(QTranslator):
    """Marks every platform text it translates («text»): a test that new texts go
    through the translator, whatever the compiled catalogues hold."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "platform" else None

    def isEmpty(self):
        return False


@pytest.fixture
def marked(qapp):
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
