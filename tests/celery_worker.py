"""The command that starts one real Celery worker on a queue of its own.

Run as a module (`python -m tests.celery_worker QUEUE SECONDS`), it starts a
worker whose scoring pauses SECONDS after printing "SCORING STARTED", so a
test can kill it in the middle of scoring an attempt.
"""

import sys
import time

WORKER_OPTIONS = ["--pool=solo", "--without-mingle", "--without-gossip"]


def worker_command(
    queue: str, *, loglevel: str = "INFO", pause_scoring: float = 0
) -> list[str]:
    """A solo-pool worker consuming only `queue` (tests and benchmarks use it)."""
    if pause_scoring:
        return [sys.executable, "-m", "tests.celery_worker", queue, str(pause_scoring)]
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "lms",
        "worker",
        *WORKER_OPTIONS,
        f"--loglevel={loglevel}",
        "-Q",
        queue,
        "-n",
        f"{queue}@%h",
    ]


def _run_pausing_worker(queue: str, seconds: float) -> None:
    import django

    django.setup()
    from lms.celery import app
    from quizzes import services

    score_answers = services.score_answers

    def paused(*args, **kwargs):
        sys.stdout.write("SCORING STARTED\n")
        sys.stdout.flush()
        time.sleep(seconds)
        return score_answers(*args, **kwargs)

    services.score_answers = paused
    app.worker_main(
        ["worker", *WORKER_OPTIONS, "--loglevel=INFO", "-Q", queue, "-n", f"{queue}@%h"]
    )


if __name__ == "__main__":
    _run_pausing_worker(sys.argv[1], float(sys.argv[2]))
