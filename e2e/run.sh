#!/usr/bin/env bash
# End-to-end tests of what a user sees (npm run test:e2e):
#   1. VS Code: packages the real .vsix (npm run package), installs it into a fresh code-server profile,
#      serves a workspace with a copy of examples/rsp-draft.md on 127.0.0.1, and drives the workbench in
#      headless chromium (e2e/driver.mjs): one code-server and one browser for all scenarios.
#   2. Neovim: the bundled language server over stdio in Debian's Neovim (e2e/run-nvim.sh).
# Screenshots: test-output/e2e/<scenario>.png. Exit 0 only if every scenario passed.
# Prerequisites: bash e2e/setup.sh (installs chromium, neovim, code-server, playwright-core).
#   E2E_ONLY=vscode|nvim   run one half only
#   E2E_KEEP=1             keep the run directory (code-server logs, profile, workspace) afterwards
#   PORT=<n>               port for code-server (default: a free one)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
E2E_DIR=${RSPLINT_E2E_DIR:-/tmp/rsplint-e2e}
ONLY=${E2E_ONLY:-}
t0=$SECONDS
say() { echo "[e2e $((SECONDS - t0))s] $*"; }

[ -f "$E2E_DIR/paths.sh" ] || { echo "e2e: prerequisites missing in $E2E_DIR: run 'bash e2e/setup.sh' first"; exit 2; }
# shellcheck disable=SC1091
. "$E2E_DIR/paths.sh"
[ -f "$E2E_DIR/env.sh" ] && . "$E2E_DIR/env.sh"   # another node major for code-server, if setup.sh needed one
OUT="$ROOT/test-output/e2e"
rm -rf "$OUT" && mkdir -p "$OUT"
RUN=$(mktemp -d "$E2E_DIR/run.XXXXXX")
CS_PID=
cleanup() {
  # code-server runs in its own process group (setsid): stop the group so the extension host, file
  # watcher and language server go with it.
  if [ -n "$CS_PID" ]; then kill -- -"$CS_PID" 2>/dev/null || true; fi
  if [ -z "${E2E_KEEP:-}" ] && [ "${rc:-1}" = 0 ]; then rm -rf "$RUN"; else echo "[e2e] run directory kept: $RUN"; fi
}
trap cleanup EXIT

passed=0
failed=0
rc=0

if [ "$ONLY" != nvim ]; then
  # 1) the real package, as users get it
  say "npm run package"
  (cd "$ROOT" && npm run --silent package -- --out "$RUN/rsplint.vsix") > "$RUN/package.log" 2>&1 \
    || { tail -30 "$RUN/package.log"; echo "e2e: npm run package failed (log: $RUN/package.log)"; exit 1; }
  export XDG_DATA_HOME="$RUN/xdg-data" XDG_CONFIG_HOME="$RUN/xdg-config"   # code-server writes there regardless
  PORT=${PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$RUN/config.yaml"
  "$CS" --config "$RUN/config.yaml" --user-data-dir "$RUN/data" --extensions-dir "$RUN/exts" \
    --install-extension "$RUN/rsplint.vsix" > "$RUN/install.log" 2>&1 \
    || { cat "$RUN/install.log"; echo "e2e: installing the .vsix into code-server failed"; exit 1; }
  say "packaged $(du -k "$RUN/rsplint.vsix" | cut -f1) KB and installed: $(ls "$RUN/exts" | grep -i rsplint | head -1)"

  # 2) a fresh profile: no welcome page, trust prompt, AI features, update or gallery traffic; tabs stay
  #    open (no preview tabs) so a document's diagnostics stay published while another is active
  mkdir -p "$RUN/data/User" "$RUN/data/Machine" "$RUN/ws"
  cat > "$RUN/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.editor.enablePreview": false,
  "workbench.editor.enablePreviewFromQuickOpen": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "chat.disableAIFeatures": true,
  "files.autoSave": "off",
  "editor.minimap.enabled": false,
  "git.enabled": false
}
JSON
  cp "$ROOT/examples/rsp-draft.md" "$RUN/ws/rsp-draft.md"
  # A second draft with no Definitions section: "Add a complete definition" must create one, once.
  cat > "$RUN/ws/compute-policy.md" <<'MD'
# Compute policy

We run a comprehensive evaluation after every 4x increase in effective compute.

Training also pauses at every 2x increase in effective compute until the evaluation is complete.
MD

  # 3) serve on loopback only, in its own process group
  RSPLINT_DUMP="$RUN/diagnostics.json" setsid "$CS" --config "$RUN/config.yaml" --bind-addr "127.0.0.1:$PORT" \
    --auth none --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --user-data-dir "$RUN/data" --extensions-dir "$RUN/exts" \
    "$RUN/ws" > "$RUN/code-server.log" 2>&1 &
  CS_PID=$!
  up=
  for _ in $(seq 1 120); do   # poll the health endpoint, up to 60 s
    if curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then up=1; break; fi
    kill -0 "$CS_PID" 2>/dev/null || break
    sleep 0.5
  done
  [ -n "$up" ] || { tail -30 "$RUN/code-server.log"; echo "e2e: code-server did not come up on 127.0.0.1:$PORT"; exit 1; }
  say "code-server up on 127.0.0.1:$PORT"

  # 4) the scenarios (the driver prints PASS/FAIL per scenario and writes its tally to $RUN/vscode.tally)
  vrc=0
  timeout 900 env CS_URL="http://127.0.0.1:$PORT/?folder=$RUN/ws" WS="$RUN/ws" OUT_DIR="$OUT" \
    DUMP_FILE="$RUN/diagnostics.json" TALLY="$RUN/vscode.tally" PLAYWRIGHT="$PLAYWRIGHT" CHROMIUM="$CHROMIUM" \
    RSPLINT_CLI="$ROOT/bin/rsplint.js" node "$ROOT/e2e/driver.mjs" || vrc=$?
  if [ -f "$RUN/vscode.tally" ]; then read -r p f < "$RUN/vscode.tally"; passed=$((passed + p)); failed=$((failed + f))
  else failed=$((failed + 1)); echo "FAIL vscode: the driver stopped before reporting (exit $vrc)"; fi
  [ "$vrc" = 0 ] || rc=1
  kill -- -"$CS_PID" 2>/dev/null || true
  CS_PID=
  say "VS Code part done"
fi

if [ "$ONLY" != vscode ]; then
  nrc=0
  bash "$ROOT/e2e/run-nvim.sh" "$RUN/nvim" || nrc=$?
  if [ "$nrc" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); rc=1; fi
  say "Neovim part done"
fi

say "screenshots in ${OUT#"$ROOT"/}/"
echo "e2e: $passed passed, $failed failed"
exit $rc
