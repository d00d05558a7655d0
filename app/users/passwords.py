"""Password hashing with argon2id (memory-hard), and the password policy."""

from __future__ import annotations

import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError, tr

# argon2id with the library's RFC 9106 "low memory" profile (64 MiB, 3 passes).
# Tests set MARKETDESK_FAST_KDF=1 to keep thousands of hashes affordable; the
# algorithm stays the same, only its cost drops.
if os.environ.get("MARKETDESK_FAST_KDF") == "1":
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
else:
    _hasher = PasswordHasher()

MIN_LENGTH = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_policy(password: str, field: str = "password") -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, tr("A password needs at least %d characters.") % MIN_LENGTH)
    if password.isdigit() or password.isalpha():
        raise ValidationError(field, tr("A password needs both letters and digits."))
