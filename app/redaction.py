"""Secrets and personal data kept out of logs, crash reports and messages.

One place for it: the log file's handler (`RedactingFilter`, a safety net under
every logger), the crash dialog's report, the command line's error line and the
GUI's "cannot open the database" message all call these.
- a database URL's password: `postgresql://user:***@host/db` (SQLAlchemy's own
  rendering for a URL we hold, a pattern for URLs inside other text: a driver's
  message, an ArgumentError that quotes the string it could not parse);
- `password=...` of a libpq connection string;
- the SQL parameters SQLAlchemy appends to a database error
  (`[parameters: ('13812345678', '张三')]`): phones and names of customers.
"""

from __future__ import annotations

import logging
import re

# SQLAlchemy is imported where a URL is parsed, not here: the log set-up imports
# this module before the sign-in window, which must not wait for the data layer.

HIDDEN = "***"

# scheme://user:password@ : the password runs to the last "@" of the token, so that
# an unencoded "@" inside it is hidden too.
_URL_CREDENTIALS = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^\s:/@'\"]*):[^\s'\"]*@")
_CONNINFO_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?:'[^']*'|\S+)", re.IGNORECASE)
# SQLAlchemy's "[SQL: ...]" is followed by "[parameters: ...]" (one line, possibly long).
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
HIDDEN_PARAMETERS = "[parameters hidden]"


def redact_url(url: object) -> str:
    """A database URL fit to show or log: the password replaced by ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = str(url)
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        return redact_text(text)


def strip_sql_parameters(text: str) -> str:
    return _SQL_PARAMETERS.sub(HIDDEN_PARAMETERS, text)


def redact_text(text: str) -> str:
    """Any text (a message, a traceback) without credentials and SQL parameters."""
    text = _URL_CREDENTIALS.sub(lambda m: f"{m['head']}:{HIDDEN}@", text)
    text = _CONNINFO_PASSWORD.sub(lambda m: f"{m['head']}{HIDDEN}", text)
    return strip_sql_parameters(text)


class RedactingFilter(logging.Filter):
    """On a handler: the record's message and traceback redacted before formatting."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message)
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True
