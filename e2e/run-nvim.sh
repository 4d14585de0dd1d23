#!/usr/bin/env bash
# Neovim end-to-end check of the bundled language server (bin/rsplint-language-server.js --stdio) with
# Neovim's built-in LSP client, headless: see e2e/nvim/lsp_e2e.lua. Works on a copy of
# examples/rsp-draft.md in WORK_DIR (default: a fresh temp dir). Needs nvim (bash e2e/setup.sh).
# Usage: e2e/run-nvim.sh [WORK_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v nvim >/dev/null || { echo "FAIL neovim: nvim not installed (run: bash e2e/setup.sh)"; exit 2; }
[ -f "$ROOT/dist/server.js" ] || (cd "$ROOT" && npm run --silent build >/dev/null)
if [ -n "${1:-}" ]; then WORK=$1; mkdir -p "$WORK"
else WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT; fi
cp "$ROOT/examples/rsp-draft.md" "$WORK/rsp-draft.md"
cd "$WORK"
t0=$SECONDS
echo "[nvim] $(nvim --version | head -1), server: bin/rsplint-language-server.js --stdio"
# --clean: no user config or plugins (builtin filetype detection stays); -n: no swap file.
# timeout: a server that never answers would otherwise hang nvim forever.
rc=0
RSPLINT_SERVER="$ROOT/bin/rsplint-language-server.js" timeout 90 \
  nvim --headless --clean -n -c "luafile $ROOT/e2e/nvim/lsp_e2e.lua" rsp-draft.md || rc=$?
[ "$rc" = 124 ] && echo "FAIL neovim: timed out after 90 s"
echo "[nvim] rc=$rc in $((SECONDS - t0)) s"
exit "$rc"
