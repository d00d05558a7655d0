"""Exporting customers to .xlsx: the current view (a CustomerQuery) or a selection.

Headers in Chinese or English (the Chinese ones are those the importer maps,
so an export can be imported elsewhere); phones, WeChat and guardian names are
masked for roles that may not see them (app.customers.masking); every export
writes an audit row naming who exported how many customers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, false, select

from app.context import Actor
from app.customers.common import LocalDates
from app.customers.masking import guardian_name_for, may_see_contacts, phone_for, wechat_for
from app.customers.phones import national_of
from app.customers.pipeline import Status, status_label
from app.customers.search import CustomerQuery, conditions, order_by
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.translation import tr
from app.customers_io.xlsx import DATE, TEXT, Sheet, write_workbook
from app.errors import ValidationError
from app.service import Change, Service
from app.translation import in_language
from db.models.channels import Channel
from db.models.customers import Customer
from db.models.staff import Staff

# (key, English header, Chinese header, kind)
EXPORT_COLUMNS: tuple[tuple[str, str, str, str], ...] = (
    ("name", "Name", "姓名", TEXT),
    ("mobile", "Mobile", "手机", TEXT),
    ("wechat", "WeChat", "微信", TEXT),
    ("gender", "Gender", "性别", TEXT),
    ("grade", "Grade", "年级", TEXT),
    ("school", "School", "学校", TEXT),
    ("guardian_name", "Guardian", "家长姓名", TEXT),
    ("guardian_phone", "Guardian phone", "家长电话", TEXT),
    ("district", "District", "区域", TEXT),
    ("training_needs", "Training needs", "培训需求", TEXT),
    ("course_interests", "Course interests", "意向课程", TEXT),
    ("channel", "Channel", "渠道", TEXT),
    ("source_event", "Source event", "来源活动", TEXT),
    ("owner", "Owner", "负责人", TEXT),
    ("tier", "Tier", "客户等级", TEXT),
    ("status", "Status", "状态", TEXT),
    ("created", "Registered on", "登记日期", DATE),
    ("last_contact", "Last contact", "最近联系", DATE),
    ("next_follow_up", "Next follow-up", "下次回访", DATE),
    ("consent", "Contact consent", "同意联系", TEXT),
    ("notes", "Notes", "备注", TEXT),
)
LANGUAGES = ("zh_CN", "en")
# A printed list is for working from paper; more customers than this go to an export.
PRINT_LIMIT = 2000
_GENDER = {"zh_CN": {"M": "男", "F": "女"}, "en": {"M": "male", "F": "female"}}
_YES_NO = {"zh_CN": ("是", "否"), "en": ("yes", "no")}


@dataclass
class ExportOptions:
    """What to export: the customers with these ids (a selection), or those matching
    `query` (the current view; default: every customer the actor may see)."""

    ids: list[int] | None = None
    query: CustomerQuery | None = None
    language: str = "zh_CN"


def headers(language: str) -> list[str]:
    index = 2 if language == "zh_CN" else 1
    return [column[index] for column in EXPORT_COLUMNS]


class ExportService(Service):
    def _statement(self, actor: Actor, options: ExportOptions):
        statement = (
            select(
                Customer.id,
                Customer.name,
                Customer.mobile,
                Customer.wechat,
                Customer.gender,
                Customer.grade,
                Customer.school,
                Customer.guardian_name,
                Customer.guardian_phone,
                Customer.district,
                Customer.training_needs,
                Customer.course_interests,
                Channel.name.label("channel_name"),
                Customer.source_event,
                Staff.name.label("owner_name"),
                Customer.tier,
                Customer.status,
                Customer.created_at,
                Customer.last_contact_at,
                Customer.next_follow_up,
                Customer.consent_contact,
                Customer.notes,
            )
            .outerjoin(Channel, Channel.id == Customer.channel_id)
            .outerjoin(Staff, Staff.id == Customer.owner_id)
        )
        query = options.query or CustomerQuery(sort="id", descending=False)
        where = conditions(actor, query, self.db.engine.dialect.name)
        if options.ids is not None:
            # A selection: the same scope rules, by id.
            statement = statement.where(
                and_(*where), Customer.id.in_(options.ids) if options.ids else false()
            )
            return statement.order_by(Customer.id)
        return statement.where(and_(*where)).order_by(*order_by(query))

    def _rows(self, actor: Actor, result, language: str) -> Iterator[tuple]:
        contacts = may_see_contacts(actor)
        genders, (yes, no) = _GENDER[language], _YES_NO[language]
        # The labels in the export's language, whatever the interface's: Chinese labels
        # under Chinese headers.
        with in_language(language):
            statuses = {status.value: status_label(status) for status in Status}
        local_date = LocalDates()
        for row in result:
            mobile = national_of(row.mobile)
            guardian = national_of(row.guardian_phone)
            if not contacts:
                mobile = phone_for(actor, mobile)
                guardian = phone_for(actor, guardian)
            yield (
                row.name,
                mobile,
                row.wechat if contacts else wechat_for(actor, row.wechat),
                genders.get(row.gender, ""),
                row.grade,
                row.school,
                row.guardian_name if contacts else guardian_name_for(actor, row.guardian_name),
                guardian,
                row.district,
                row.training_needs,
                row.course_interests,
                row.channel_name or "",
                row.source_event,
                row.owner_name or "",
                row.tier,
                statuses.get(row.status, row.status),
                local_date(row.created_at),
                local_date(row.last_contact_at),
                row.next_follow_up,
                yes if row.consent_contact else no,
                row.notes,
            )

    def export(
        self,
        actor: Actor,
        path: str | Path,
        options: ExportOptions,
        *,
        progress: Callable[[int], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Change:
        """Write the customers to `path` (.xlsx); the change's result is how many were
        exported."""
        language = options.language if options.language in LANGUAGES else "zh_CN"
        path = Path(path)
        statement = self._statement(actor, options)
        with self.read(actor, CustomerIoPermission.EXPORT_CUSTOMERS) as session:
            # Core rows, streamed: no ORM row processing for 100,000 plain tuples.
            result = session.connection().execution_options(yield_per=5000).execute(statement)
            kinds = [column[3] for column in EXPORT_COLUMNS]
            sheet_name = "客户" if language == "zh_CN" else "Customers"
            count = write_workbook(
                path,
                [Sheet(sheet_name, headers(language), kinds, self._rows(actor, result, language))],
                cancel=cancel,
                progress=progress,
            )
        what = tr("selection") if options.ids is not None else tr("view")
        change = self.db_audit(actor, count, path, what, may_see_contacts(actor))
        change.result = count
        return change

    def db_audit(self, actor: Actor, count: int, path: Path, what: str, unmasked: bool) -> Change:
        with self.tx(actor, None) as tx:
            tx.audit(
                "export",
                entity="customers",
                entity_id="",
                summary=tr("Exported %d customers (%s) to %s%s")
                % (count, what, path.name, "" if unmasked else tr(", contacts masked")),
                after={"file": str(path), "count": count, "masked": not unmasked},
            )
        return tx.change

    # -- printing the list ------------------------------------------------------------
    def list_pdf(self, actor: Actor, options: ExportOptions) -> tuple[bytes, int]:
        """The customers of `options` as a printed list (PDF bytes, for a preview or a
        printer; audited by record_list_print once printed) and how many there are.
        More than PRINT_LIMIT customers are refused: that is a job for the export."""
        import io

        buffer = io.BytesIO()
        count = self._write_list(actor, options, buffer)
        return buffer.getvalue(), count

    def record_list_print(
        self, actor: Actor, options: ExportOptions, count: int, how: str
    ) -> Change:
        """Audit that a list of `count` customers was printed (`how`: printer or file)."""
        actor.require(CustomerIoPermission.EXPORT_CUSTOMERS)
        masked = not may_see_contacts(actor)
        what = tr("selection") if options.ids is not None else tr("view")
        with self.tx(actor, None) as tx:
            tx.audit(
                "print",
                entity="customers",
                entity_id="",
                summary=tr("Printed a list of %d customers (%s, %s)%s")
                % (count, what, how, tr(", contacts masked") if masked else ""),
                after={"how": how, "count": count, "masked": masked},
            )
        return tx.change

    def _write_list(self, actor: Actor, options: ExportOptions, target) -> int:
        from app.customers_io.list_pdf import LIST_COLUMNS, write_customer_list
        from app.office.service import organization_name

        language = options.language if options.language in LANGUAGES else "zh_CN"
        keys = [column[0] for column in EXPORT_COLUMNS]
        picked = [keys.index(key) for key in LIST_COLUMNS]
        with self.read(actor, CustomerIoPermission.EXPORT_CUSTOMERS) as session:
            rows = (
                session.connection()
                .execute(self._statement(actor, options).limit(PRINT_LIMIT + 1))
                .all()
            )
            if len(rows) > PRINT_LIMIT:
                raise ValidationError(
                    "customers",
                    tr(
                        "A printed list holds at most %d customers; this one has more. Narrow "
                        "the search or the filters, or export the customers to Excel instead."
                    )
                    % PRINT_LIMIT,
                )
            cells = [[row[i] for i in picked] for row in self._rows(actor, rows, language)]
        titles = [headers(language)[i] for i in picked]
        heading = tr("Customer list", "customer list")
        write_customer_list(
            titles,
            cells,
            list(LIST_COLUMNS.values()),
            target,
            heading=heading,
            masked=not may_see_contacts(actor),
            organisation=organization_name(self.db, actor),
            printed_by=actor.display_name or actor.username,
        )
        return len(cells)
