"""Validation of customer input: every problem names its field, nothing is written."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.customers.fields import CUSTOMER_FIELDS
from app.customers.phones import Phone, normalize_phone
from app.customers.pipeline import FOLLOW_UP_METHODS, TIERS
from app.customers.rows import CustomerInput
from app.customers.translation import tr
from app.errors import ValidationError

# The wording stored with a consent when the form did not supply its own.
DEFAULT_CONSENT_WORDING = "本人同意贵机构通过电话、短信或微信联系本人，介绍课程与活动信息。"
MAX_TAGS = 20


@dataclass(frozen=True)
class CleanCustomer:
    data: CustomerInput
    mobile: Phone | None
    guardian_phone: Phone | None


def _text(value: str, key: str) -> str:
    return CUSTOMER_FIELDS[key].clean(value)


def validate_customer(data: CustomerInput) -> CleanCustomer:
    name = _text(data.name, "name")
    mobile = normalize_phone(data.mobile, "mobile", mobile_only=False)
    guardian = normalize_phone(data.guardian_phone, "guardian_phone")
    wechat = _text(data.wechat, "wechat")
    if mobile is None and guardian is None and not wechat:
        raise ValidationError(
            "mobile",
            tr(
                "Give at least one way to reach the customer: a mobile, a guardian phone or WeChat."
            ),
        )
    if data.gender not in ("", "M", "F"):
        raise ValidationError("gender", tr("Unknown gender '%s'.") % data.gender)
    tier = (data.tier or "B").strip().upper()
    if tier not in TIERS:
        raise ValidationError("tier", tr("The tier must be A, B or C."))
    guardian_name = _text(data.guardian_name, "guardian_name")
    if data.is_minor:
        if not guardian_name:
            raise ValidationError("guardian_name", tr("A minor needs a guardian's name."))
        if guardian is None and mobile is None:
            raise ValidationError("guardian_phone", tr("A minor needs a guardian's phone."))
        if not data.guardian_consent:
            raise ValidationError(
                "guardian_consent",
                tr("A minor's data may only be kept with the guardian's consent."),
            )
    tags = None
    if data.tags is not None:
        tags = []
        for tag in data.tags:
            tag = _text(tag, "tags")
            if tag and tag not in tags:
                tags.append(tag)
        if len(tags) > MAX_TAGS:
            raise ValidationError("tags", tr("At most %d tags.") % MAX_TAGS)
    wording = _text(data.consent_wording, "consent_wording")
    if data.consent_contact and not wording:
        wording = DEFAULT_CONSENT_WORDING
    clean = replace(
        data,
        name=name,
        wechat=wechat,
        tier=tier,
        guardian_name=guardian_name,
        tags=tags,
        mobile=mobile.e164 if mobile else "",
        guardian_phone=guardian.e164 if guardian else "",
        grade=_text(data.grade, "grade"),
        school=_text(data.school, "school"),
        district=_text(data.district, "district"),
        training_needs=_text(data.training_needs, "training_needs"),
        course_interests=_text(data.course_interests, "course_interests"),
        notes=_text(data.notes, "notes"),
        source_event=_text(data.source_event, "source_event"),
        consent_wording=wording,
    )
    return CleanCustomer(clean, mobile, guardian)


def validate_method(method: str) -> str:
    if method not in FOLLOW_UP_METHODS:
        raise ValidationError("method", tr("Unknown follow-up method '%s'.") % method)
    return method


def validate_satisfaction(value: int | None) -> int | None:
    if value is None:
        return None
    if not 1 <= int(value) <= 5:
        raise ValidationError("satisfaction", tr("Satisfaction is rated from 1 to 5."))
    return int(value)
