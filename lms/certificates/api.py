"""Certificates in the API: the caller's own, and verification by code."""

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import permissions, serializers
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from . import credential, selectors
from .status_list import status_list_credential


class CertificateSerializer(serializers.Serializer):
    code = serializers.CharField()
    course = serializers.CharField(source="course_title")
    holder = serializers.CharField(source="holder_name")
    issued_at = serializers.DateTimeField()
    revoked_at = serializers.DateTimeField()
    pdf_url = serializers.SerializerMethodField()
    credential_url = serializers.SerializerMethodField()
    verify_url = serializers.SerializerMethodField()

    def get_pdf_url(self, certificate) -> str | None:
        """The PDF, once the worker has rendered it (moments after issuing)."""
        if not certificate.pdf:
            return None
        path = reverse("api-my-certificate-pdf", args=[certificate.code])
        return self.context["request"].build_absolute_uri(path)

    def get_credential_url(self, certificate) -> str:
        path = reverse("api-my-credential", args=[certificate.code])
        return self.context["request"].build_absolute_uri(path)

    def get_verify_url(self, certificate) -> str:
        path = reverse("certificates:verify", args=[certificate.code])
        return self.context["request"].build_absolute_uri(path)


class MyCertificatesView(APIView):
    """GET: the caller's certificates, newest first."""

    @extend_schema(responses={200: CertificateSerializer(many=True)})
    def get(self, request):
        certificates = selectors.my_certificates(user=request.user)
        return Response(
            CertificateSerializer(
                certificates, many=True, context={"request": request}
            ).data
        )


class VerifyView(APIView):
    """GET: `valid`, `revoked` (with date and reason) or `unknown`; rate-limited."""

    permission_classes = [permissions.AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "certificate_verify"

    @extend_schema(
        responses=inline_serializer(
            "Verification",
            {
                "status": serializers.ChoiceField(["valid", "revoked", "unknown"]),
                "holder": serializers.CharField(required=False),
                "course": serializers.CharField(required=False),
                "issuer": serializers.CharField(required=False),
                "issued_at": serializers.DateTimeField(required=False),
                "revoked_at": serializers.DateTimeField(required=False),
                "revocation_reason": serializers.CharField(required=False),
            },
        )
    )
    def get(self, request, code: str):
        result = selectors.verify(code=code)
        body = {"status": result.status}
        certificate = result.certificate
        if certificate is not None:
            body.update(
                holder=certificate.holder_name,
                course=certificate.course_title,
                issuer=settings.CERTIFICATE_ISSUER_NAME,
                issued_at=serializers.DateTimeField().to_representation(
                    certificate.issued_at
                ),
            )
            if certificate.is_revoked:
                body.update(
                    revoked_at=serializers.DateTimeField().to_representation(
                        certificate.revoked_at
                    ),
                    revocation_reason=certificate.revocation_reason,
                )
        return Response(body, status=404 if result.status == "unknown" else 200)


class IssuerView(APIView):
    """GET: the issuer's Open Badges profile."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={200: dict})
    def get(self, request):
        return Response(credential.issuer_profile())


class IssuerKeysView(APIView):
    """GET: the issuer's public keys (JWK Set), old ones included."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={200: dict})
    def get(self, request):
        return Response(credential.public_keys())


class AchievementView(APIView):
    """GET: what a course's certificate stands for."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={200: dict})
    def get(self, request, course_key):
        course = selectors.course_for_achievement(course_key=course_key)
        return Response(
            {
                "@context": credential.CONTEXTS,
                "id": request.build_absolute_uri(),
                "type": ["Achievement"],
                "name": course.title,
                "description": course.summary,
            }
        )


class StatusListView(APIView):
    """GET: the revocation status list, a signed Bitstring Status List credential."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(responses={(200, "application/vc+jwt"): str})
    def get(self, request):
        token = credential.sign(status_list_credential())
        return HttpResponse(token, content_type="application/vc+jwt")


class MyCredentialView(APIView):
    """GET: one of the caller's signed credentials (VC-JWT), to download."""

    @extend_schema(responses={(200, "application/vc+jwt"): str})
    def get(self, request, code: str):
        certificate = selectors.access_my_certificate(user=request.user, code=code)
        response = HttpResponse(
            certificate.credential, content_type="application/vc+jwt"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="certificate-{certificate.code}.jwt"'
        )
        return response


class MyCertificatePdfView(APIView):
    """GET: one of the caller's certificates as a PDF (404 until it is rendered)."""

    @extend_schema(responses={(200, "application/pdf"): bytes})
    def get(self, request, code: str):
        certificate = selectors.access_my_certificate(user=request.user, code=code)
        if not certificate.pdf:
            raise Http404
        return FileResponse(
            certificate.pdf.open("rb"),
            as_attachment=True,
            filename=f"certificate-{certificate.code}.pdf",
            content_type="application/pdf",
        )
