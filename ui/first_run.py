"""First start with no database: offer the demo database or an empty start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class FirstRunDialog(QDialog):
    DEMO = 1
    EMPTY = 2

    def __init__(self, location: str, parent=None) -> None:
        super().__init__(parent)
        self.choice = 0
        self.setWindowTitle(self.tr("Welcome to MarketDesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to MarketDesk"))
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "There is no database yet. Try MarketDesk on a demo database with sample staff, "
                "customers and claims (one account per role, passwords shown at sign-in), or start "
                "an empty database for your office.\n\nThe database will be created at:\n%s"
            )
            % location
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        demo = QPushButton(self.tr("Open a &demo database"))
        demo.setObjectName("chooseDemo")
        demo.clicked.connect(lambda: self._choose(self.DEMO))
        empty = QPushButton(self.tr("Start &empty"))
        empty.setObjectName("chooseEmpty")
        empty.clicked.connect(lambda: self._choose(self.EMPTY))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(demo)
        row.addWidget(empty)
        row.addStretch()
        row.addWidget(cancel)
        layout.addLayout(row)
        demo.setDefault(True)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
