"""Expense categories (费用类别) and their reimbursement standards (报销标准)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.budget.permissions import BudgetPermission
from app.budget.translation import tr
from app.context import Actor
from app.errors import ValidationError
from app.service import Change, Changed, Service, snapshot
from app.validation import check_text
from db.models.budget import ExpenseCategory

# (code, name, claim cap fen, line cap fen, standard note). Also inserted by migration b001.
SEED_CATEGORIES: list[tuple[str, str, int | None, int | None, str]] = [
    ("advertising", "广告宣传费", None, None, ""),
    ("promotion", "促销活动费", None, None, ""),
    ("research", "市场调研费", None, None, ""),
    ("channel", "渠道合作费", None, None, ""),
    ("travel", "差旅费", None, 80000, "住宿每晚不超过800元"),
    ("entertainment", "业务招待费", 200000, None, "每张报销单不超过2000元"),
    ("training", "培训费", None, None, ""),
    ("other", "其他", None, None, ""),
]


@dataclass(frozen=True)
class CategoryRow(Changed):
    id: int
    name: str
    code: str | None
    sort_order: int
    active: bool
    claim_cap_fen: int | None
    line_cap_fen: int | None
    standard_note: str
    version: int


@dataclass
class CategoryInput:
    name: str
    claim_cap_fen: int | None = None
    line_cap_fen: int | None = None
    standard_note: str = ""
    active: bool = True
    sort_order: int | None = None


def _row(c: ExpenseCategory) -> CategoryRow:
    return CategoryRow(
        c.id,
        c.name,
        c.code,
        c.sort_order,
        c.active,
        c.claim_cap_fen,
        c.line_cap_fen,
        c.standard_note,
        c.version,
    )


def _validate(data: CategoryInput) -> CategoryInput:
    name = check_text(data.name, "name", required=True, limit=50, label=tr("The name"))
    for field, cap in (("claim_cap", data.claim_cap_fen), ("line_cap", data.line_cap_fen)):
        if cap is not None and (not isinstance(cap, int) or cap <= 0):
            raise ValidationError(
                field,
                tr(
                    "A reimbursement limit must be a positive amount (leave it empty for no limit)."
                ),
            )
    note = check_text(data.standard_note, "standard_note", limit=500, label=tr("The standard note"))
    return CategoryInput(
        name, data.claim_cap_fen, data.line_cap_fen, note, bool(data.active), data.sort_order
    )


class ExpenseCategoryService(Service):
    def ensure_seed(self, actor: Actor) -> Change:
        """The eight categories of the rules exist (databases built without migrations)."""
        with self.tx(actor, None) as tx:
            existing = set(tx.session.scalars(select(ExpenseCategory.code)))
            names = set(tx.session.scalars(select(ExpenseCategory.name)))
            for order, (code, name, claim_cap, line_cap, note) in enumerate(SEED_CATEGORIES):
                if code in existing or name in names:
                    continue
                category = ExpenseCategory(
                    code=code,
                    name=name,
                    sort_order=order * 10,
                    claim_cap_fen=claim_cap,
                    line_cap_fen=line_cap,
                    standard_note=note,
                )
                tx.session.add(category)
                tx.audit("create", category, None)
        return tx.change

    def list_categories(self, actor: Actor, *, include_inactive: bool = True) -> list[CategoryRow]:
        with self.read(actor, None) as session:
            query = select(ExpenseCategory).order_by(ExpenseCategory.sort_order, ExpenseCategory.id)
            if not include_inactive:
                query = query.where(ExpenseCategory.active.is_(True))
            return [_row(c) for c in session.scalars(query)]

    def create_category(self, actor: Actor, data: CategoryInput) -> CategoryRow:
        data = _validate(data)
        with self.tx(actor, BudgetPermission.MANAGE_EXPENSE_CATEGORIES) as tx:
            self._check_unique(tx.session, data.name, None)
            order = data.sort_order
            if order is None:
                order = (tx.session.scalar(select(func.max(ExpenseCategory.sort_order))) or 0) + 10
            category = ExpenseCategory(
                name=data.name,
                claim_cap_fen=data.claim_cap_fen,
                line_cap_fen=data.line_cap_fen,
                standard_note=data.standard_note,
                active=data.active,
                sort_order=order,
            )
            tx.session.add(category)
            tx.audit("create", category, None)
            return tx.done(_row(category))

    def update_category(
        self, actor: Actor, category_id: int, expected_version: int, data: CategoryInput
    ) -> CategoryRow:
        data = _validate(data)
        with self.tx(actor, BudgetPermission.MANAGE_EXPENSE_CATEGORIES) as tx:
            category = tx.get(ExpenseCategory, category_id, expected_version)
            self._check_unique(tx.session, data.name, category_id)
            before = snapshot(category)
            category.name = data.name
            category.claim_cap_fen = data.claim_cap_fen
            category.line_cap_fen = data.line_cap_fen
            category.standard_note = data.standard_note
            category.active = data.active
            if data.sort_order is not None:
                category.sort_order = data.sort_order
            tx.audit("update", category, before)
            return tx.done(_row(category))

    @staticmethod
    def _check_unique(session, name: str, own_id: int | None) -> None:
        other = session.scalar(select(ExpenseCategory.id).where(ExpenseCategory.name == name))
        if other is not None and other != own_id:
            raise ValidationError("name", tr("The category '%s' exists already.") % name)
