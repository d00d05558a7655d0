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
        super().__init__(tr("The file %s cannot be written (%s).") % (path, os_reason(error)))


def os_reason(error: BaseException) -> str:
    """The system's reason for a failed file operation in the interface's language:
    the operating system words it in English whatever the interface says, so the
    common errno values are translated here (the English is the system's own text);
    others keep the system's."""
    import errno

    reasons = {
        errno.ENOENT: tr("No such file or directory", "os error"),
        errno.EACCES: tr("Permission denied", "os error"),
        errno.EPERM: tr("Operation not permitted", "os error"),
        errno.ENOSPC: tr("No space left on device", "os error"),
        errno.EROFS: tr("Read-only file system", "os error"),
        errno.EISDIR: tr("Is a directory", "os error"),
        errno.ENOTDIR: tr("Not a directory", "os error"),
        errno.EEXIST: tr("File exists", "os error"),
        errno.EBUSY: tr("Device or resource busy", "os error"),
        errno.ENAMETOOLONG: tr("File name too long", "os error"),
    }
    code = getattr(error, "errno", None)
    if code in reasons:
        return reasons[code]
    return getattr(error, "strerror", None) or str(error)


class DatabaseEnvironmentError(ServiceError):
    """The database cannot be used for a reason outside the program.

    Locked, disk full, read-only, server unreachable: the user can act on it, so
    it gets a clear message instead of the crash dialog.
    """
