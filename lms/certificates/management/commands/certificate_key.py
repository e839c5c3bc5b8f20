"""python manage.py certificate_key [--if-missing]: a new issuer signing key."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from lms.certificates.keys import generate_key


class Command(BaseCommand):
    help = "Write a new Ed25519 issuer key to CERTIFICATE_KEY_DIR (it signs from now)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="Only when the folder has no key yet (what `make run` does).",
        )

    def handle(self, *args, if_missing=False, **options):
        folder = settings.CERTIFICATE_KEY_DIR
        if if_missing and any(folder.glob("*.pem")):
            return
        path = generate_key(folder, timezone.now().strftime("issuer-%Y%m%d-%H%M%S"))
        self.stdout.write(f"New issuer key: {path}")
