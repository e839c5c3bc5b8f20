"""The issuer's Ed25519 signing keys: read from files, never from the database.

CERTIFICATE_KEY_DIR holds one PEM private key per file. The file whose name
sorts last signs new credentials; every key in the folder stays published, so
credentials signed before a rotation keep verifying. Rotate by adding a file;
retire a key only when nothing it signed needs to verify any more.
"""

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from jwcrypto import jwk


@dataclass(frozen=True)
class SigningKey:
    """One issuer key: its id (from its public key) and the key itself."""

    kid: str
    jwk: jwk.JWK

    def public_jwk(self) -> dict:
        return {**self.jwk.export_public(as_dict=True), "kid": self.kid}


def _kid(public_raw: bytes) -> str:
    return "key-" + hashlib.sha256(public_raw).hexdigest()[:16]


def _load(path: Path) -> SigningKey:
    private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise ImproperlyConfigured(f"{path} is not an Ed25519 private key.")
    public_raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return SigningKey(kid=_kid(public_raw), jwk=jwk.JWK.from_pyca(private))


@cache
def _keys(folder: str) -> tuple[SigningKey, ...]:
    paths = sorted(Path(folder).glob("*.pem"))
    if not paths:
        raise ImproperlyConfigured(
            f"No issuer key in {folder}: run `python manage.py certificate_key`."
        )
    return tuple(_load(path) for path in paths)


def signing_keys() -> tuple[SigningKey, ...]:
    """Every published key, oldest first; the last one signs."""
    return _keys(str(settings.CERTIFICATE_KEY_DIR))


def current_key() -> SigningKey:
    return signing_keys()[-1]


def generate_key(folder: Path, name: str) -> Path:
    """Write a new Ed25519 private key (mode 600) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pem"
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.touch(mode=0o600, exist_ok=False)
    path.write_bytes(pem)
    _keys.cache_clear()
    return path
