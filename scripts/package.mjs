// Builds the production bundles and packages the VS Code extension (.vsix), then checks what went
// into it: the bundles, rule docs, schema, grammar, icon and top-level documents, and no node_modules,
// sources or source maps. Exits non-zero, naming the entries, when the package is not what it should be.
//
//   node scripts/package.mjs [--out <file.vsix>] [--skip-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${[command, ...commandArgs].join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

if (!args.includes('--skip-build')) run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
mkdirSync(dirname(out), { recursive: true });
// Relative links in the README become absolute in the Marketplace page; they point at the repository.
const base = String(pkg.repository?.url ?? '').replace(/\.git$/, '');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out, ...(base ? ['--baseContentUrl', `${base}/blob/main`, '--baseImagesUrl', `${base}/raw/main`] : [])]);

const entries = zipEntries(readFileSync(out));
const files = entries.map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
const ruleDocs = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`);
const required = [
  'package.json',
  'dist/extension.js',
  'dist/server.js',
  'dist/analysis-worker.js',
  'examples/rsp-draft.md',
  'schemas/rsplint.schema.json',
  'syntaxes/rsplint.injection.tmLanguage.json',
  'images/icon.png',
  'readme.md',
  'changelog.md',
  ...ruleDocs,
];
const lower = new Set(files.map((f) => f.toLowerCase()));
const missing = required.filter((f) => !lower.has(f.toLowerCase()));
if (!files.some((f) => /^license(\.txt|\.md)?$/i.test(f))) missing.push('LICENSE');
const forbidden = files.filter((f) => /(^|\/)node_modules\//.test(f) || /\.(ts|map|mts|cts)$/.test(f) || /^(server|client|test|scripts)\//.test(f));

console.log(`\n${out} (${(statSync(out).size / 1024).toFixed(0)} KB, ${files.length} files):`);
for (const f of files.sort()) console.log(`  ${f}`);
if (missing.length || forbidden.length) {
  if (missing.length) console.error(`package: missing from the .vsix: ${missing.join(', ')}`);
  if (forbidden.length) console.error(`package: must not be in the .vsix: ${forbidden.join(', ')}`);
  process.exit(1);
}
// The manifest inside the package must point at the bundled client.
const manifest = entries.find((e) => e.name === 'extension/package.json');
const main = JSON.parse(manifest.read().toString('utf8')).main;
if (main !== './dist/extension.js') {
  console.error(`package: package.json "main" is ${JSON.stringify(main)}, expected "./dist/extension.js"`);
  process.exit(1);
}
console.log('package: contents checked');

/** Reads a zip's central directory (no dependency needed for a listing and one small entry). */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const result = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    result.push({
      name,
      read() {
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + size);
        return method === 8 ? inflateRawSync(data) : data;
      },
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return result;
}
