"""OpenAPI schema hooks."""


def public_api_only(endpoints, **kwargs):
    """Publish /api/v1/ only; Wagtail's internal admin API is not ours to document."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
