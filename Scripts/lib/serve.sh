# Sourced (not run) by the scripts that measure or test a real `oam serve`: starts the server
# on a free loopback port, waits for the URL it prints, and stops it when the script exits.
#
#   source "$(dirname "$0")/lib/serve.sh"
#   serve_temp out          # a temporary file in $out, removed on exit
#   serve_start "$oam" --max-concurrent 1024
#   curl "$url/healthz"     # $url has no trailing slash; $server is the server's pid
#
# The server's standard output (where it prints its URL) goes to a temporary log; its
# standard error (one access-log line per request) to $serve_stderr, the log itself unless
# the caller sets it (a benchmark sets /dev/null: hundreds of thousands of log lines would
# be written to disk while it measures). A server that exits or prints no URL within 30 s
# stops the script with exit 2 and its log.

serve_files=()

# Stops the server (SIGTERM, then waits, so in-flight requests finish) and removes the
# temporary files.
serve_stop() {
  if [ -n "${server:-}" ]; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ ${#serve_files[@]} -gt 0 ]; then rm -f "${serve_files[@]}"; fi
}

# serve_temp NAME: a new temporary file whose path is put in the variable NAME.
serve_temp() {
  local path
  path=$(mktemp)
  serve_files+=("$path")
  printf -v "$1" '%s' "$path"
}

# serve_start OAM [ARG...]: `OAM serve --port 0 --registry Registry ARG...` in the
# background; sets $server and $url.
serve_start() {
  local oam=$1
  shift
  trap serve_stop EXIT
  serve_temp serve_log
  "$oam" serve --port 0 --registry Registry "$@" >"$serve_log" 2>"${serve_stderr:-$serve_log}" &
  server=$!
  url=""
  for _ in $(seq 1 150); do
    url=$(grep -o 'http://127.0.0.1:[0-9]*' "$serve_log" | head -n 1 || true)
    [ -n "$url" ] && return 0
    if ! kill -0 "$server" 2>/dev/null; then
      cat "$serve_log" >&2
      echo "oam serve exited before listening" >&2
      exit 2
    fi
    sleep 0.2
  done
  cat "$serve_log" >&2
  echo "oam serve printed no URL within 30 s" >&2
  exit 2
}
