#!/usr/bin/env bash
# scripts/services/elasticsearch.sh — provision a local Elasticsearch 8.19.3 for chumchon.
#
# Usage (as root; ES itself runs as the unprivileged user `chumchon-es`):
#   scripts/services/elasticsearch.sh [start]   # install if needed, start if not up, wait for health
#   scripts/services/elasticsearch.sh stop      # stop it (no-op if not running)
#   scripts/services/elasticsearch.sh restart
#   scripts/services/elasticsearch.sh status    # exit 0 if healthy (green/yellow), 1 otherwise
#
# "start" is idempotent. It:
#   * fetches org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.3:zip
#     with `mvn dependency:get` (skipped when already in ~/.m2; only Maven Central needed),
#   * unzips it to /opt/chumchon/elasticsearch-8.19.3 (skipped when present),
#   * creates system user `chumchon-es` (ES refuses to run as root) and chowns the folder,
#   * writes config/elasticsearch.yml (single-node, 127.0.0.1:9200, security off) and a
#     512 MB heap in config/jvm.options.d/,
#   * starts ES daemonised (pid file + logs under the install folder) with
#     ES_JAVA_HOME = the machine's java (readlink -f $(which java)),
#   * waits (max ~120 s) for /_cluster/health?wait_for_status=yellow.
#     NB: this test distribution answers 405 to `GET /`; always probe _cluster/health.
# The last line printed on stdout is:
#   ELASTICSEARCH_URL=http://127.0.0.1:9200
#
# Notes on the integ-test-zip distribution: it only ships the modules x-pack-core,
# x-pack-security, transport-netty4 and apm. There is NO analysis-common module, so
# only analysis components built into the server exist:
#   tokenizer: standard (only);  token filters: lowercase, stop, shingle;
#   analyzers: standard, simple, whitespace, keyword, stop.
#   Missing (-> "failed to find global ..."): thai, english, whitespace/keyword/ngram/
#   edge_ngram tokenizers, asciifolding, synonym, trim, unique, html_strip, ...
# The standard tokenizer keeps a run of Thai letters as ONE token (no word
# segmentation); the simple/stop analyzers split Thai at vowel marks (don't use them).
# Settings of absent modules (e.g. ingest.geoip.downloader.enabled) make ES refuse to
# start with "unknown setting" (xpack.ml.enabled is accepted: x-pack-core defines it).
# GET / answers 405 here. Bootstrap checks (max_map_count, file descriptors) only warn
# because of discovery.type: single-node + loopback binding.
#
# Overridable via environment: ES_BASE_DIR (/opt/chumchon), ES_USER (chumchon-es),
# M2_REPO (~/.m2/repository), ES_WAIT_SECONDS (120), and for a second, private node
# (e.g. the test that stops and starts Elasticsearch, run against its own copy so the
# shared server on 9200 stays up): ES_PORT (9200), ES_HOME
# (${ES_BASE_DIR}/elasticsearch-8.19.3; unpacked there when missing), ES_HEAP (512m),
# ES_CLUSTER_NAME (chumchon). Example:
#   ES_PORT=9201 ES_HOME=/tmp/es2 scripts/services/elasticsearch.sh start
set -euo pipefail

ES_VERSION=8.19.3
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_BASE_DIR=${ES_BASE_DIR:-/opt/chumchon}
ES_HOME_GIVEN=${ES_HOME:+yes}
ES_HOME=${ES_HOME:-"${ES_BASE_DIR}/elasticsearch-${ES_VERSION}"}
ES_USER=${ES_USER:-chumchon-es}
ES_HOST=127.0.0.1
ES_PORT=${ES_PORT:-9200}
ES_URL="http://${ES_HOST}:${ES_PORT}"
ES_HEAP=${ES_HEAP:-512m}
ES_WAIT_SECONDS=${ES_WAIT_SECONDS:-120}
ES_CLUSTER_NAME=${ES_CLUSTER_NAME:-chumchon}
M2_REPO=${M2_REPO:-${HOME:-/root}/.m2/repository}
ES_ZIP="${M2_REPO}/org/elasticsearch/distribution/integ-test-zip/elasticsearch/${ES_VERSION}/elasticsearch-${ES_VERSION}.zip"
PID_FILE="${ES_HOME}/elasticsearch.pid"
LOG_DIR="${ES_HOME}/logs"
STDOUT_LOG="${LOG_DIR}/stdout.log"
SERVER_LOG="${LOG_DIR}/${ES_CLUSTER_NAME}.log"
HEALTH_URL="${ES_URL}/_cluster/health?wait_for_status=yellow&timeout=5s"

log() { echo "[elasticsearch] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

show_logs() {
    local f
    for f in "$STDOUT_LOG" "$SERVER_LOG"; do
        if [ -s "$f" ]; then
            log "---- last 50 lines of ${f} ----"
            tail -n 50 "$f" >&2
        fi
    done
}

# Prints the health JSON and returns 0 if the cluster is green or yellow.
healthy() {
    local body
    body=$(curl -s --max-time 10 "$HEALTH_URL" 2>/dev/null) || return 1
    case "$body" in
        *'"status":"green"'* | *'"status":"yellow"'*) printf '%s\n' "$body"; return 0 ;;
        *) return 1 ;;
    esac
}

# Prints the pid if the pid file points to a live process.
running_pid() {
    local pid
    [ -s "$PID_FILE" ] || return 1
    pid=$(cat "$PID_FILE")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

wait_healthy() {
    local deadline=$((SECONDS + ES_WAIT_SECONDS)) body
    while [ "$SECONDS" -lt "$deadline" ]; do
        if body=$(healthy); then
            log "healthy after ${SECONDS}s: ${body}"
            return 0
        fi
        if ! running_pid >/dev/null; then
            log "Elasticsearch process is not running"
            return 1
        fi
        sleep 2
    done
    log "not healthy after ${ES_WAIT_SECONDS}s"
    return 1
}

do_stop() {
    local pid
    if ! pid=$(running_pid); then
        # No (valid) pid file: fall back to the node of this ES_HOME (only: another
        # node of the same user, e.g. a second test instance, must not be touched).
        pid=$(pgrep -u "$ES_USER" -f -- "-Des.path.home=${ES_HOME}( |$)" 2>/dev/null | head -n 1 || true)
    fi
    if [ -z "$pid" ]; then
        log "not running"
        rm -f "$PID_FILE"
        return 0
    fi
    log "stopping pid ${pid}"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "still alive after 60 s, sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PID_FILE"
    log "stopped"
}

install_es() {
    # --- tools (present on the reference machine; installed only if missing) ---
    local missing=()
    command -v curl >/dev/null || missing+=(curl)
    command -v unzip >/dev/null || missing+=(unzip)
    command -v mvn >/dev/null || missing+=(maven)
    if [ "${#missing[@]}" -gt 0 ]; then
        log "installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi

    # --- java ---
    local java_bin
    java_bin=$(command -v java) || die "java not found (need Java 17+)"
    java_bin=$(readlink -f "$java_bin")
    ES_JAVA_HOME=$(dirname "$(dirname "$java_bin")")
    export ES_JAVA_HOME

    # --- artifact ---
    if [ -s "$ES_ZIP" ]; then
        log "artifact already in ${M2_REPO}"
    else
        log "fetching ${ES_ARTIFACT} with maven"
        # (Debian's maven emits stray ANSI resets even with -B; strip them.)
        mvn -q -B dependency:get -Dartifact="$ES_ARTIFACT" -Dtransitive=false 2>&1 \
            | sed 's/\x1b\[[0-9;]*m//g' >&2
        [ -s "$ES_ZIP" ] || die "maven did not produce ${ES_ZIP}"
    fi

    # --- unzip (into a temp dir + rename, so an interrupted run never leaves a half tree) ---
    if [ -x "${ES_HOME}/bin/elasticsearch" ]; then
        log "already unpacked in ${ES_HOME}"
    else
        log "unpacking into ${ES_HOME}"
        local parent tmp
        parent=$(dirname "$ES_HOME")
        install -d -m 0755 "$parent"
        tmp=$(mktemp -d "${parent}/.unzip.XXXXXX")
        unzip -q "$ES_ZIP" -d "$tmp"
        rm -rf "$ES_HOME"
        mv "${tmp}/elasticsearch-${ES_VERSION}" "$ES_HOME"
        rm -rf "$tmp"
    fi

    # --- user ---
    if ! id -u "$ES_USER" >/dev/null 2>&1; then
        log "creating system user ${ES_USER}"
        useradd --system --user-group --home-dir "$ES_HOME" --no-create-home \
            --shell /usr/sbin/nologin "$ES_USER"
    fi

    # --- config (rewritten every time; content is deterministic) ---
    local conf="${ES_HOME}/config"
    # ES_TMPDIR inside the install folder: /tmp is not always writable by the ES user.
    install -d "${conf}/jvm.options.d" "$LOG_DIR" "${ES_HOME}/data" "${ES_HOME}/tmp"
    cat >"${conf}/elasticsearch.yml" <<YAML
# Managed by scripts/services/elasticsearch.sh — local dev/CI node only.
cluster.name: ${ES_CLUSTER_NAME}
node.name: ${ES_CLUSTER_NAME}-1
path.data: ${ES_HOME}/data
path.logs: ${LOG_DIR}
discovery.type: single-node
network.host: ${ES_HOST}
http.port: ${ES_PORT}
transport.port: 9300-9399
xpack.security.enabled: false
# CI/dev disks are often >90 % full; don't let the disk watermarks turn the
# cluster red / indices read-only.
cluster.routing.allocation.disk.threshold_enabled: false
# Tests create and drop indices freely.
action.destructive_requires_name: false
YAML
    printf '%s\n' "-Xms${ES_HEAP}" "-Xmx${ES_HEAP}" >"${conf}/jvm.options.d/chumchon-heap.options"
    chown -R "${ES_USER}:${ES_USER}" "$ES_HOME"
}

do_start() {
    local body pid
    if body=$(healthy); then
        log "already up: ${body}"
        echo "ELASTICSEARCH_URL=${ES_URL}"
        return 0
    fi

    install_es

    if pid=$(running_pid); then
        log "process ${pid} already running, waiting for it to become healthy"
    else
        log "starting (ES_JAVA_HOME=${ES_JAVA_HOME}, heap ${ES_HEAP}, log ${SERVER_LOG})"
        rm -f "$PID_FILE"
        # -d: daemonise; -p: pid file. The launcher returns once the node has started
        # (or failed). setsid + output to a file: no terminal signal (Ctrl-C) reaches
        # the node and no CI pipe is held open.
        local launch=(runuser -u "$ES_USER" -- setsid env
            ES_JAVA_HOME="$ES_JAVA_HOME"
            ES_PATH_CONF="${ES_HOME}/config"
            ES_TMPDIR="${ES_HOME}/tmp"
            CLI_JAVA_OPTS="-Djava.io.tmpdir=${ES_HOME}/tmp ${CLI_JAVA_OPTS:-}"
            ES_JAVA_OPTS="${ES_JAVA_OPTS:-}"
            "${ES_HOME}/bin/elasticsearch" -d -p "$PID_FILE")
        if ! runuser -u "$ES_USER" -- test -w /tmp; then
            # The JVM's attach mechanism (ES loads its entitlement agent through it)
            # insists on /tmp. When the machine's /tmp is not writable by the ES user,
            # give the node a private /tmp: ${ES_HOME}/tmp bind-mounted in its own
            # mount namespace (kept alive by the node; nothing changes outside it).
            case "$ES_HOME" in
                /tmp/*) die "/tmp is not writable by ${ES_USER}: put ES_HOME outside /tmp" ;;
            esac
            log "/tmp is not writable by ${ES_USER}: private /tmp = ${ES_HOME}/tmp"
            # shellcheck disable=SC2016  # $0/$@ are expanded by the inner sh
            launch=(unshare --mount --propagation private
                sh -c 'mount --bind "$0" /tmp && exec "$@"' "${ES_HOME}/tmp" "${launch[@]}")
        fi
        if ! (cd "$ES_HOME" && "${launch[@]}" </dev/null >>"$STDOUT_LOG" 2>&1); then
            log "launcher failed"
            show_logs
            exit 1
        fi
    fi

    if ! wait_healthy; then
        show_logs
        exit 1
    fi
    echo "ELASTICSEARCH_URL=${ES_URL}"
}

[ "$(id -u)" -eq 0 ] || die "must run as root"
# The pid file (stop) and the data live in ES_HOME: a node on another port with the
# default ES_HOME would be the shared node's twin, and "stop" would stop the shared one.
if [ "$ES_PORT" != 9200 ] && [ -z "$ES_HOME_GIVEN" ]; then
    die "ES_PORT=${ES_PORT} needs its own ES_HOME (e.g. ES_HOME=/opt/chumchon/es-${ES_PORT})"
fi

case "${1:-start}" in
    start) do_start ;;
    stop) do_stop ;;
    restart) do_stop; do_start ;;
    status)
        if body=$(healthy); then echo "$body"; else echo "not healthy"; exit 1; fi
        ;;
    *) die "usage: $0 [start|stop|restart|status]" ;;
esac
