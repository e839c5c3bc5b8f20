"""Open Badges 3.0 credentials, signed as VC-JWT with the issuer's Ed25519 key.

Why VC-JWT (EdDSA) rather than a Data Integrity proof: a JWS is verified by
any JOSE library on the bytes as they are, with no JSON-LD canonicalisation,
so it needs no context documents fetched from the web (these machines cannot)
and no RDF library; the payload is the W3C VC 2.0 credential itself
(VC-JOSE-COSE, media type `vc+jwt`).
"""

import json
from datetime import UTC

from django.conf import settings
from django.urls import reverse
from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from .keys import current_key, signing_keys

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
JWT_TYPE = "vc+jwt"


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id() -> str:
    return _absolute(reverse("api-certificate-issuer"))


def status_list_url() -> str:
    return _absolute(reverse("api-certificate-status-list"))


def issuer_profile() -> dict:
    """The issuer's Open Badges Profile, with every published public key."""
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": settings.WAGTAILADMIN_BASE_URL,
    }


def public_keys() -> dict:
    """The issuer's public keys as a JWK Set; old keys stay for old credentials."""
    return {"keys": [key.public_jwk() for key in signing_keys()]}


def utc_timestamp(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_credential(certificate, *, description: str) -> dict:
    """The OpenBadgeCredential of a certificate (unsigned)."""
    subject = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "hashed": False,
                "identityHash": certificate.holder_name,
                "identityType": "name",
            }
        ],
        "achievement": {
            "id": _absolute(
                reverse("api-certificate-achievement", args=[certificate.course_key])
            ),
            "type": ["Achievement"],
            "achievementType": "Certificate",
            "name": certificate.course_title,
            "description": description or certificate.course_title,
            "criteria": {
                "narrative": "Completed every required lesson and passed every "
                "required quiz of the course, as recorded by the issuer's server."
            },
            "inLanguage": certificate.language,
        },
    }
    if certificate.cpd_hours is not None:
        subject["creditsEarned"] = float(certificate.cpd_hours)
    index = str(certificate.pk)
    return {
        "@context": CONTEXTS,
        "id": _absolute(reverse("certificates:verify", args=[certificate.code])),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": issuer_id(),
            "type": ["Profile"],
            "name": settings.CERTIFICATE_ISSUER_NAME,
        },
        "validFrom": utc_timestamp(certificate.issued_at),
        "name": certificate.course_title,
        "credentialSubject": subject,
        "credentialStatus": {
            "id": f"{status_list_url()}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": index,
            "statusListCredential": status_list_url(),
        },
    }


def sign(payload: dict) -> str:
    """A compact JWS of the payload, signed with the current issuer key."""
    key = current_key()
    token = jws.JWS(json.dumps(payload, ensure_ascii=False).encode())
    token.add_signature(
        key.jwk,
        alg="EdDSA",
        protected={"alg": "EdDSA", "kid": f"{issuer_id()}#{key.kid}", "typ": JWT_TYPE},
    )
    return token.serialize(compact=True)


class CredentialError(ValueError):
    """Why a credential does not verify (a short code a page can explain)."""


def verify_signature(token: str) -> dict:
    """The payload of a JWS signed by one of our published keys, or CredentialError.

    Only EdDSA with a key id we publish is accepted: `alg: none`, symmetric
    algorithms and keys named inside the token are refused before any check.
    """
    try:
        parsed = jws.JWS()
        parsed.deserialize(token.strip())
        header = parsed.jose_header
    except (JWException, ValueError, TypeError) as error:
        raise CredentialError("malformed") from error
    if header.get("alg") != "EdDSA":
        raise CredentialError("algorithm")
    kid = str(header.get("kid", "")).rsplit("#", 1)[-1]
    key = next((k for k in signing_keys() if k.kid == kid), None)
    if key is None:
        raise CredentialError("unknown_key")
    public = jwk.JWK(**key.public_jwk())
    try:
        parsed.verify(public, alg="EdDSA")
    except JWException as error:
        raise CredentialError("signature") from error
    try:
        return json.loads(parsed.payload)
    except ValueError as error:
        raise CredentialError("malformed") from error
