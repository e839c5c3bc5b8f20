"""python manage.py seed_demo: the demo site and users, safe to run again."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from lms.demo.courses import ensure_demo_courses
from lms.demo.quizzes import ensure_demo_graduate, ensure_demo_quiz
from lms.demo.seed import DEMO_USERS, ensure_demo_users, ensure_home_pages


class Command(BaseCommand):
    help = "Create or refresh the demo site and demo users (idempotent)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_SEED_ALLOWED", True):
            raise CommandError("seed_demo is disabled in these settings (production).")
        password = os.environ.get("DEMO_PASSWORD", "")
        if len(password) < 10:
            raise CommandError(
                "Set DEMO_PASSWORD (10 or more characters) to seed the demo users."
            )
        home = ensure_home_pages()
        courses = ensure_demo_courses(home)
        quizzes = [ensure_demo_quiz(course) for course in courses]
        ensure_demo_users(password=password)
        ensure_demo_graduate()
        self.stdout.write(
            f"Home page in {home.get_translations(inclusive=True).count()} languages"
        )
        self.stdout.write(f"Demo courses: {len(courses)}")
        self.stdout.write(f"Demo quizzes: {sum(1 for quiz in quizzes if quiz)}")
        self.stdout.write(
            "Demo users: " + ", ".join(user.username for user in DEMO_USERS)
        )
        if settings.DEBUG:
            self.stdout.write(f"Demo password: {password}")
