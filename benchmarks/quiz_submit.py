"""Quiz submissions through the API, scored by one real worker.

Builds a throwaway database (a new PostgreSQL database when DATABASE_URL names
PostgreSQL, else a SQLite file), starts one worker on the configured broker
(Redis when CELERY_BROKER_URL names it, else the embedded filesystem broker)
and prints:

- the submit request (POST /api/v1/quizzes/{id}/attempts/, 202) against a
  plain authenticated DRF POST that stores one row (goal: 1.3 or less);
- submit-to-scored latency, one attempt at a time (goal p95: 100 ms over
  Redis, 200 ms on the embedded default);
- scored attempts per second with a burst of submissions;
- the scorer alone, per attempt.

    python benchmarks/quiz_submit.py [ATTEMPTS]
"""

import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUEUE = f"bench-{secrets.token_hex(4)}"
os.environ["CELERY_QUEUE"] = QUEUE
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
os.environ["CONN_MAX_AGE"] = "600"
SERVER_URL = os.environ.get("DATABASE_URL", "")
POSTGRES = SERVER_URL.startswith(("postgres://", "postgresql://"))
BENCH_DB = f"readi_bench_{secrets.token_hex(4)}"
if POSTGRES:
    os.environ["DATABASE_URL"] = SERVER_URL.rsplit("/", 1)[0] + "/" + BENCH_DB
else:
    db_file = Path(tempfile.mkdtemp(prefix="readi-bench-")) / "bench.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{db_file}"
SUBMIT_GOAL = 1.3
P95_GOAL = {"redis": 0.100, "filesystem": 0.200}


def _admin_sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(SERVER_URL, autocommit=True) as connection:
        connection.execute(statement)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def build():
    """Migrate, and make a course with the eight-type test quiz and 20 learners."""
    from django.core.management import call_command

    from accounts.tests.factories import UserFactory
    from courses.tests.factories import CourseIndexPageFactory, CoursePageFactory
    from lms.demo.seed import ensure_home_pages
    from quizzes.tests.factories import QuizPageFactory

    call_command("migrate", verbosity=0)
    home = ensure_home_pages()
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home))
    quiz = QuizPageFactory(parent=course, shuffle_choices=True)
    learners = [UserFactory() for _ in range(20)]
    return quiz, learners


def baseline_view():
    """A plain authenticated DRF POST that stores one row (a session row)."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone
    from rest_framework.response import Response
    from rest_framework.views import APIView

    class StoreOneRow(APIView):
        def post(self, request):
            row = Session.objects.create(
                session_key=secrets.token_hex(16),
                session_data=str(request.data.get("note", ""))[:200],
                expire_date=timezone.now(),
            )
            return Response({"key": row.session_key}, status=201)

    return StoreOneRow.as_view()


def main(count: int) -> None:
    import django

    if POSTGRES:
        _admin_sql(f'CREATE DATABASE "{BENCH_DB}"')
    try:
        django.setup()
        run(count)
    finally:
        if POSTGRES:
            from django.db import connections

            connections.close_all()
            _admin_sql(f'DROP DATABASE IF EXISTS "{BENCH_DB}"')


def run(count: int) -> None:
    from django.conf import settings
    from django.test import Client, override_settings
    from django.urls import path

    import lms.urls
    from lms.celery import app
    from quizzes.models import Attempt
    from quizzes.questions import model_answers, quiz_questions
    from quizzes.scoring import score_answers
    from tests.celery_worker import worker_command

    app.conf.task_always_eager = False
    quiz, learners = build()
    questions = quiz_questions(quiz.questions)
    answers = model_answers(questions)

    urls = type(
        "BenchUrls",
        (),
        {
            "urlpatterns": [
                path("bench/store-one-row/", baseline_view()),
                *lms.urls.urlpatterns,
            ]
        },
    )
    broker = settings.CELERY_BROKER_URL.split(":", 1)[0]
    worker = subprocess.Popen(
        worker_command(QUEUE, loglevel="WARNING"),
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with override_settings(ROOT_URLCONF=urls, ALLOWED_HOSTS=["testserver"]):
            clients = []
            for learner in learners:
                client = Client()
                client.force_login(learner)
                clients.append(client)
            url = f"/api/v1/quizzes/{quiz.pk}/attempts/"

            def submit(n: int):
                client = clients[n % len(clients)]
                return client.post(
                    url,
                    {"answers": answers},
                    content_type="application/json",
                    headers={"Idempotency-Key": f"bench-{n}"},
                )

            def store_one_row(n: int):
                client = clients[n % len(clients)]
                return client.post(
                    "/bench/store-one-row/",
                    {"note": f"row {n}"},
                    content_type="application/json",
                )

            # Warm up both paths and the worker.
            for n in range(10):
                assert store_one_row(n).status_code == 201
            first = submit(10_000)
            assert first.status_code == 202, first.content
            wait_scored([first.json()["id"]], timeout=60)

            baseline, submits, to_scored = [], [], []
            for n in range(count):
                started = time.perf_counter()
                assert store_one_row(n).status_code == 201
                baseline.append(time.perf_counter() - started)

                started = time.perf_counter()
                response = submit(n)
                submitted = time.perf_counter()
                assert response.status_code == 202, response.content
                wait_scored([response.json()["id"]], timeout=30)
                submits.append(submitted - started)
                to_scored.append(time.perf_counter() - started)

            burst = count
            started = time.perf_counter()
            ids = [submit(20_000 + n).json()["id"] for n in range(burst)]
            wait_scored(ids, timeout=120)
            burst_seconds = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=10)

    scorer = []
    for _ in range(200):
        started = time.perf_counter()
        score_answers(questions, answers)
        scorer.append(time.perf_counter() - started)

    database = "postgresql" if POSTGRES else "sqlite"
    print(f"quiz submissions over {broker} with one worker, {database}, {count} each")
    base, sub = statistics.median(baseline), statistics.median(submits)
    print(
        f"  submit request: median {ms(sub)}, p95 {ms(percentile(submits, 0.95))}; "
        f"plain DRF POST storing one row: median {ms(base)}"
    )
    print(f"  ratio submit / plain POST: {sub / base:.2f} (goal {SUBMIT_GOAL})")
    p95 = percentile(to_scored, 0.95)
    goal = P95_GOAL.get(broker)
    print(
        f"  submit to scored: median {ms(statistics.median(to_scored))}, "
        f"p95 {ms(p95)}"
        + (f" (goal p95 {ms(goal)}; ratio {p95 / goal:.2f})" if goal else "")
    )
    print(f"  burst of {burst}: {burst / burst_seconds:.0f} scored attempts per second")
    print(
        f"  scorer alone: median {statistics.median(scorer) * 1e6:.0f} µs per attempt "
        f"of {len(questions)} questions"
    )
    assert Attempt.objects.filter(status="scored").count() == 2 * count + 1


def wait_scored(ids, timeout: float) -> None:
    from quizzes.models import Attempt

    deadline = time.monotonic() + timeout
    pending = set(ids)
    while pending:
        pending -= set(
            Attempt.objects.filter(pk__in=pending, status="scored").values_list(
                "pk", flat=True
            )
        )
        if pending and time.monotonic() > deadline:
            raise RuntimeError(f"{len(pending)} attempts still unscored")
        if pending:
            time.sleep(0.001)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
