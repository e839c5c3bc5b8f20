"""One shape for every API error and page: {"detail", "code", "errors"?}."""

from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination
from rest_framework.views import exception_handler as drf_exception_handler


class Pagination(PageNumberPagination):
    """Pages of 20, up to 100 with ?page_size=."""

    page_size_query_param = "page_size"
    max_page_size = 100


def exception_handler(exc, context):
    """DRF's handler, reshaped so that every error has `detail` and `code`."""
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {
            "detail": str(exceptions.ValidationError.default_detail),
            "code": "invalid",
            "errors": response.data
            if isinstance(response.data, dict)
            else {"non_field_errors": response.data},
        }
    elif isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        response.data = {
            "detail": str(exc.detail)
            if not isinstance(exc.detail, (list, dict))
            else exc.detail,
            "code": codes if isinstance(codes, str) else "error",
        }
    else:  # Http404 and PermissionDenied from Django
        response.data = {
            "detail": response.data.get("detail", ""),
            "code": "not_found" if response.status_code == 404 else "permission_denied",
        }
    return response
