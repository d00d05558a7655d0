"""The pure checker on the phrase table, its context rules and its pattern checks."""

from __future__ import annotations

import pytest

from app.adcheck.checker import PatternError, Rule, check, validate_pattern
from app.adcheck.seed import SEED_RULES
from tests.adcheck.phrases import PHRASES

RULES = [
    Rule(
        pattern=s.pattern,
        article=s.article,
        explanation_zh=s.explanation_zh,
        explanation_en=s.explanation_en,
        suggestion=s.suggestion,
        exceptions=s.exceptions,
    )
    for s in SEED_RULES
]


def test_the_table_is_large_and_mixed():
    assert len(PHRASES) >= 60
    assert sum(1 for _, a in PHRASES if a is None) >= 20
    assert {a for _, a in PHRASES} == {None, "9(3)", "24(1)", "24(2)", "24(3)"}


@pytest.mark.parametrize(("text", "article"), PHRASES)
def test_phrase_is_classified(text, article):
    findings = check(text, RULES)
    if article is None:
        assert findings == [], [f.phrase for f in findings]
    else:
        assert article in {f.article for f in findings}, [(f.article, f.phrase) for f in findings]


def test_precision_and_recall_on_the_table():
    """Counted per phrase: every must-flag phrase flagged (recall 1), nothing flagged
    in the must-pass copy (precision 1). The figures are printed for the report."""
    tp = fp = fn = 0
    for text, article in PHRASES:
        flagged = bool(check(text, RULES))
        tp += flagged and article is not None
        fp += flagged and article is None
        fn += not flagged and article is not None
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    print(f"adcheck table: {len(PHRASES)} phrases, precision {precision:.3f}, recall {recall:.3f}")
    assert (precision, recall) == (1.0, 1.0)


def test_findings_carry_span_phrase_and_language():
    text = "暑期班报名，包过！最专业的老师"
    en = check(text, RULES, "en")
    zh = check(text, RULES, "zh_CN")
    assert [(f.phrase, f.article) for f in en] == [("包过", "24(1)"), ("最专业", "9(3)")]
    for f in en:
        assert text[f.start : f.end] == f.phrase
        assert f.suggestion
    assert "Art. 24(1)" in en[0].explanation
    assert "第二十四条" in zh[0].explanation


def test_overlapping_findings_keep_the_longer_one():
    findings = check("最高级的服务", RULES)
    assert [f.phrase for f in findings] == ["最高级"]


def test_exception_excuses_only_the_match_inside_it():
    rule = Rule("最高", "9(3)", "z", "e", exceptions=("最高可减",))
    assert check("最高可减200", [rule]) == []
    assert [f.start for f in check("最高可减200，最高水平", [rule])] == [8]


def test_disabled_and_phrase_rules():
    assert check("包过", [Rule("包过", "24(1)", "z", "e", enabled=False)]) == []
    phrase = Rule("a.b", "9(3)", "z", "e", is_regex=False)
    assert check("axb a.b", [phrase])[0].start == 4


def test_a_broken_stored_pattern_is_skipped():
    broken = Rule("(最", "9(3)", "z", "e")
    assert check("最好", [broken, *RULES])[0].phrase == "最好"


@pytest.mark.parametrize(
    "bad", ["(最", "[a-", "", "   ", "a*", "(?:x)?", "(a+)+b", r"(?:\w*\s?)*$", "(包.*){2,}"]
)
def test_validate_pattern_refuses(bad):
    with pytest.raises(PatternError):
        validate_pattern(bad)


def test_validate_pattern_accepts_and_escapes_phrases():
    assert validate_pattern(" 包过 ") == "包过"
    assert validate_pattern(r"(?:包|保)+过") == r"(?:包|保)+过"
    assert validate_pattern(r"(?:\+86)?1\d{10}") == r"(?:\+86)?1\d{10}"
    assert validate_pattern("(a+)+", is_regex=False) == "(a+)+"
    assert validate_pattern("(最", is_regex=False) == "(最"


def test_seed_patterns_and_exceptions_are_valid():
    keys = [s.key for s in SEED_RULES]
    assert len(keys) == len(set(keys))
    for s in SEED_RULES:
        validate_pattern(s.pattern)
        for source in s.exceptions:
            validate_pattern(source)


def test_full_width_text_is_matched_at_its_own_positions():
    text = "好课！１００％通过率"
    (finding,) = check(text, RULES)
    assert finding.phrase == "１００％通过率"
    assert text[finding.start : finding.end] == finding.phrase
