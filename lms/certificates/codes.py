"""Verification codes: 130 random bits, in base32 groups a person can type."""

import re
import secrets

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LENGTH = 26  # 26 characters of 5 bits: 130 bits
GROUP = 4


def new_code() -> str:
    """A fresh code such as "K7QM-2XPA-…", grouped by four."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_code(text: str) -> str | None:
    """A code as typed (any case, spaces or dashes) in its stored form, or None."""
    raw = re.sub(r"[\s\-]", "", text or "").upper()
    if len(raw) != LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))
