"""Password hashing with argon2id (memory-hard), and the password policy."""

from __future__ import annotations

import logging
import os
import sys

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError, tr

log = logging.getLogger(__name__)

# argon2id with the library's RFC 9106 "low memory" profile (64 MiB, 3 passes).
_REAL = PasswordHasher()
# Tests set MARKETDESK_FAST_KDF=1 to keep thousands of hashes affordable; the
# algorithm stays the same, only its cost drops. Outside tests the variable is
# ignored (with a warning): a real database never gets a cheap hash, and one that
# got some is re-hashed at each account's next sign-in (needs_rehash).
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
FAST_KDF_VARIABLE = "MARKETDESK_FAST_KDF"
_warned = False


def fast_kdf_allowed() -> bool:
    """Under the test runner: pytest is loaded, or a test started this process."""
    return "pytest" in sys.modules or bool(os.environ.get("PYTEST_CURRENT_TEST"))


def _hasher() -> PasswordHasher:
    global _warned
    if os.environ.get(FAST_KDF_VARIABLE) != "1":
        return _REAL
    if fast_kdf_allowed():
        return _FAST
    if not _warned:
        _warned = True
        log.warning("%s=1 is for tests only and is ignored", FAST_KDF_VARIABLE)
    return _REAL


MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """The hash was made with other parameters than the current ones (the test KDF)."""
    try:
        return _hasher().check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def check_policy(password: str, field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, tr("A password needs at least %d characters.") % MIN_LENGTH)
    if password.isdigit() or password.isalpha():
        raise ValidationError(field, tr("A password needs both letters and digits."))
