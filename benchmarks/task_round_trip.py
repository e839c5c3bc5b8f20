"""Round trip of a task (web -> broker -> worker -> result) on the configured broker.

Starts a real worker on a queue of its own, sends N heartbeat tasks one after
another and prints the median, 95th percentile and the ratio to the baseline:
the 50 ms wait that DESIGN.md allows the embedded filesystem broker.

    python benchmarks/task_round_trip.py [N]
"""

import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
QUEUE = f"bench-{secrets.token_hex(4)}"
os.environ["CELERY_QUEUE"] = QUEUE
BASELINE_SECONDS = 0.050


def main(count: int) -> None:
    import django

    django.setup()
    from django.conf import settings

    from lms.tasks import heartbeat
    from tests.celery_worker import worker_command

    worker = subprocess.Popen(
        worker_command(QUEUE, loglevel="WARNING"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        heartbeat.delay("warm-up").get(timeout=60)
        timings = []
        for n in range(count):
            started = time.perf_counter()
            assert heartbeat.delay(str(n)).get(timeout=10, interval=0.005) == str(n)
            timings.append(time.perf_counter() - started)
    finally:
        worker.terminate()
        worker.wait(timeout=10)

    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    broker = settings.CELERY_BROKER_URL.split(":", 1)[0]
    print(f"task round trip over {broker}, {count} tasks")
    print(f"  median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
    ratio = median / BASELINE_SECONDS
    print(f"  ratio to the {BASELINE_SECONDS * 1000:.0f} ms baseline: {ratio:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
