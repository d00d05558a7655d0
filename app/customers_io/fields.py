"""The customer fields a file column can be mapped to, with their header synonyms.

Header matching is done on a normalised header (full-width to half-width,
lower case, no spaces, no "*", no "(必填)"-style remarks): first an exact
synonym; then a guardian word plus a phone word (监护人联系方式) is the
guardian's phone; otherwise the longest synonym the header contains wins, so
客户等级 is the tier, not the name (客户).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.customers.fields import CUSTOMER_FIELDS
from app.customers_io.translation import tr


@dataclass(frozen=True)
class Field:
    key: str
    synonyms: tuple[str, ...]

    def label(self) -> str:
        return field_label(self.key)


# A header containing several synonyms goes to the longest one it contains.
FIELDS: tuple[Field, ...] = (
    Field(
        "guardian_phone",
        (
            "家长电话",
            "家长手机",
            "家长手机号",
            "家长联系电话",
            "监护人电话",
            "监护人手机",
            "父母电话",
            "guardianphone",
            "parentphone",
            "parentmobile",
            "guardianmobile",
        ),
    ),
    Field(
        "guardian_name",
        (
            "家长",
            "家长姓名",
            "监护人",
            "监护人姓名",
            "父母",
            "guardian",
            "guardianname",
            "parent",
            "parentname",
        ),
    ),
    Field("guardian_consent", ("家长同意", "监护人同意", "guardianconsent", "parentconsent")),
    Field(
        "id_number",
        ("身份证", "身份证号", "身份证号码", "证件号", "证件号码", "idnumber", "idcard", "idno"),
    ),
    Field(
        "birth_date",
        ("出生日期", "生日", "出生年月", "birthday", "birthdate", "dateofbirth", "dob"),
    ),
    Field(
        "created_on",
        (
            "登记日期",
            "登记时间",
            "录入日期",
            "创建日期",
            "创建时间",
            "日期",
            "咨询日期",
            "date",
            "created",
            "createdon",
            "registered",
        ),
    ),
    Field(
        "mobile",
        (
            "手机",
            "手机号",
            "手机号码",
            "联系电话",
            "电话",
            "电话号码",
            "联系方式",
            "mobile",
            "phone",
            "phonenumber",
            "mobilephone",
            "tel",
            "telephone",
            "cell",
            "cellphone",
        ),
    ),
    Field("wechat", ("微信", "微信号", "wechat", "wechatid", "weixin")),
    Field(
        "name",
        (
            "姓名",
            "名字",
            "学生姓名",
            "学员姓名",
            "客户姓名",
            "学生",
            "学员",
            "客户",
            "name",
            "fullname",
            "studentname",
            "customername",
            "customer",
            "student",
        ),
    ),
    Field("gender", ("性别", "gender", "sex")),
    Field("grade", ("年级", "班级", "grade", "class", "schoolyear")),
    Field("school", ("学校", "就读学校", "所在学校", "school")),
    Field(
        "district",
        ("区域", "地区", "区县", "所在区", "所在地区", "地址", "district", "area", "region"),
    ),
    Field("training_needs", ("培训需求", "需求", "学习需求", "trainingneeds", "needs")),
    Field(
        "course_interests",
        (
            "意向课程",
            "意向",
            "课程",
            "咨询课程",
            "courseinterests",
            "courseinterest",
            "course",
            "courses",
            "interest",
        ),
    ),
    Field("channel", ("渠道", "来源", "来源渠道", "获客渠道", "channel", "source", "leadsource")),
    Field("source_event", ("来源活动", "活动", "活动名称", "sourceevent", "event", "campaign")),
    Field("tier", ("等级", "客户等级", "分级", "级别", "意向等级", "tier", "level", "priority")),
    Field(
        "owner",
        (
            "负责人",
            "跟进人",
            "顾问",
            "课程顾问",
            "销售",
            "归属",
            "owner",
            "salesowner",
            "assignedto",
        ),
    ),
    Field("consent", ("同意联系", "联系授权", "授权", "同意", "consent", "contactconsent")),
    Field(
        "notes",
        ("备注", "说明", "备注信息", "notes", "note", "remark", "remarks", "comment", "comments"),
    ),
)

FIELD_KEYS = tuple(f.key for f in FIELDS)
FIELD_BY_KEY = {f.key: f for f in FIELDS}


def field_label(key: str) -> str:
    """The column's label; fields with a rule take the label of the customer form's
    table, so that a message names the field the same way in both."""
    rule = CUSTOMER_FIELDS.get(key)
    if rule is not None:
        return rule.label()
    labels = {
        "mobile": tr("Mobile", "customers_io"),
        "gender": tr("Gender", "customers_io"),
        "guardian_phone": tr("Guardian phone", "customers_io"),
        "guardian_consent": tr("Guardian consent", "customers_io"),
        "channel": tr("Channel", "customers_io"),
        "tier": tr("Tier", "customers_io"),
        "owner": tr("Owner", "customers_io"),
        "consent": tr("Contact consent", "customers_io"),
        "created_on": tr("Registered on", "customers_io"),
        "birth_date": tr("Date of birth", "customers_io"),
        "id_number": tr("ID number (checked, not kept)", "customers_io"),
    }
    return labels.get(key, key)


_REMARK = re.compile(r"[(（\[【].*?[)）\]】]")
_STRIP = re.compile(r"[\s*:：_\-./#]+")

_EXACT: dict[str, str] = {}
for _field in FIELDS:
    for _syn in _field.synonyms:
        _EXACT.setdefault(_syn, _field.key)


def normalise_header(text: object) -> str:
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text)).lower()
    stripped = _STRIP.sub("", _REMARK.sub("", value))
    return stripped or _STRIP.sub("", value)


def match_header(text: object) -> str | None:
    """The field a header names, or None."""
    header = normalise_header(text)
    if not header or len(header) > 40:
        return None
    if header in _EXACT:
        return _EXACT[header]
    if any(m in header for m in _GUARDIAN_MARKERS) and any(m in header for m in _PHONE_MARKERS):
        return "guardian_phone"
    best, best_len = None, 0
    for field in FIELDS:
        for synonym in field.synonyms:
            if len(synonym) <= best_len or synonym not in header:
                continue
            # Latin synonyms must start the header ("phone no." yes, "iphone" no).
            if synonym.isascii() and (len(synonym) < 4 or not header.startswith(synonym)):
                continue
            best, best_len = field.key, len(synonym)
    return best


_GUARDIAN_MARKERS = ("家长", "监护人", "父母", "爸爸", "妈妈", "parent", "guardian")
_PHONE_MARKERS = ("电话", "手机", "联系方式", "phone", "mobile", "tel")


HEADER_SCAN_ROWS = 30


def find_header_row(rows: list[list[object]]) -> int | None:
    """Index of the header row: the first of the top rows that names most fields.

    Title rows ("2025年秋季招生名单"), a printed date or blank rows above the
    header are skipped. At least two recognised columns, or a name column among two or
    more filled cells, are needed.
    """
    best_index, best_score = None, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys = {match_header(cell) for cell in row if cell not in (None, "")}
        keys.discard(None)
        score = len(keys)
        if score > best_score:
            best_index, best_score = index, score
    if best_index is None:
        return None
    row = rows[best_index]
    keys = {match_header(c) for c in row}
    filled = sum(1 for c in row if c not in (None, ""))
    # A lone title cell ("Students 2025", "学员名单") is not a header row.
    if best_score >= 2 or ("name" in keys and filled >= 2):
        return best_index
    return None


def auto_mapping(header: Sequence[object]) -> list[str | None]:
    """One field key (or None) per column; each field is taken by its first column."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for cell in header:
        key = match_header(cell)
        if key is not None and key in taken:
            key = None
        if key is not None:
            taken.add(key)
        mapping.append(key)
    return mapping
