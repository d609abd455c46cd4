"""Run localstripe (a fake Stripe API, PyPI `localstripe`) bound to one address, with its
state file in a directory we choose.

localstripe's own CLI listens on every interface (``::``) and keeps its state in
``/tmp/localstripe.pickle``, shared by everyone on the machine; this launcher serves the
same aiohttp application on ``--host`` (127.0.0.1 by default) and stores the state in
``--state-dir``. ``--webhook URL`` registers a webhook at start, signed with
``--webhook-secret`` (the same as registering through ``POST /_config/webhooks/<name>``).

Used by scripts/services/localstripe.sh (``make run``) and tests/stripe_server.py.
"""

import argparse
import logging
import pickle
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8420)
    parser.add_argument("--state-dir", required=True, type=Path)
    parser.add_argument("--webhook", default="")
    parser.add_argument("--webhook-secret", default="")
    args = parser.parse_args()

    from aiohttp import web
    from localstripe import resources, server, webhooks

    state = args.state_dir / "localstripe.pickle"
    args.state_dir.mkdir(parents=True, exist_ok=True)

    def load(store):
        try:
            with open(state, "rb") as f:
                old = pickle.load(f)
        except (FileNotFoundError, EOFError):
            return
        store.clear()
        store.update(old)

    def dump(store):
        with open(state, "wb") as f:
            pickle.dump(dict(store), f, protocol=pickle.HIGHEST_PROTOCOL)

    resources.Store.try_load_from_disk = load
    resources.Store.dump_to_disk = dump
    resources.store.try_load_from_disk()
    if args.webhook:
        webhooks.register_webhook("chumchon", args.webhook, args.webhook_secret, None)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    web.run_app(server.app, host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
