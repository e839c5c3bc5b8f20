"""The command that starts one real Celery worker on a queue of its own."""

import sys


def worker_command(queue: str, *, loglevel: str = "INFO") -> list[str]:
    """A solo-pool worker consuming only `queue` (tests and benchmarks use it)."""
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "lms",
        "worker",
        "--pool=solo",
        "--without-mingle",
        "--without-gossip",
        f"--loglevel={loglevel}",
        "-Q",
        queue,
        "-n",
        f"{queue}@%h",
    ]
