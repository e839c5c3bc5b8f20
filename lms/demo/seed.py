"""The demo site: every locale, a home page per language, the demo users."""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Locale, Page, Site

from accounts import services as account_services
from accounts.choices import Audience, Country, Profession, TextSize, VerificationStatus
from accounts.models import User
from lms.demo.courses import EDUCATORS_GROUP
from lms.models import HomePage
from lms.settings.languages import LANGUAGE_CODES

# One JSON file per language: lms/demo/home_pages/<language code>.json
HOME_CONTENT = Path(__file__).with_name("home_pages")

VERIFIERS_GROUP = "Verifiers"
FORUM_MODERATORS_GROUP = "Forum moderators"


def ensure_locales() -> None:
    """One Wagtail locale per language the platform serves."""
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


def _home_fields(content: dict) -> dict:
    return {
        "title": content["title"],
        "lead": content["lead"],
        "body": content["body"],
        "values_heading": content["values_heading"],
    }


def _apply_content(page: HomePage, content: dict) -> bool:
    """Copy `content` onto the page; True if anything changed."""
    fields = _home_fields(content)
    routes = [("audience", {**route, "page": None}) for route in content["routes"]]
    values = [("value", value) for value in content["values"]]
    changed = (
        any(getattr(page, name) != value for name, value in fields.items())
        or _stream_as_tuples(page.routes) != routes
        or _stream_as_tuples(page.values) != values
    )
    for name, value in fields.items():
        setattr(page, name, value)
    page.routes = routes
    page.values = values
    return changed


def _stream_as_tuples(stream) -> list:
    return [(block.block_type, dict(block.value)) for block in stream]


def _publish(page: Page) -> None:
    page.save_revision().publish()


@transaction.atomic
def ensure_home_pages() -> HomePage:
    """The English home page as the site root, translated into every locale."""
    ensure_locales()
    content = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in HOME_CONTENT.glob("*.json")
    }
    english_locale = Locale.objects.get(language_code="en")
    # Wagtail's migrations create the tree root; a flushed test database lacks it.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english_locale)
    )

    home = HomePage.objects.filter(locale=english_locale).first()
    if home is None:
        # Wagtail's first migration leaves a "Welcome" page at /home/; ours replaces it.
        for stray in root.get_children().exclude(content_type__model="homepage"):
            stray.delete()
        home = HomePage(
            slug="home", locale=english_locale, **_home_fields(content["en"])
        )
        _apply_content(home, content["en"])
        root.add_child(instance=home)
        _publish(home)
    elif _apply_content(home, content["en"]):
        _publish(home)

    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "READI Learn",
        },
    )

    for locale in Locale.objects.exclude(pk=english_locale.pk):
        translated = home.get_translation_or_none(locale)
        if translated is None:
            translated = home.copy_for_translation(locale)
        translated = translated.specific
        language_content = content.get(locale.language_code, content["en"])
        if _apply_content(translated, language_content) or not translated.live:
            _publish(translated)
    return home


@dataclass(frozen=True)
class DemoUser:
    """One of the demo accounts named in DESIGN.md's contracts."""

    username: str
    display_name: str
    audience: str
    country: str
    language: str
    birth_year: int
    profession: str = ""
    groups: tuple = ()
    superuser: bool = False
    preferences: dict = field(default_factory=dict)


DEMO_USERS = [
    DemoUser(
        "demo-youth",
        "Maria Santos",
        Audience.YOUNG_PERSON,
        Country.PHILIPPINES,
        "fil",
        2005,
    ),
    DemoUser(
        "demo-senior",
        "สมศรี ใจดี",
        Audience.OLDER_ADULT,
        Country.THAILAND,
        "th",
        1956,
        preferences={"simplified_mode": True, "text_size": TextSize.LARGE},
    ),
    DemoUser(
        "demo-judge",
        "Judge Sophea Chan",
        Audience.PROFESSIONAL,
        Country.CAMBODIA,
        "km",
        1975,
        Profession.JUDGE,
    ),
    DemoUser(
        "demo-prosecutor",
        "Sok Dara",
        Audience.PROFESSIONAL,
        Country.CAMBODIA,
        "km",
        1982,
        Profession.PROSECUTOR,
    ),
    DemoUser(
        "demo-investigator",
        "Nguyễn Văn An",
        Audience.PROFESSIONAL,
        Country.VIET_NAM,
        "vi",
        1988,
        Profession.INVESTIGATOR,
    ),
    DemoUser(
        "demo-defence",
        "Siti Rahmah",
        Audience.PROFESSIONAL,
        Country.MALAYSIA,
        "ms",
        1979,
        Profession.DEFENCE_COUNSEL,
    ),
    DemoUser(
        "demo-educator",
        "Ayu Lestari",
        Audience.EDUCATOR,
        Country.INDONESIA,
        "id",
        1985,
        groups=(EDUCATORS_GROUP,),
    ),
    DemoUser(
        "demo-moderator",
        "Tan Wei Ling",
        Audience.EDUCATOR,
        Country.SINGAPORE,
        "en",
        1990,
        groups=(FORUM_MODERATORS_GROUP,),
    ),
    DemoUser(
        "demo-admin",
        "READI administrator",
        Audience.GENERAL_PUBLIC,
        Country.SINGAPORE,
        "en",
        1980,
        groups=(VERIFIERS_GROUP,),
        superuser=True,
    ),
    DemoUser(
        "demo-graduate",
        "Juan dela Cruz",
        Audience.YOUNG_PERSON,
        Country.PHILIPPINES,
        "en",
        2003,
    ),
]


def ensure_groups() -> None:
    """Staff groups: verifiers decide on roles; moderators keep the forum safe."""
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    verifiers, _ = Group.objects.get_or_create(name=VERIFIERS_GROUP)
    verifiers.permissions.add(
        access_admin,
        Permission.objects.get(
            content_type__app_label="accounts", codename="verify_professional"
        ),
    )
    moderators, _ = Group.objects.get_or_create(name=FORUM_MODERATORS_GROUP)
    moderators.permissions.add(access_admin)


@transaction.atomic
def ensure_demo_users(*, password: str) -> list[User]:
    """Create or refresh the demo accounts, all with `password`."""
    ensure_groups()
    users = []
    for spec in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=spec.username)
        user.display_name = spec.display_name
        user.email = f"{spec.username}@example.org"
        user.audience = spec.audience
        user.country = spec.country
        user.preferred_language = spec.language
        user.birth_year = spec.birth_year
        user.profession = spec.profession
        user.is_staff = spec.superuser
        user.is_superuser = spec.superuser
        for name, value in spec.preferences.items():
            setattr(user, name, value)
        user.set_password(password)
        user.full_clean()
        user.save()
        user.groups.set(Group.objects.filter(name__in=spec.groups))
        users.append(user)

    admin = User.objects.get(username="demo-admin")
    for user in users:
        if (
            user.profession
            and not user.verifications.filter(
                status=VerificationStatus.APPROVED
            ).exists()
        ):
            verification = user.verifications.filter(
                status=VerificationStatus.PENDING
            ).first()
            if verification is None:
                verification = account_services.professional_verification_request(
                    user=user,
                    request=account_services.VerificationRequest(
                        profession=user.profession,
                        organisation="Demo organisation",
                        position=user.get_profession_display(),
                        evidence_note="Demo account created by seed_demo.",
                    ),
                )
            account_services.professional_verification_decide(
                verification_id=verification.pk, decided_by=admin, approve=True
            )
    return users
