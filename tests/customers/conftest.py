"""Fixtures of the customer tests: a manager, seeded channels, a customer factory."""

from __future__ import annotations

import itertools

import pytest

from app.customers.rows import CustomerInput

_numbers = itertools.count(1)


@pytest.fixture
def customers(services, actors):
    services.customers.ensure_seed_channels(actors["admin"])
    return services.customers


def next_mobile() -> str:
    return f"139{next(_numbers):08d}"


@pytest.fixture
def make_customer(customers, actors):
    def make(name: str = "张三", actor: str = "manager", **fields):
        fields.setdefault("mobile", next_mobile())
        return customers.create_customer(actors[actor], CustomerInput(name=name, **fields))

    return make


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    """Column widths and hidden columns go to this test's folder, not the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield
