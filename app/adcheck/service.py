"""The ad-copy check against the office's rules, and the administrator's rule editing.

`check(text)` needs no permission: anyone writing copy may check it. The rules
come from the ad_rules table; a database that has never had them written (one made
without the demo or the rules dialog, e.g. by the tests' create_all) is checked
against the shipped rules, which is what `ensure_seed` would write. Shipped rules
cannot be deleted, only switched off, so a table once seeded is never empty again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.adcheck.checker import Finding, PatternError, Rule, check, validate_pattern
from app.adcheck.permissions import AdCheckPermission
from app.adcheck.seed import SEED_RULES, SeedRule
from app.adcheck.translation import tr
from app.context import Actor
from app.errors import ValidationError
from app.service import Change, Changed, Service, Transaction, snapshot
from db.models.adcheck import AdRule

MAX_ARTICLE = 20
MAX_TEXT = 2000


@dataclass(frozen=True)
class AdRuleRow(Changed):
    id: int
    key: str | None
    article: str
    pattern: str
    is_regex: bool
    exceptions: tuple[str, ...]
    explanation_zh: str
    explanation_en: str
    suggestion: str
    enabled: bool
    version: int

    @property
    def shipped(self) -> bool:
        return self.key is not None

    def rule(self) -> Rule:
        return Rule(
            pattern=self.pattern,
            article=self.article,
            explanation_zh=self.explanation_zh,
            explanation_en=self.explanation_en,
            suggestion=self.suggestion,
            exceptions=self.exceptions,
            is_regex=self.is_regex,
            enabled=self.enabled,
            id=self.id,
        )


@dataclass
class AdRuleInput:
    article: str
    pattern: str
    explanation_zh: str = ""
    explanation_en: str = ""
    suggestion: str = ""
    exceptions: tuple[str, ...] = ()
    is_regex: bool = True
    enabled: bool = True


def reader_language() -> str:
    """The interface's language: install_translators (the GUI, and each command-line
    command) sets the default locale to it."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def _exceptions(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _row(r: AdRule) -> AdRuleRow:
    return AdRuleRow(
        id=r.id,
        key=r.key,
        article=r.article,
        pattern=r.pattern,
        is_regex=r.is_regex,
        exceptions=_exceptions(r.exceptions),
        explanation_zh=r.explanation_zh,
        explanation_en=r.explanation_en,
        suggestion=r.suggestion,
        enabled=r.enabled,
        version=r.version,
    )


def seed_rule(s: SeedRule) -> Rule:
    return Rule(
        pattern=s.pattern,
        article=s.article,
        explanation_zh=s.explanation_zh,
        explanation_en=s.explanation_en,
        suggestion=s.suggestion,
        exceptions=s.exceptions,
    )


SHIPPED_RULES: tuple[Rule, ...] = tuple(seed_rule(s) for s in SEED_RULES)


def _validate(data: AdRuleInput) -> AdRuleInput:
    article = data.article.strip()
    if not article:
        raise ValidationError("article", tr("The article is required, e.g. 9(3) or 24(1)."))
    if len(article) > MAX_ARTICLE:
        raise ValidationError(
            "article", tr("The article is too long (at most %d characters).") % MAX_ARTICLE
        )
    try:
        pattern = validate_pattern(data.pattern, data.is_regex)
    except PatternError as exc:
        raise ValidationError("pattern", str(exc)) from exc
    exceptions = []
    for source in data.exceptions:
        if not source.strip():
            continue
        try:
            exceptions.append(validate_pattern(source))
        except PatternError as exc:
            raise ValidationError("exceptions", tr("Exception: %s") % str(exc)) from exc
    zh, en = data.explanation_zh.strip(), data.explanation_en.strip()
    if not zh and not en:
        raise ValidationError(
            "explanation", tr("An explanation is required (in Chinese, English or both).")
        )
    suggestion = data.suggestion.strip()
    for field_name, value in (("explanation", zh), ("explanation", en), ("suggestion", suggestion)):
        if len(value) > MAX_TEXT:
            raise ValidationError(
                field_name, tr("The text is too long (at most %d characters).") % MAX_TEXT
            )
    return AdRuleInput(
        article=article,
        pattern=pattern,
        explanation_zh=zh,
        explanation_en=en,
        suggestion=suggestion,
        exceptions=tuple(exceptions),
        is_regex=data.is_regex,
        enabled=data.enabled,
    )


def _apply(rule: AdRule, data: AdRuleInput) -> None:
    rule.article = data.article
    rule.pattern = data.pattern
    rule.is_regex = data.is_regex
    rule.exceptions = "\n".join(data.exceptions)
    rule.explanation_zh = data.explanation_zh
    rule.explanation_en = data.explanation_en
    rule.suggestion = data.suggestion
    rule.enabled = data.enabled


def _write_seed(tx: Transaction) -> None:
    existing = set(tx.session.scalars(select(AdRule.key).where(AdRule.key.is_not(None))))
    for s in SEED_RULES:
        if s.key in existing:
            continue
        rule = AdRule(key=s.key)
        _apply(
            rule,
            AdRuleInput(
                s.article,
                s.pattern,
                s.explanation_zh,
                s.explanation_en,
                s.suggestion,
                s.exceptions,
            ),
        )
        tx.session.add(rule)
        tx.audit("create", rule, None, summary=s.key)


class AdCheckService(Service):
    # --- checking -----------------------------------------------------------------

    def rules(self, session: Session | None = None) -> list[Rule]:
        """The rules a check applies: the table's enabled ones, or the shipped rules
        while the table was never written. `session`: read in the caller's open
        transaction (a service checking copy it is about to write), not a new one."""
        if session is None:
            with self.db.session() as own:
                return self.rules(own)
        stored = list(session.scalars(select(AdRule).order_by(AdRule.id)))
        if not stored:
            return list(SHIPPED_RULES)
        return [_row(r).rule() for r in stored if r.enabled]

    def check(
        self, text: str, language: str | None = None, *, session: Session | None = None
    ) -> list[Finding]:
        """The findings of `text`, explained in `language` (default: the reader's)."""
        if not text.strip():
            return []
        return check(text, self.rules(session), language or reader_language())

    # --- the administrator's rules ------------------------------------------------

    def list_rules(self, actor: Actor) -> list[AdRuleRow]:
        with self.read(actor, AdCheckPermission.EDIT_RULES) as session:
            return [_row(r) for r in session.scalars(select(AdRule).order_by(AdRule.id))]

    def ensure_seed(self, actor: Actor) -> Change:
        """Write the shipped rules this database does not have yet (by key)."""
        with self.tx(actor, AdCheckPermission.EDIT_RULES) as tx:
            _write_seed(tx)
        return tx.change

    def create_rule(self, actor: Actor, data: AdRuleInput) -> AdRuleRow:
        data = _validate(data)
        with self.tx(actor, AdCheckPermission.EDIT_RULES) as tx:
            # The shipped rules first: a table holding only the office's own rules
            # would stop the shipped ones from applying.
            _write_seed(tx)
            rule = AdRule(key=None)
            _apply(rule, data)
            tx.session.add(rule)
            tx.audit("create", rule, None, summary=rule.pattern[:100])
            return tx.done(_row(rule))

    def update_rule(
        self, actor: Actor, rule_id: int, expected_version: int, data: AdRuleInput
    ) -> AdRuleRow:
        data = _validate(data)
        with self.tx(actor, AdCheckPermission.EDIT_RULES) as tx:
            rule = tx.get(AdRule, rule_id, expected_version)
            before = snapshot(rule)
            _apply(rule, data)
            tx.audit("update", rule, before, summary=rule.pattern[:100])
            return tx.done(_row(rule))

    def delete_rule(self, actor: Actor, rule_id: int, expected_version: int) -> Change:
        with self.tx(actor, AdCheckPermission.EDIT_RULES) as tx:
            rule = tx.get(AdRule, rule_id, expected_version)
            if rule.key is not None:
                raise ValidationError(
                    "rule", tr("A shipped rule cannot be deleted; switch it off instead.")
                )
            before = snapshot(rule)
            tx.session.delete(rule)
            tx.audit("delete", rule, before, summary=rule.pattern[:100])
        return tx.change
