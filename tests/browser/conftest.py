"""Playwright driving Debian's Chromium against the live test server."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the tests' own
# database calls stay synchronous and safe. (The deploy-check test removes it.)
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = (
    Path(__file__).resolve().parents[2]
    / "static"
    / "vendor"
    / "axe-core"
    / "axe.min.js"
)


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""
    if not path:
        pytest.fail(
            "Debian's Chromium is needed for browser tests: "
            "apt-get update && apt-get install -y chromium"
        )
    return path


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module, closed before tests that need no event loop."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def audit_page(browser):
    """A page that lets Playwright inject axe-core past the site's strict CSP."""
    context = browser.new_context(
        viewport={"width": 1024, "height": 800}, bypass_csp=True
    )
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    """Run axe-core (from npm) in the page; one readable line per violation."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in result["violations"]
    ]
