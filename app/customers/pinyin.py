"""Pinyin search keys for names, computed once when a customer is saved.

pypinyin reads some surnames wrong by default (单 dan, 曾 ceng, 解 jie ...), so
the first character of a name uses the surname reading. `zs` finds 张三 through
the initials column, `zhangs` through the full-pinyin column; `xiaotong` finds 曾晓彤
through the given name's pinyin and `zengxt` through the mixed column (the surname in
full, the given name's initials).
"""

from __future__ import annotations

import functools
import unicodedata

# Surname readings that differ from the common reading of the character.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "乐": "yue",
    "区": "ou",
    "查": "zha",
    "盖": "ge",
    "覃": "qin",
    "尉": "yu",
    "缪": "miao",
    "翟": "zhai",
    "万": "wan",
    "秘": "bi",
    "繁": "po",
    "员": "yun",
    "种": "chong",
    "莘": "shen",
    "召": "shao",
    "长": "chang",
    "柏": "bai",
    "藏": "zang",
    "沈": "shen",
    "折": "she",
    "隗": "wei",
    "宓": "mi",
    "便": "pian",
    "黑": "he",
    "能": "nai",
    "句": "gou",
    "阚": "kan",
    "厍": "she",
    "纪": "ji",
    "任": "ren",
    "华": "hua",
    "过": "guo",
    "燕": "yan",
    "谌": "chen",
    "洗": "xian",
    "冼": "xian",
    "贲": "ben",
    "祭": "zhai",
    "费": "fei",
    "卜": "bu",
    "薄": "bo",
    "重": "chong",
    "石": "shi",
}
# Compound surnames read as a unit.
COMPOUND_SURNAMES: dict[str, list[str]] = {
    "尉迟": ["yu", "chi"],
    "万俟": ["mo", "qi"],
    "单于": ["chan", "yu"],
    "长孙": ["zhang", "sun"],
    "澹台": ["tan", "tai"],
}

# Compound surnames with their common readings: two syllables of surname, not one, when
# the given name is split off for search (欧阳修: given name "xiu").
TWO_SYLLABLE_SURNAMES = frozenset(
    {*COMPOUND_SURNAMES, "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒"}
    | {"夏侯", "公孙", "令狐", "宇文", "西门", "南宫", "独孤", "端木", "轩辕", "呼延"}
)


@functools.lru_cache(maxsize=1)
def _lazy_pinyin():
    # pypinyin costs ~170 ms to import: only when a name is actually converted.
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    def slow(text: str) -> list[str]:
        return lazy_pinyin(text, style=Style.NORMAL, errors="default", strict=False)

    single: dict[str, str] = {}

    def convert(text: str) -> list[str]:
        # Fast path with the same result (~20x faster, for bulk import): when every
        # character is a Chinese character and no two or more of them form a phrase
        # of pypinyin's dictionary, pypinyin segments the text into single characters
        # and reads each alone, so the memoised single readings are its answer.
        n = len(text)
        if (
            n > 6
            or not all(ord(ch) in PINYIN_DICT for ch in text)
            or any(text[i:j] in PHRASES_DICT for i in range(n) for j in range(i + 2, n + 1))
        ):
            return slow(text)
        out = []
        for ch in text:
            reading = single.get(ch)
            if reading is None:
                reading = single[ch] = slow(ch)[0]
            out.append(reading)
        return out

    return convert


def _syllables(name: str) -> list[str]:
    name = unicodedata.normalize("NFKC", name).strip()
    if not name:
        return []
    convert = _lazy_pinyin()
    for compound, readings in COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            return readings + convert(name[len(compound) :]) if len(name) > 2 else list(readings)
    first = SURNAME_READINGS.get(name[0])
    if first is not None:
        rest = convert(name[1:]) if len(name) > 1 else []
        return [first, *rest]
    return convert(name)


@functools.lru_cache(maxsize=1)
def _name_tables():
    """What the fast path of `pinyin_keys` needs: pypinyin's phrase dictionary, its
    single-character dictionary, a memo of one token per character and the tokens
    of the surname readings."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    global _TABLES
    surname_tokens = {ch: _token(reading) for ch, reading in SURNAME_READINGS.items()}
    _TABLES = (PHRASES_DICT, PINYIN_DICT, {}, surname_tokens)
    return _TABLES


_TABLES: tuple | None = None  # _name_tables(), once loaded


def _token(part: str) -> str:
    return "".join(ch for ch in part.lower() if ch.isalnum())


def _fast_keys(name: str) -> tuple[str, str, str, str] | None:
    """`_reference_keys(name)` for a short name of Chinese characters without a
    compound surname and without a phrase of pypinyin's dictionary; None when
    the name is anything else. The same rules as `_syllables` and the convert
    fast path of `_lazy_pinyin`, with one memoised token per character (~5x
    faster, for bulk import; tests/customers_io/test_fast_paths.py compares)."""
    n = len(name)
    if not 0 < n <= 6 or name[:2] in TWO_SYLLABLE_SURNAMES:
        return None
    phrases, single_dict, tokens, surname_tokens = _TABLES or _name_tables()
    first = surname_tokens.get(name[0])
    start = 0 if first is None else 1
    rest = n - start
    if rest == 2:
        if name[start:] in phrases:
            return None
    elif rest == 3:
        if (
            name[start : start + 2] in phrases
            or name[start + 1 :] in phrases
            or name[start:] in phrases
        ):
            return None
    elif rest > 3:
        for i in range(start, n - 1):
            for j in range(i + 2, n + 1):
                if name[i:j] in phrases:
                    return None
    parts = [] if first is None else [first]
    for ch in name[start:]:
        token = tokens.get(ch)
        if token is None:
            # Only Chinese characters NFKC leaves alone (no spaces, no compatibility forms).
            if ord(ch) not in single_dict or unicodedata.normalize("NFKC", ch) != ch:
                return None
            token = tokens[ch] = _token(_lazy_pinyin()(ch)[0])
        parts.append(token)
    if not unicodedata.is_normalized("NFKC", name):
        return None
    if "" in parts:
        parts = [p for p in parts if p]
    return _keys(parts, 1)


def _keys(parts: list[str], surname: int) -> tuple[str, str, str, str]:
    """(full, initials, given, mixed) of a name's pinyin tokens, the first `surname` of
    them the surname: 曾晓彤 -> ("zengxiaotong", "zxt", "xiaotong", "zengxt"). A name of
    the surname alone (or none) has no given-name keys."""
    initials = "".join([p[0] for p in parts])
    if len(parts) <= surname:
        return "".join(parts), initials, "", ""
    head = "".join(parts[:surname])
    given = "".join(parts[surname:])
    return head + given, initials, given, head + initials[surname:]


@functools.lru_cache(maxsize=65536)
def name_keys(name: str) -> tuple[str, str, str, str]:
    """(full, initials, given, mixed) in lower case without separators: 曾晓彤 ->
    ("zengxiaotong", "zxt", "xiaotong", "zengxt"); see _keys.

    Non-Chinese parts (Latin names, digits) stay as typed, lower-cased; spaces go.
    """
    keys = _fast_keys(name)
    return keys if keys is not None else _reference_keys(name)


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full, initials): 张三 -> ("zhangsan", "zs")."""
    full, initials, _given, _mixed = name_keys(name)
    return full, initials


def _reference_keys(name: str) -> tuple[str, str, str, str]:
    parts = [
        token
        for token in (
            "".join(ch for ch in part.lower() if ch.isalnum()) for part in _syllables(name)
        )
        if token
    ]
    # The surname: a compound one is two syllables; a name not starting with a Chinese
    # character (a Latin name) has none that pinyin search would split off.
    normal = unicodedata.normalize("NFKC", name).strip()
    surname = 2 if normal[:2] in TWO_SYLLABLE_SURNAMES else 1
    if not normal or not _is_han(normal[0]):
        surname = len(parts)
    return _keys(parts, surname)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def is_pinyin_query(text: str) -> bool:
    """Latin letters only: a pinyin (or Latin-name) search."""
    return bool(text) and text.isascii() and text.isalpha()
