"""The ad-copy check itself: rules in, findings out, no database and no Qt.

A rule is data (app/adcheck/seed.py holds the shipped ones, the ad_rules table the
office's copy): a pattern, the article of the Advertising Law it applies, an
explanation in Chinese and English and a suggested rewording. Context is data too:
lookarounds inside the pattern ("第一(?!期|次)") and `exceptions`, regular
expressions that excuse a match lying wholly inside one of their matches
("最高可减" excuses the 最高 of a capped discount, "老学员推荐新学员" the referral).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from app.adcheck.translation import tr

# Chinese copy mixes Latin ("NO.1", "TOP1"): letters match in either case.
FLAGS = re.IGNORECASE
# Full-width Latin letters, digits and signs (１００％, ＮＯ．１), common in Chinese
# copy, are matched as their ASCII forms: one character for one, so the positions
# of the findings stay those of the text as written.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
MAX_PATTERN_LENGTH = 1000
# A repeated group that itself repeats, as (a+)+ or (\w*\s?)*: Python's re has no
# time limit, and such a pattern can take minutes on one line of copy, freezing the
# editor that checks as the user types. Refused when the rule is saved.
_NESTED_REPEAT = re.compile(r"\((?:[^()\\]|\\.)*(?<!\\)[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,)")


@dataclass(frozen=True)
class Rule:
    pattern: str
    article: str
    explanation_zh: str
    explanation_en: str
    suggestion: str = ""
    # Regular expressions, one per item: a match inside one of theirs is not a finding.
    exceptions: tuple[str, ...] = ()
    # False: `pattern` is a plain phrase, matched literally.
    is_regex: bool = True
    enabled: bool = True
    id: int | None = None

    def explanation(self, language: str) -> str:
        if language.startswith("zh"):
            return self.explanation_zh or self.explanation_en
        return self.explanation_en or self.explanation_zh


@dataclass(frozen=True)
class Finding:
    article: str
    phrase: str
    start: int
    end: int
    explanation: str
    suggestion: str
    rule_id: int | None = field(default=None, compare=False)


class PatternError(ValueError):
    """A pattern or exception that cannot be used; the message says why (translated)."""


def _compile(source: str, is_regex: bool) -> re.Pattern[str]:
    return re.compile(source if is_regex else re.escape(source), FLAGS)


def validate_pattern(source: str, is_regex: bool = True) -> str:
    """`source` stripped, or PatternError naming the problem: empty, too long, not a
    regular expression, or matching the empty text (it would flag every position)."""
    source = source.strip()
    if not source:
        raise PatternError(tr("A pattern is required."))
    if len(source) > MAX_PATTERN_LENGTH:
        raise PatternError(
            tr("The pattern is too long (at most %d characters).") % MAX_PATTERN_LENGTH
        )
    try:
        compiled = _compile(source, is_regex)
    except re.error as exc:
        raise PatternError(
            tr("'%s' is not a valid regular expression: %s") % (source, exc)
        ) from exc
    if is_regex and _NESTED_REPEAT.search(source):
        raise PatternError(
            tr("'%s' repeats a group that repeats itself: it could take minutes to check.") % source
        )
    if compiled.search("") is not None:
        raise PatternError(tr("'%s' matches empty text: it would flag every character.") % source)
    return source


@lru_cache(maxsize=1024)
def _compiled(source: str, is_regex: bool) -> re.Pattern[str] | None:
    """Compiled once per pattern; a pattern stored broken (edited in the database by
    hand) is skipped rather than breaking every check."""
    try:
        return _compile(source, is_regex)
    except re.error:
        return None


def _excused(text: str, start: int, end: int, exceptions: Iterable[str]) -> bool:
    for source in exceptions:
        compiled = _compiled(source, True)
        if compiled is None:
            continue
        # Only matches near the finding can contain it: search a window around it.
        lo = max(0, start - 40)
        for m in compiled.finditer(text, lo, min(len(text), end + 40)):
            if m.start() <= start and m.end() >= end:
                return True
            if m.start() > start:
                break
    return False


def check(text: str, rules: Sequence[Rule], language: str = "en") -> list[Finding]:
    """Every phrase of `text` that an enabled rule flags, in text order. Where two
    findings overlap (最高级 is both 最高 and 最高级) the earlier, then longer, one stays."""
    folded = text.translate(_FOLD)
    found: list[Finding] = []
    for rule in rules:
        if not rule.enabled:
            continue
        compiled = _compiled(rule.pattern, rule.is_regex)
        if compiled is None:
            continue
        for m in compiled.finditer(folded):
            if m.end() == m.start() or _excused(folded, m.start(), m.end(), rule.exceptions):
                continue
            found.append(
                Finding(
                    article=rule.article,
                    phrase=text[m.start() : m.end()],
                    start=m.start(),
                    end=m.end(),
                    explanation=rule.explanation(language),
                    suggestion=rule.suggestion,
                    rule_id=rule.id,
                )
            )
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for finding in found:
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept
