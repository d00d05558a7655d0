"""Typed errors raised by services. The UI shows their message as is.

Messages are user-visible, so they go through Qt's translation system
(QtCore only; the core never imports widgets).
"""

from __future__ import annotations

from app.translation import ContextTr

# The platform's context; each feature package has its own (app/<feature>/translation.py).
tr = ContextTr("platform")


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input. `field` names the field, so forms can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class PermissionDenied(ServiceError):
    pass


class ConflictError(ServiceError):
    """A stale edit, or a unique value already taken."""


class NotFound(ServiceError):
    pass


class AuthenticationError(ServiceError):
    pass


class FileWriteError(ServiceError):
    """A file the user chose cannot be written (missing folder, no permission, open in
    Excel, disk full): the path and the system's reason."""

    def __init__(self, path: object, error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        super().__init__(tr("The file %s cannot be written (%s).") % (path, reason))


class DatabaseEnvironmentError(ServiceError):
    """The database cannot be used for a reason outside the program.

    Locked, disk full, read-only, server unreachable: the user can act on it, so
    it gets a clear message instead of the crash dialog.
    """
