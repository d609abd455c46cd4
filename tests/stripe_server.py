"""localstripe for the test suite: a real fake Stripe, started once per session.

Import the fixtures into a conftest (``from tests.stripe_server import localstripe,
localstripe_server  # noqa: F401``). ``localstripe_server`` starts localstripe on
127.0.0.1 on a free port with its state in a temp dir (scripts/services/
localstripe_server.py); ``localstripe`` points the STRIPE_* settings at it for one test.
When it cannot start, the test is skipped on a laptop and FAILS under CI=true.
"""

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CI

LAUNCHER = Path(__file__).resolve().parent.parent / "scripts/services/localstripe_server.py"
SECRET_KEY = "sk_test_chumchon_tests"
PUBLISHABLE_KEY = "pk_test_chumchon_tests"
WEBHOOK_SECRET = "whsec_chumchon_tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LocalStripe:
    url: str
    state_dir: Path

    @property
    def js_url(self) -> str:
        return f"{self.url}/js.stripe.com/v3/"

    def register_webhook(self, url: str, secret: str = WEBHOOK_SECRET) -> None:
        """Have localstripe sign and send its events to ``url`` (replaces the previous)."""
        data = urllib.parse.urlencode({"url": url, "secret": secret}).encode()
        urllib.request.urlopen(f"{self.url}/_config/webhooks/chumchon-tests", data=data)

    def get(self, path: str) -> dict:
        """GET an API path (``/v1/...``) as the shop's secret key would."""
        request = urllib.request.Request(
            self.url + path, headers={"Authorization": f"Bearer {SECRET_KEY}"}
        )
        with urllib.request.urlopen(request) as response:
            return json.load(response)

    def list_all(self, path: str) -> list[dict]:
        """Every object of a list endpoint (``/v1/payment_intents``), page after page."""
        objects, after = [], ""
        while True:
            separator = "&" if "?" in path else "?"
            page = self.get(f"{path}{separator}limit=100{after}")
            objects += page["data"]
            if not page.get("has_more") or not page["data"]:
                return objects
            after = f"&starting_after={page['data'][-1]['id']}"

    def answers(self) -> bool:
        try:
            urllib.request.urlopen(self.js_url, timeout=1)
        except OSError:
            return False
        return True


def _unavailable(problem: str):
    if CI:
        pytest.fail(f"localstripe is required under CI=true: {problem}", pytrace=False)
    pytest.skip(f"localstripe not available: {problem}")


@pytest.fixture(scope="session")
def localstripe_server(tmp_path_factory):
    """A localstripe process for the whole session (127.0.0.1, state in a temp dir)."""
    state_dir = tmp_path_factory.mktemp("localstripe")
    port = free_port()
    server = LocalStripe(url=f"http://127.0.0.1:{port}", state_dir=state_dir)
    log = open(state_dir / "localstripe.log", "wb")  # noqa: SIM115 (closed below)
    try:
        process = subprocess.Popen(
            [sys.executable, str(LAUNCHER), "--host", "127.0.0.1", "--port", str(port),
             "--state-dir", str(state_dir)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    except OSError as exc:
        log.close()
        _unavailable(str(exc))
    try:
        deadline = time.monotonic() + 15
        while not server.answers():
            if process.poll() is not None or time.monotonic() > deadline:
                _unavailable(
                    f"it did not start on {server.url}: "
                    + (state_dir / "localstripe.log").read_text()[-500:]
                )
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def localstripe(localstripe_server, settings):
    """The shop's STRIPE_* settings pointed at the session's localstripe."""
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    settings.STRIPE_API_BASE = localstripe_server.url
    settings.STRIPE_JS_URL = localstripe_server.js_url
    settings.SHOP_TEST_PAYMENTS = True
    return localstripe_server
