#!/usr/bin/env bash
# scripts/services/localstripe.sh — a fake Stripe (localstripe) for `make run` without keys.
#
# Usage:  scripts/services/localstripe.sh start|stop|status
#
# start: runs localstripe on 127.0.0.1:$LOCALSTRIPE_PORT (8420) in the background, its
#        state in a fresh temp dir, and registers the dev server's webhook
#        ($WEBHOOK_URL, default http://127.0.0.1:8000/payments/stripe/webhook/) signed
#        with $STRIPE_WEBHOOK_SECRET (the dev settings' default). Idempotent: an already
#        running localstripe is kept (the webhook is registered again).
# stop:  stops the localstripe this script started and removes its state dir.
# status: prints whether it runs; exit code 0 when it does.
set -euo pipefail

cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
PORT=${LOCALSTRIPE_PORT:-8420}
HOST=127.0.0.1
RUN_DIR=${LOCALSTRIPE_RUN_DIR:-var/localstripe}
PID_FILE=$RUN_DIR/pid
WEBHOOK_URL=${WEBHOOK_URL:-http://127.0.0.1:${PORT_DJANGO:-8000}/payments/stripe/webhook/}
SECRET=${STRIPE_WEBHOOK_SECRET:-whsec_localstripe_dev}
URL="http://$HOST:$PORT"

running() {
    [[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

answers() {
    "$PY" - "$URL" <<'PY'
import sys, urllib.request
try:
    urllib.request.urlopen(sys.argv[1] + "/js.stripe.com/v3/", timeout=2)
except OSError:
    sys.exit(1)
PY
}

register_webhook() {
    "$PY" - "$URL" "$WEBHOOK_URL" "$SECRET" <<'PY'
import sys, urllib.parse, urllib.request
url, hook, secret = sys.argv[1:]
data = urllib.parse.urlencode({"url": hook, "secret": secret}).encode()
urllib.request.urlopen(url + "/_config/webhooks/chumchon", data=data, timeout=5)
PY
}

case "${1:-}" in
start)
    mkdir -p "$RUN_DIR"
    if ! running; then
        STATE_DIR=$(mktemp -d -t chumchon-localstripe-XXXXXX)
        echo "$STATE_DIR" > "$RUN_DIR/state_dir"
        nohup "$PY" scripts/services/localstripe_server.py --host "$HOST" --port "$PORT" \
            --state-dir "$STATE_DIR" > "$RUN_DIR/localstripe.log" 2>&1 &
        echo $! > "$PID_FILE"
    fi
    for _ in $(seq 1 50); do
        answers && break
        sleep 0.2
    done
    if ! answers; then
        echo "localstripe did not start on $URL (see $RUN_DIR/localstripe.log)" >&2
        exit 1
    fi
    register_webhook
    echo "localstripe: $URL (state $(cat "$RUN_DIR/state_dir"); webhook -> $WEBHOOK_URL)"
    ;;
stop)
    if running; then
        kill "$(cat "$PID_FILE")"
        echo "localstripe stopped"
    fi
    if [[ -f $RUN_DIR/state_dir ]]; then
        rm -rf "$(cat "$RUN_DIR/state_dir")" "$RUN_DIR/state_dir"
    fi
    rm -f "$PID_FILE"
    ;;
status)
    if running && answers; then
        echo "localstripe: running on $URL (pid $(cat "$PID_FILE"))"
    else
        echo "localstripe: not running"
        exit 1
    fi
    ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
