"""The signed credential: Open Badges 3.0 schema, independent verification, tampering,
key rotation and the revocation status list."""

import base64
import json
from pathlib import Path

import jwt
import pytest
from django.conf import settings
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from lms.certificates import credential, services
from lms.certificates.credential import CredentialError, verify_signature
from lms.certificates.keys import generate_key, signing_keys
from lms.certificates.models import Certificate
from lms.certificates.status_list import is_set
from lms.learning import services as learning

pytestmark = pytest.mark.django_db

SCHEMA = (
    Path(settings.BASE_DIR).parent
    / "shared"
    / "fixtures"
    / "openbadges"
    / "ob_v3p0_achievementcredential_schema.json"
)


@pytest.fixture
def certificate(public_course, django_capture_on_commit_callbacks):
    from courses.models import LessonPage

    learner = UserFactory(preferred_language="en")
    services.certificate_name_confirm(user=learner, name="Somchai Jaidee")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in LessonPage.objects.live().descendant_of(public_course):
            learning.lesson_complete(user=learner, lesson=lesson)
    return Certificate.objects.get(user=learner)


def payload_of(token: str) -> dict:
    body = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


class TestCredential:
    @pytest.mark.skipif(not SCHEMA.exists(), reason="../shared/fixtures is absent")
    def test_it_validates_against_the_open_badges_3_schema(self, certificate):
        import jsonschema

        schema = json.loads(SCHEMA.read_text())
        document = payload_of(certificate.credential)
        jsonschema.validate(document, schema)
        assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
        subject = document["credentialSubject"]
        assert subject["identifier"][0]["identityHash"] == "Somchai Jaidee"
        assert subject["achievement"]["name"] == "Spot the scam"

    def test_an_independent_library_verifies_the_signature(self, certificate):
        keys = APIClient().get("/api/v1/certificates/issuer/keys/").json()["keys"]
        header = jwt.get_unverified_header(certificate.credential)
        assert (header["alg"], header["typ"]) == ("EdDSA", "vc+jwt")
        kid = header["kid"].rsplit("#", 1)[1]
        public = jwt.PyJWK(next(k for k in keys if k["kid"] == kid))
        document = jwt.decode(
            certificate.credential,
            key=public.key,
            algorithms=["EdDSA"],
            options={"verify_aud": False},
        )
        assert document["id"].endswith(f"/en/certificates/verify/{certificate.code}/")

    def test_our_verifier_accepts_it(self, certificate):
        assert verify_signature(certificate.credential)["name"] == "Spot the scam"


class TestTampering:
    def test_a_changed_byte_fails(self, certificate):
        head, body, signature = certificate.credential.split(".")
        forged = payload_of(certificate.credential)
        forged["credentialSubject"]["identifier"][0]["identityHash"] = "Mallory"
        token = ".".join([head, b64(json.dumps(forged).encode()), signature])
        with pytest.raises(CredentialError, match="signature"):
            verify_signature(token)

    def test_another_key_fails(self, certificate, tmp_path):
        from jwcrypto import jwk, jws

        stranger = jwk.JWK.generate(kty="OKP", crv="Ed25519")
        header = jwt.get_unverified_header(certificate.credential)
        token = jws.JWS(json.dumps(payload_of(certificate.credential)).encode())
        token.add_signature(stranger, alg="EdDSA", protected=json.dumps(header))
        with pytest.raises(CredentialError, match="signature"):
            verify_signature(token.serialize(compact=True))

    def test_alg_none_fails(self, certificate):
        header = b64(json.dumps({"alg": "none", "typ": "vc+jwt"}).encode())
        body = certificate.credential.split(".")[1]
        with pytest.raises(CredentialError, match="algorithm"):
            verify_signature(f"{header}.{body}.")

    def test_a_symmetric_algorithm_keyed_with_the_public_key_fails(self, certificate):
        import hashlib
        import hmac

        public = signing_keys()[-1].public_jwk()["x"]
        header = jwt.get_unverified_header(certificate.credential)
        head = b64(json.dumps({**header, "alg": "HS256"}).encode())
        body = certificate.credential.split(".")[1]
        mac = hmac.new(public.encode(), f"{head}.{body}".encode(), hashlib.sha256)
        with pytest.raises(CredentialError, match="algorithm"):
            verify_signature(f"{head}.{body}.{b64(mac.digest())}")

    def test_garbage_fails_as_malformed(self):
        for token in ("", "a.b", "not a token", "x" * 10_000):
            with pytest.raises(CredentialError, match="malformed"):
                verify_signature(token)


class TestKeysAndStatus:
    def test_a_credential_signed_before_a_rotation_still_verifies(
        self, certificate, settings, tmp_path
    ):
        for path in Path(settings.CERTIFICATE_KEY_DIR).glob("*.pem"):
            (tmp_path / path.name).write_bytes(path.read_bytes())
        settings.CERTIFICATE_KEY_DIR = tmp_path
        old_token = certificate.credential
        generate_key(tmp_path, "zz-rotated")
        assert len(signing_keys()) == 2
        new_token = credential.sign({"hello": "world"})
        assert (
            jwt.get_unverified_header(new_token)["kid"]
            != (jwt.get_unverified_header(old_token)["kid"])
        )
        assert verify_signature(old_token)["name"] == "Spot the scam"
        assert verify_signature(new_token) == {"hello": "world"}

    def test_revocation_sets_the_certificates_bit_in_the_signed_status_list(
        self, certificate
    ):
        api = APIClient()
        response = api.get("/api/v1/certificates/status/revocation/")
        assert response["Content-Type"] == "application/vc+jwt"
        listed = verify_signature(response.content.decode())
        entry = payload_of(certificate.credential)["credentialStatus"]
        assert entry["statusListCredential"] == listed["id"]
        index = int(entry["statusListIndex"])
        assert not is_set(listed["credentialSubject"]["encodedList"], index)

        certificate.revoked_at = timezone.now()
        certificate.save()
        listed = verify_signature(
            api.get("/api/v1/certificates/status/revocation/").content.decode()
        )
        assert is_set(listed["credentialSubject"]["encodedList"], index)
        assert not is_set(listed["credentialSubject"]["encodedList"], index + 1)

    def test_the_credential_download_is_for_its_holder_only(self, certificate):
        api = APIClient()
        api.force_authenticate(certificate.user)
        url = api.get("/api/v1/me/certificates/").json()[0]["credential_url"]
        response = api.get(url)
        assert response.content.decode() == certificate.credential
        api.force_authenticate(UserFactory())
        assert api.get(url).status_code == 404
