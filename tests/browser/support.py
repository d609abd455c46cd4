"""What every headless-Chromium test shares: how Chromium is started, where screenshots
go, and a tab that records console errors, page errors and failed requests.

Chromium is Debian's (/usr/bin/chromium, or SHOP_CHROMIUM); a browser is never
downloaded. Start it only after the test's data is written: while Playwright's sync API
runs, the test's thread has an event loop and Django refuses database calls from it.
"""

from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--no-first-run",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-output" / "screenshots"


@contextmanager
def chromium():
    """Headless Chromium for one test, closed afterwards."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Visit:
    """A browser tab that records console errors, page errors and failed requests."""

    def __init__(self, browser, width=1280):
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("response", self._response)
        self.page.on("requestfailed", self._failed)

    def _failed(self, request):
        # A suggestion fetch still in flight when the buyer presses Enter is cancelled
        # by the navigation (ERR_ABORTED): nothing a buyer notices. Anything else counts.
        cancelled = request.failure == "net::ERR_ABORTED"
        if cancelled and request.resource_type in {"fetch", "xhr"}:
            return
        self.problems.append(f"failed: {request.url} ({request.failure})")

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def open(self, url):
        response = self.page.goto(url, wait_until="load")
        assert response.status == 200, url
        return self.page
