"""The revocation status list: a W3C Bitstring Status List credential.

Each certificate's index in the list is its primary key; a set bit means
revoked. The list is at least 131,072 bits long (16 KB), as the
specification asks, so that one credential's status says little about others.
"""

import base64
import gzip

from django.utils import timezone

from .credential import CONTEXTS, issuer_id, status_list_url, utc_timestamp
from .models import Certificate

MINIMUM_BITS = 131_072


def encoded_list(revoked_indexes) -> str:
    """The multibase (base64url, no padding) GZIP of the bitstring."""
    indexes = list(revoked_indexes)
    size = max(
        MINIMUM_BITS, (max(indexes, default=0) // MINIMUM_BITS + 1) * MINIMUM_BITS
    )
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the leftmost bit
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).decode().rstrip("=")


def is_set(encoded: str, index: int) -> bool:
    """Read one bit of an encoded list (verification, and tests)."""
    data = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    bits = gzip.decompress(base64.urlsafe_b64decode(data))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential() -> dict:
    revoked = Certificate.objects.filter(revoked_at__isnull=False).values_list(
        "pk", flat=True
    )
    return {
        "@context": CONTEXTS[:1],
        "id": status_list_url(),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": utc_timestamp(timezone.now()),
        "credentialSubject": {
            "id": f"{status_list_url()}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }
