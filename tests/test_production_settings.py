"""Production settings pass the deployment checks and refuse to run without a key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="lms.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


class TestProductionSettings:
    def test_deploy_check_passes_with_a_secret_key(self, tmp_path):
        # An empty database, as on a machine that has not migrated yet.
        result = manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            SECRET_KEY="k" * 20 + "-Zq8#vR2!mW5@tY7$pL1%nB4^xC6&jH9*",
            ALLOWED_HOSTS="learn.example.org",
            WAGTAILADMIN_BASE_URL="https://learn.example.org",
            DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "no issues" in result.stdout

    def test_refuses_to_start_without_a_secret_key(self):
        result = manage("check", ALLOWED_HOSTS="learn.example.org")
        assert result.returncode != 0
        assert "SECRET_KEY must be set" in result.stderr
