"""Display preferences (text size, contrast, simplified mode, motion)."""

from dataclasses import asdict, dataclass

from django.http import HttpRequest, HttpResponse

from .choices import TextSize
from .services import user_update_profile

COOKIE_NAME = "readi_display"
COOKIE_AGE = 60 * 60 * 24 * 365


@dataclass(frozen=True)
class DisplayPreferences:
    """How pages should look for this reader."""

    text_size: str = TextSize.NORMAL
    high_contrast: bool = False
    simplified_mode: bool = False
    reduced_motion: bool = False

    def css_classes(self) -> str:
        classes = [f"text-{self.text_size}"]
        if self.high_contrast:
            classes.append("high-contrast")
        if self.simplified_mode:
            classes.append("simplified")
        if self.reduced_motion:
            classes.append("reduced-motion")
        return " ".join(classes)

    def to_cookie(self) -> str:
        return ".".join(
            [
                self.text_size,
                "c" if self.high_contrast else "-",
                "s" if self.simplified_mode else "-",
                "m" if self.reduced_motion else "-",
            ]
        )

    @classmethod
    def from_cookie(cls, value: str) -> "DisplayPreferences":
        parts = value.split(".")
        if len(parts) != 4 or parts[0] not in TextSize.values:
            return cls()
        return cls(
            text_size=parts[0],
            high_contrast=parts[1] == "c",
            simplified_mode=parts[2] == "s",
            reduced_motion=parts[3] == "m",
        )


def preferences_for(request: HttpRequest) -> DisplayPreferences:
    """A member's saved preferences, or a visitor's from their cookie."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return DisplayPreferences(
            text_size=user.text_size,
            high_contrast=user.high_contrast,
            simplified_mode=user.simplified_mode,
            reduced_motion=user.reduced_motion,
        )
    return DisplayPreferences.from_cookie(request.COOKIES.get(COOKIE_NAME, ""))


def preferences_save(
    request: HttpRequest, response: HttpResponse, preferences: DisplayPreferences
) -> None:
    """Keep the preferences on the member's profile, or in a cookie for a visitor."""
    if request.user.is_authenticated:
        user_update_profile(user=request.user, **asdict(preferences))
    response.set_cookie(
        COOKIE_NAME,
        preferences.to_cookie(),
        max_age=COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
