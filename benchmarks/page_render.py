"""Server time of a lesson page and a course page against a bare Wagtail page.

Builds a throwaway SQLite database with the demo READI course, logs a learner
in, and times Django's full request cycle for each page, warm (repeated
requests) and cold (caches cleared before each request). Each bare page is a
plain page type (the home page model) carrying the same body, already rendered
to HTML, at the same depth of the tree, so routing costs the same. Prints the median of
each, the SQL queries per request, and the ratio of ours to its bare page
(goal: 1.3 or less).

    python benchmarks/page_render.py [REQUESTS]
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp(prefix="readi-bench-")) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
# Keep one connection, as a production worker would (and so queries are counted).
os.environ["CONN_MAX_AGE"] = "600"
GOAL = 1.3


def build():
    from django.core.management import call_command

    from accounts.tests.factories import UserFactory
    from courses.models import LessonPage
    from lms.demo.courses import (
        ensure_course_audiences,
        ensure_course_index,
        ensure_demo_course,
    )
    from lms.demo.seed import ensure_home_pages
    from lms.models import HomePage

    call_command("migrate", verbosity=0)
    home = ensure_home_pages()
    ensure_course_audiences()
    course = ensure_demo_course(ensure_course_index(home), "readi-core-values", [])
    lesson = LessonPage.objects.get(pk=course.lessons[1].pk)

    def bare_page(parent, title, text):
        # HomePage is the plainest page type we have; add_child ignores the
        # admin's parent rules, so it can sit beside the page it is measured with.
        page = HomePage(title=title, slug=f"bare-{parent.pk}", lead=title, body=text)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page.url

    # The lesson's blocks rendered to HTML: the bare page shows the same body.
    lesson_text = "".join(
        block.render() for block in lesson.body if block.block_type != "report_it"
    )
    learner = UserFactory(username="bench")
    return {
        "lesson": (lesson.url, bare_page(course, lesson.title, lesson_text)),
        "course": (
            course.url,
            bare_page(course.get_parent(), course.title, course.description),
        ),
    }, learner


def count_queries(client, path) -> int:
    from django.db import connection

    client.get(path)
    connection.force_debug_cursor = True
    before = len(connection.queries_log)
    client.get(path)
    connection.force_debug_cursor = False
    return len(connection.queries_log) - before


def measure(client, paths, count, cold):
    """Median time of each path, requested in turn so that drift hits both alike."""
    from django.core.cache import cache

    timings = {path: [] for path in paths}
    for _ in range(count):
        for path in paths:
            if cold:
                cache.clear()
            started = time.perf_counter()
            response = client.get(path)
            timings[path].append(time.perf_counter() - started)
            assert response.status_code == 200, (path, response.status_code)
    return [statistics.median(timings[path]) for path in paths]


def main(count):
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    paths, learner = build()
    client = Client()
    client.force_login(learner)
    print(f"page render, {count} requests each, logged-in learner, SQLite")
    for cold in (False, True):
        label = "cold cache" if cold else "warm cache"
        for name, (ours, bare) in paths.items():
            ours_ms, bare_ms = measure(client, (ours, bare), count, cold)
            ratio = ours_ms / bare_ms
            print(
                f"  {label}  {name:6}  median {ours_ms * 1000:6.2f} ms"
                f" ({count_queries(client, ours)} queries)"
                f"  bare page {bare_ms * 1000:6.2f} ms"
                f" ({count_queries(client, bare)} queries)"
                f"  ratio {ratio:.2f}"
                + ("" if ratio <= GOAL else "  over the 1.3 goal")
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
