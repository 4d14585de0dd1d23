// Bundles the CLI, the language server and the VS Code client with esbuild. Runs on `npm ci`
// (the `prepare` script), so `npx rsplint` works straight after a fresh clone.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'server/src/lsp/analysis-worker.ts', out: 'dist/analysis-worker.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

const production = process.argv.includes('--production');
for (const entry of entries) {
  if (!existsSync(entry.in)) continue;
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    external: entry.external ?? [],
    logLevel: 'warning',
    // jsonc-parser's UMD entry hides its modules from the bundler; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    // remark's ESM packages use import.meta only in code paths we do not reach; keep esbuild quiet about it.
    define: { 'import.meta.url': '__rsplint_import_meta_url' },
    banner: { js: "const __rsplint_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  });
}
