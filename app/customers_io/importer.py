"""Importing customers from .xlsx, .xls and .csv files.

    service = ImportService(db)
    loaded = service.open_file(path)                 # read, find the header, map columns
    preview = service.preview(actor, loaded, mapping)  # every row validated, duplicates found
    result = service.run(actor, preview, progress=..., cancel=...)  # one transaction

Duplicates (same normalised mobile; else same guardian phone and name; else
same WeChat) merge into one customer: a later row of the file fills the blanks
of the first, a row matching a customer in the database fills that customer's
blanks. Importing the same file again therefore adds nothing. Rows are
inserted with bulk Core inserts (app.customers_io.bulk) in the one transaction;
cancelling rolls it back.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.channels.aliases import CHANNEL_ALIASES
from app.context import Actor
from app.customers.keys import SEARCH_COLUMNS, search_columns, search_value_columns
from app.customers.pinyin import pinyin_keys
from app.customers_io.bulk import bind_value, insert_columns, insert_rows
from app.customers_io.cells import cell_text
from app.customers_io.fields import (
    HEADER_SCAN_ROWS,
    auto_mapping,
    field_label,
    find_header_row,
    match_header,
)
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.reader import FileReadError, read_file
from app.customers_io.rows import (
    MERGE_FIELDS,
    MERGED,
    NEW,
    REJECTED,
    SKIPPED,
    Lookups,
    RowResult,
    combine,
    join_notes,
    validate_rows,
)
from app.customers_io.staging import Staged, copy_staged, stage, staging_connection
from app.customers_io.translation import tr
from app.entities import kind
from app.errors import ConflictError, ValidationError
from app.races import lock_ids, retry_races
from app.service import Changed, Service, Transaction
from app.tasks import Cancelled
from db.base import table_of
from db.checkpoint import defer_checkpoint
from db.models.channels import Channel
from db.models.customers import Customer, CustomerStatusChange
from db.models.staff import Staff
from db.types import utcnow

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
CHUNK = 5000
BULK_LOAD_MIN_ROWS = 5000
BULK_LOAD_CACHE_KIB = 65536  # SQLite page cache during a bulk load
LOOKUP_CHUNK = 2000


class ImportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__(tr("The import was cancelled; nothing was saved."))


@dataclass
class LoadedFile:
    path: Path
    rows: list[list[Any]]
    header_row: int | None  # list index of the header row
    headers: list[str]
    mapping: list[str | None]  # automatic mapping, one field key per column
    encoding: str = ""
    # Warnings about the header row: a second column naming a field already taken.
    notices: list[str] = field(default_factory=list)

    @property
    def data_rows(self) -> int:
        start = 0 if self.header_row is None else self.header_row + 1
        return max(0, len(self.rows) - start)


@dataclass
class ImportPreview:
    file: LoadedFile
    mapping: list[str | None]
    results: list[RowResult]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def new_customers(self) -> int:
        return self.count(NEW)


@dataclass
class ImportResult(Changed):
    file: str
    imported: int = 0
    merged: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    dry_run: bool = False
    customer_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "merged": self.merged,
            "updated": self.updated,
            "skipped": self.skipped,
            "dry_run": self.dry_run,
            "rejected": [{"row": r, "reason": reason} for r, reason in self.rejected],
            "warnings": [{"row": r, "warning": text} for r, text in self.warnings],
        }


def with_header_row(loaded: LoadedFile, header_row: int | None) -> LoadedFile:
    """The file with `header_row` (a list index, or None) as its row of column names,
    and the automatic mapping of those names: when detection picked the wrong row,
    the user names the right one."""
    rows = loaded.rows
    if header_row is not None and not 0 <= header_row < len(rows):
        raise ValidationError("header_row", tr("The file has no row %d.") % (header_row + 1))
    if header_row is None:
        headers: list[str] = []
        mapping: list[str | None] = []
    else:
        headers = [cell_text(c) for c in rows[header_row]]
        mapping = auto_mapping(headers)
    notices = _repeated_columns(headers, mapping)
    width = max((len(r) for r in rows[:200]), default=0)
    if len(headers) < width:
        headers += [""] * (width - len(headers))
        mapping += [None] * (width - len(mapping))
    return LoadedFile(
        path=loaded.path,
        rows=rows,
        header_row=header_row,
        headers=headers,
        mapping=mapping,
        encoding=loaded.encoding,
        notices=notices,
    )


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _repeated_columns(headers: list[str], mapping: list[str | None]) -> list[str]:
    """A column left unmapped because an earlier one names the same field (a second
    手机 or 姓名): said, not dropped silently."""
    first = {key: i for i, key in reversed(list(enumerate(mapping))) if key}
    notices = []
    for index, (header, key) in enumerate(zip(headers, mapping, strict=False)):
        named = match_header(header) if key is None and header else None
        if named is not None and named in first:
            notices.append(
                tr(
                    "Column %s (%s) names %s like column %s, which is imported; column %s "
                    "is not imported unless you map it to another field."
                )
                % (
                    _column_letters(index),
                    header,
                    field_label(named),
                    _column_letters(first[named]),
                    _column_letters(index),
                )
            )
    return notices


def _as_sibling(result: RowResult, other: str) -> None:
    """A different person whose mobile is taken by `other` (siblings registered with
    a parent's phone): kept as a customer of their own, the number as the guardian
    phone, instead of merging and losing this name."""
    values = result.values
    assert values is not None
    mobile = values["mobile"]
    values["mobile"] = None
    if values.get("guardian_phone") in (None, mobile):
        values["guardian_phone"] = mobile
    else:
        values["notes"], _ = join_notes(
            values.get("notes", ""),
            tr("%s: %s", "a field of an imported row: its problem")
            % (field_label("mobile"), mobile),
        )
    result.key = ("g", values["guardian_phone"], values["name"])
    result.warnings.append(
        tr(
            "The mobile %s is also %s's: kept as a separate customer, with it as the guardian phone."  # noqa: E501
        )
        % (mobile, other)
    )


def _gc_paused(method):
    """Run `method` with Python's cyclic garbage collector paused, then collect the
    young generations once. An import of 100,000 rows creates hundreds of thousands
    of lists and tuples (none in a reference cycle) next to pypinyin's ~1M objects,
    and the collections triggered meanwhile walked them again and again (0.45 s of a
    3.85 s import, measured). The one collection at the end (~0.05 s) moves the
    survivors to the old generation, so that no deferred pass falls on whatever
    runs next. The collector stays off if it was off before."""

    @functools.wraps(method)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
                gc.collect(1)

    return paused


def _validate_mapping(mapping: list[str | None]) -> list[tuple[int, str]]:
    columns = [(i, key) for i, key in enumerate(mapping) if key]
    keys = [key for _, key in columns]
    for key in set(keys):
        if keys.count(key) > 1:
            raise ValidationError(
                "mapping", tr("Two columns are mapped to %s; map one only.") % field_label(key)
            )
    if "name" not in keys:
        raise ValidationError("mapping", tr("No column is mapped to the name."))
    if not {"mobile", "guardian_phone", "wechat"} & set(keys):
        raise ValidationError(
            "mapping", tr("No column is mapped to a mobile, a guardian phone or WeChat.")
        )
    return columns


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ImportService(Service):
    # --- reading -------------------------------------------------------------------

    @_gc_paused
    def open_file(self, path: str | Path) -> LoadedFile:
        """Read the file, find the header row below any title rows, map the columns.

        Raises FileReadError when the file cannot be read at all."""
        path = Path(path)
        # calamine parses with the GIL released: load pypinyin's dictionaries (~0.2 s,
        # needed by the import) while the file is being read.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-read") as pool:
            reading = pool.submit(read_file, path)
            pinyin_keys("张三")
            sheet = reading.result()
        rows = sheet.rows
        if not any(any(cell not in (None, "") for cell in row) for row in rows):
            raise FileReadError(tr("%s is empty.") % path.name)
        return with_header_row(
            LoadedFile(
                path=path,
                rows=rows,
                header_row=None,
                headers=[],
                mapping=[],
                encoding=sheet.encoding,
            ),
            find_header_row(rows),
        )

    # --- preview ---------------------------------------------------------------------

    def _lookups(self, session: Session, actor: Actor) -> Lookups:
        lookups = Lookups(
            default_owner_id=actor.staff_id, today=dt.datetime.now().astimezone().date()
        )
        for channel_id, code, name in session.execute(
            select(Channel.id, Channel.code, Channel.name)
        ):
            lookups.channels[code.lower()] = channel_id
            lookups.channels[name.lower()] = channel_id
            lookups.channel_names.append((name.lower(), channel_id))
            lookups.channel_names += [
                (alias, channel_id) for alias in CHANNEL_ALIASES.get(code, ())
            ]
        for staff_id, name in session.execute(
            select(Staff.id, Staff.name).where(Staff.active.is_(True)).order_by(Staff.id)
        ):
            lookups.staff.setdefault(name, staff_id)
        return lookups

    def _validate(
        self,
        loaded: LoadedFile,
        mapping: list[str | None],
        lookups: Lookups,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> list[RowResult]:
        if loaded.header_row is None:
            raise ValidationError(
                "mapping",
                tr(
                    "No header row was found: the file needs a row of column names such as "
                    "姓名 and 手机 within its first %d rows."
                )
                % HEADER_SCAN_ROWS,
            )
        columns = _validate_mapping(mapping)
        start = loaded.header_row + 1
        rows = loaded.rows
        name_index = next(i for i, key in columns if key == "name")
        lookups.header_name = (
            cell_text(rows[loaded.header_row][name_index])
            if name_index < len(rows[loaded.header_row])
            else ""
        )
        total = len(rows) - start
        results: list[RowResult] = []
        first_of: dict[tuple, RowResult] = {}
        for begin in range(start, len(rows), CHUNK):
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(begin - start, total)
            for result in validate_rows(rows[begin : begin + CHUNK], begin + 1, columns, lookups):
                if result.status == NEW:
                    first = first_of.get(result.key)  # type: ignore[arg-type]
                    if (
                        first is not None
                        and result.key[0] == "m"  # type: ignore[index]
                        and first.values["name"] != result.values["name"]  # type: ignore[index]
                    ):
                        _as_sibling(result, tr("row %d") % first.row)
                        first = first_of.get(result.key)  # type: ignore[arg-type]
                    if first is None:
                        first_of[result.key] = result  # type: ignore[index]
                    else:
                        if combine(first.values, result.values):  # type: ignore[arg-type]
                            result.warnings.append(
                                tr("Merging this row cut the notes of row %d to %d characters.")
                                % (first.row, len(first.values["notes"]))  # type: ignore[index]
                            )
                        result.status = MERGED
                        result.merged_into_row = first.row
                        result.reason = tr("same customer as row %d") % first.row
                results.append(result)
        if progress is not None:
            progress(total, total)
        return results

    def _match_database(self, session: Session, results: list[RowResult]) -> dict[int, dict]:
        """Mark first rows whose customer exists already; returns id -> existing values."""
        primaries = [
            r
            for r in results
            if r.status == NEW
            or (r.status == MERGED and r.existing_id is not None and r.merged_into_row is None)
        ]
        for r in primaries:
            if r.existing_id is not None:
                r.status, r.existing_id, r.reason = NEW, None, ""
        existing: dict[int, dict] = {}
        if session.scalar(select(Customer.id).limit(1)) is None:
            # An empty table: nothing to match (the first import); rows that
            # followed a first row matched earlier follow it back to new.
            for r in results:
                if r.merged_into_row is not None:
                    r.existing_id = None
            return existing
        by_kind: dict[str, dict] = {"m": {}, "g": {}, "w": {}}
        for r in primaries:
            by_kind[r.key[0]][r.key[1:]] = r  # type: ignore[index]
        columns = [Customer.id, *(getattr(Customer, f) for f in MERGE_FIELDS), Customer.notes]
        live = Customer.deleted_at.is_(None)

        def found(row, result: RowResult) -> None:
            values = dict(row._mapping)
            existing[values["id"]] = values
            result.status, result.existing_id = MERGED, values["id"]
            result.reason = tr("already in the database (#%d %s)") % (values["id"], values["name"])

        mobiles = [k[0] for k in by_kind["m"]]
        for chunk in _chunks(mobiles, LOOKUP_CHUNK):
            for row in session.execute(select(*columns).where(Customer.mobile.in_(chunk), live)):
                result = by_kind["m"][(row.mobile,)]
                if row.name != result.values["name"]:
                    _as_sibling(result, f"#{row.id} {row.name}")
                    by_kind["g"][result.key[1:]] = result
                else:
                    found(row, result)
        guardians = sorted({k[0] for k in by_kind["g"]})
        for chunk in _chunks(guardians, LOOKUP_CHUNK):
            query = select(*columns).where(Customer.guardian_phone.in_(chunk), live)
            for row in session.execute(query.order_by(Customer.id)):
                result = by_kind["g"].get((row.guardian_phone, row.name))
                if result is not None and result.existing_id is None:
                    found(row, result)
        wechats = [k[0] for k in by_kind["w"]]
        for chunk in _chunks(wechats, LOOKUP_CHUNK):
            # Compared as the file's rows are among themselves: case-insensitively.
            query = select(*columns).where(func.lower(Customer.wechat).in_(chunk), live)
            for row in session.execute(query.order_by(Customer.id)):
                result = by_kind["w"].get((row.wechat.lower(),))
                if result is not None and result.existing_id is None:
                    found(row, result)
        # Later rows of a customer that exists follow their first row.
        first_by_row = {r.row: r for r in primaries}
        for r in results:
            if r.merged_into_row is not None:
                r.existing_id = first_by_row[r.merged_into_row].existing_id
        return existing

    @_gc_paused
    def preview(
        self,
        actor: Actor,
        loaded: LoadedFile,
        mapping: list[str | None] | None = None,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportPreview:
        """Validate every row with `mapping` (default: the automatic one); nothing is written."""
        mapping = list(loaded.mapping if mapping is None else mapping)
        with self.read(actor, CustomerIoPermission.IMPORT_CUSTOMERS) as session:
            lookups = self._lookups(session, actor)
            lookups.consent_wording = self._consent_wording(loaded)
            results = self._validate(loaded, mapping, lookups, progress, cancel)
            self._match_database(session, results)
        return ImportPreview(file=loaded, mapping=mapping, results=results)

    @staticmethod
    def _consent_wording(loaded: LoadedFile) -> str:
        return tr("Consent as recorded in the imported file %s") % loaded.path.name

    # --- import ------------------------------------------------------------------------

    @_gc_paused
    def run(
        self,
        actor: Actor,
        preview: ImportPreview,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        dry_run: bool = False,
    ) -> ImportResult:
        """Import the previewed rows in one transaction (all or nothing).

        Duplicates are matched again inside the transaction, so a customer added
        since the preview is merged, not duplicated. `dry_run` computes the
        result and writes nothing."""
        # On PostgreSQL another seat's import or save can win a race for the same
        # customers; the import then runs again from the start (app/races.py).
        try:
            return retry_races(self._run)(actor, preview, progress, cancel, dry_run)
        except IntegrityError as exc:
            # A customer with one of these mobiles was saved in a way the matching
            # could not see: nothing was written.
            raise ConflictError(
                tr(
                    "Someone else saved customers with some of these phone numbers while the "
                    "import was running; nothing was imported. Import the file again."
                )
            ) from exc

    def _run(
        self,
        actor: Actor,
        preview: ImportPreview,
        progress: Progress | None,
        cancel: Cancel | None,
        dry_run: bool,
    ) -> ImportResult:
        """SQLite: a large import's new rows are staged before the write lock is
        taken, so other MarketDesk processes' saves wait only for the copy (staging.py)."""
        news = [r for r in preview.results if r.status == NEW]
        with staging_connection(self.db, 0 if dry_run else len(news)) as conn:
            staged = None
            if conn is not None:
                staged = Staged(_COLUMNS)
                build = _ColumnBuilder(conn, utcnow(), staged.uuids)
                total = len(news) + 1

                def chunks() -> Iterable[list[list]]:
                    return _built_chunks(news, build, total, progress, cancel)

                stage(conn, _COLUMNS, chunks())
            return self._write(actor, preview, progress, cancel, dry_run, conn, staged)

    def _write(
        self,
        actor: Actor,
        preview: ImportPreview,
        progress: Progress | None,
        cancel: Cancel | None,
        dry_run: bool,
        conn: Connection | None,
        staged: Staged | None,
    ) -> ImportResult:
        result = ImportResult(file=preview.file.path.name, dry_run=dry_run)
        with self.tx(actor, CustomerIoPermission.IMPORT_CUSTOMERS, connection=conn) as tx:
            existing = self._match_database(tx.session, preview.results)
            if not dry_run and lock_ids(tx.session, Customer.id, existing):
                # Another seat's import may have filled the same blanks while we
                # waited for the locks: match again on the values as they are now.
                existing = self._match_database(tx.session, preview.results)
            news = [r for r in preview.results if r.status == NEW]
            total = len(news) + 1
            if progress is not None:
                progress(0, total)
            updates = self._updates(preview.results, existing)
            if preview.file.header_row is not None:
                result.warnings += [(preview.file.header_row + 1, n) for n in preview.file.notices]
            for r in preview.results:
                if r.status == REJECTED:
                    result.rejected.append((r.row, r.reason))
                elif r.status == SKIPPED:
                    result.skipped += 1
                elif r.status == MERGED:
                    result.merged += 1
                if r.warnings:
                    result.warnings += [(r.row, w) for w in r.warnings]
            result.imported, result.updated = len(news), len(updates)
            if dry_run:
                return tx.done(result)
            self._apply_updates(tx, updates, existing, preview.file.path.name)
            result.customer_ids = self._insert(tx, news, progress, cancel, total, staged)
            tx.change.add(kind(Customer))  # rows inserted in bulk, without an audit row each
            tx.audit(
                "import",
                entity="customers",
                entity_id="",
                summary=tr("Imported %s: %d new, %d merged, %d updated, %d rejected, %d skipped")
                % (
                    result.file,
                    result.imported,
                    result.merged,
                    result.updated,
                    len(result.rejected),
                    result.skipped,
                ),
                after={
                    "file": str(preview.file.path),
                    "imported": result.imported,
                    "merged": result.merged,
                    "updated": result.updated,
                    "rejected": len(result.rejected),
                    "skipped": result.skipped,
                },
            )
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(total, total)
        return tx.done(result)

    @staticmethod
    def _updates(results: list[RowResult], existing: dict[int, dict]) -> dict[int, dict]:
        """Per existing customer, the blank fields the file fills and notes it adds."""
        incoming: dict[int, dict] = {}
        rows: dict[int, RowResult] = {}
        for r in results:
            if r.status == MERGED and r.existing_id is not None and r.merged_into_row is None:
                incoming[r.existing_id] = r.values or {}
                rows[r.existing_id] = r
        updates: dict[int, dict] = {}
        for customer_id, values in incoming.items():
            current = existing[customer_id]
            change: dict[str, Any] = {}
            for key in MERGE_FIELDS:
                value = values.get(key)
                if value not in (None, "") and current.get(key) in (None, ""):
                    change[key] = value
            old = current.get("notes") or ""
            notes, cut = join_notes(old, values.get("notes", ""), "\n")
            if notes != old:
                change["notes"] = notes
            warning = tr(
                "The notes of #%d were cut to %d characters when this row was added to them."
            ) % (customer_id, len(notes))
            if cut and warning not in rows[customer_id].warnings:  # a dry run came first
                rows[customer_id].warnings.append(warning)
            if change:
                updates[customer_id] = change
        return updates

    @staticmethod
    def _apply_updates(
        tx: Transaction, updates: dict[int, dict], existing: dict[int, dict], file_name: str
    ) -> None:
        # Loaded LOOKUP_CHUNK at a time, not one query per customer.
        customers = {
            c.id: c
            for chunk in _chunks(list(updates), LOOKUP_CHUNK)
            for c in tx.session.scalars(select(Customer).where(Customer.id.in_(chunk)))
        }
        for customer_id, change in updates.items():
            customer = customers[customer_id]
            before = {key: existing[customer_id].get(key) for key in change}
            for key, value in change.items():
                setattr(customer, key, value)
            if {"name", "mobile", "guardian_phone"} & set(change):
                for key, value in search_columns(
                    customer.name, customer.mobile, customer.guardian_phone
                ).items():
                    setattr(customer, key, value)
            tx.session.flush()
            tx.audit(
                "update",
                entity="customers",
                entity_id=customer_id,
                before=before,
                after=dict(change),
                summary=tr("filled from the import of %s") % file_name,
            )

    def _drop_indexes_for_bulk_load(self, tx: Transaction, new_rows: int) -> list:
        """SQLite bulk load: when the file brings at least as many customers as the
        table holds, drop the customer indexes and build them again after the
        insert (sorting once is several times faster than 100,000 random B-tree
        inserts into each index). DDL is transactional in SQLite, so a cancel or
        an error rolls the indexes back with the rows; unique indexes are rebuilt
        last and still refuse duplicates. PostgreSQL keeps its indexes (dropping
        them would lock the table for every other user)."""
        if not self.db.is_sqlite or new_rows < BULK_LOAD_MIN_ROWS:
            return []
        existing = tx.session.scalar(select(func.count()).select_from(Customer)) or 0
        if new_rows < existing:
            return []
        conn = tx.session.connection()
        indexes = sorted(table_of(Customer).indexes, key=lambda i: (i.unique, i.name))
        for index in indexes:
            index.drop(conn)
        return indexes

    def _insert(
        self,
        tx: Transaction,
        news: list[RowResult],
        progress: Progress | None,
        cancel: Cancel | None,
        total: int,
        staged: Staged | None = None,
    ) -> list[int]:
        """Bulk insert the new customers and their first status history row.

        (A writer thread overlapping executemany with building the next chunk was
        measured slower: binding parameters holds the GIL.)"""
        conn = tx.session.connection()
        table = table_of(Customer)
        now = utcnow()
        max_before = (
            tx.session.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
        )
        uuids: list[str] = [] if staged is None else staged.uuids
        build = _ColumnBuilder(conn, now, uuids)
        rebuild = self._drop_indexes_for_bulk_load(tx, len(news))
        if len(news) >= BULK_LOAD_MIN_ROWS:
            defer_checkpoint(conn)  # copying the pages into the file is not the import's job
        cache_size = None
        if rebuild:
            # A page cache that holds the new rows: CREATE INDEX then reads the table
            # and sorts in memory instead of re-reading spilled pages from the WAL
            # (-15% for the index builds on 100k rows). Put back afterwards.
            cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_LOAD_CACHE_KIB}")
        try:
            if staged is not None:  # built before the write lock was taken
                copy_staged(conn, staged)
            else:
                for columns in _built_chunks(news, build, total, progress, cancel):
                    insert_columns(conn, table, _COLUMNS, columns)
            for index in rebuild:
                index.create(conn)
        finally:
            if cache_size is not None:
                conn.exec_driver_sql(f"PRAGMA cache_size={int(cache_size)}")
        if not news:
            return []
        by = tx.actor.display_name or tx.actor.username
        if self.db.is_sqlite:
            # The transaction holds SQLite's only write lock: every id above
            # max_before is one of ours, in insertion (file) order.
            conn.exec_driver_sql(
                "INSERT INTO customer_status_changes (customer_id, from_status, to_status, "
                "reason, changed_at, changed_by) SELECT id, '', 'new', ?, ?, ? FROM customers "
                "WHERE id > ?",
                (
                    tr("imported"),
                    bind_value(conn, table_of(CustomerStatusChange), "changed_at")(now),
                    by,
                    max_before,
                ),
            )
            count, low, high = conn.exec_driver_sql(
                "SELECT count(*), min(id), max(id) FROM customers WHERE id > ?", (max_before,)
            ).one()
            if count == len(news) and high - low + 1 == count:
                return list(range(low, high + 1))  # ids given in order, without gaps
            return list(
                conn.exec_driver_sql(
                    "SELECT id FROM customers WHERE id > ? ORDER BY id", (max_before,)
                ).scalars()
            )
        # Others may insert concurrently on PostgreSQL: match our UUIDs.
        wanted = set(uuids)
        id_of = {
            ident.hex: cid
            for cid, ident in conn.execute(
                select(Customer.id, Customer.uuid).where(Customer.id > max_before)
            )
            if ident.hex in wanted
        }
        ids = [id_of[u] for u in uuids]
        reason = tr("imported")
        insert_rows(
            conn,
            table_of(CustomerStatusChange),
            ("customer_id", "from_status", "to_status", "reason", "changed_at", "changed_by"),
            [(cid, "", "new", reason, now, by) for cid in ids],
        )
        return ids


_COLUMNS = (
    "uuid",
    "name",
    "mobile",
    "wechat",
    "gender",
    "grade",
    "school",
    "guardian_name",
    "guardian_phone",
    "district",
    "training_needs",
    "course_interests",
    "notes",
    "channel_id",
    "source_event",
    "owner_id",
    "tier",
    "status",
    "lost_reason",
    "consent_contact",
    "consent_at",
    "consent_wording",
    "is_minor",
    "guardian_consent",
    "guardian_consent_at",
    "created_at",
    "updated_at",
    *SEARCH_COLUMNS,
    "version",
)


class _ColumnBuilder:
    """The values of `_COLUMNS` for `insert_columns`, column by column: values as
    the column types store them (UUIDs as 32 hex digits, timestamps through the
    type's processor, flags as 0/1 on SQLite), search columns by `search_value_columns`.
    Whole columns are list comprehensions, ~3x faster than a 40-value tuple a row,
    and a column that is the same for every row is one list."""

    def __init__(self, conn, now: dt.datetime, uuids: list[str]) -> None:
        table = table_of(Customer)
        self.uuids = uuids
        stamp = bind_value(conn, table, "created_at")
        self.stamp = stamp
        self.now = stamp(now)
        sqlite = conn.dialect.name == "sqlite"
        # sqlite3 stores True as 1 either way; an int skips its adapter lookup.
        self.flags = (0, 1) if sqlite else (False, True)
        # The Uuid type stores 32 hex digits on SQLite; PostgreSQL parses them too.
        assert bind_value(conn, table, "uuid")(uuid.UUID(int=1)) in (
            "00000000000000000000000000000001",
            uuid.UUID(int=1),
        )

    def __call__(self, chunk: list[RowResult]) -> list[list]:
        n = len(chunk)
        now, stamp = self.now, self.stamp
        no, yes = self.flags
        # uuid4() reads the OS random source once per id; one read per chunk does
        # the same. Version 4 and the RFC 4122 variant are set as uuid.UUID does.
        pool = os.urandom(16 * n).hex()
        idents = [
            f"{h[:12]}4{h[13:16]}{_VARIANT[h[16]]}{h[17:]}"
            for h in [pool[i : i + 32] for i in range(0, 32 * n, 32)]
        ]
        self.uuids += idents
        rows = [r.values or {} for r in chunk]

        def text(key: str) -> list:
            return [v.get(key, "") for v in rows]

        names = [v["name"] for v in rows]
        mobiles = [v.get("mobile") for v in rows]
        guardians = [v.get("guardian_phone") for v in rows]
        consents = [bool(v.get("consent_contact")) for v in rows]
        guardian_consents = [bool(v.get("guardian_consent")) for v in rows]
        return [
            idents,
            names,
            mobiles,
            text("wechat"),
            text("gender"),
            text("grade"),
            text("school"),
            text("guardian_name"),
            guardians,
            text("district"),
            text("training_needs"),
            text("course_interests"),
            text("notes"),
            [v.get("channel_id") for v in rows],
            text("source_event"),
            [v.get("owner_id") for v in rows],
            [v.get("tier", "B") for v in rows],
            ["new"] * n,
            [""] * n,
            [yes if c else no for c in consents],
            [now if c else None for c in consents],
            [
                v.get("consent_wording", "") if c else ""
                for v, c in zip(rows, consents, strict=True)
            ],
            [yes if v.get("is_minor") else no for v in rows],
            [yes if c else no for c in guardian_consents],
            [now if c else None for c in guardian_consents],
            [now if (created := v.get("created_at")) is None else stamp(created) for v in rows],
            [now] * n,
            *search_value_columns(names, mobiles, guardians),
            [1] * n,
        ]


# The variant nibble of a UUID: 10xx.
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def _built_chunks(news, build, total: int, progress, cancel) -> Iterator[list[list]]:
    """The new rows as insert columns, CHUNK at a time, reporting progress and
    stopping when the user cancels (staged before the write lock, or inserted)."""
    for done, chunk in zip(range(0, len(news), CHUNK), _chunks(news, CHUNK), strict=True):
        if cancel is not None and cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)
        yield build(chunk)
