// Rewrites the rules table in README.md from the rule metadata (server/src/rules).
//   node scripts/gen-rules-table.mjs          rewrite README.md in place
//   node scripts/gen-rules-table.mjs --check  exit 1 when README.md is out of date, change nothing
// The metadata is TypeScript, so esbuild bundles scripts/rules-table.ts in memory and we import the result.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const check = process.argv.includes('--check');

const bundle = await build({
  entryPoints: [join(root, 'scripts/rules-table.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { buildRulesTable, extractRulesTable, replaceRulesTable } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const readme = readFileSync(readmePath, 'utf8');
const table = buildRulesTable();
if (check) {
  if (extractRulesTable(readme) === table) process.exit(0);
  process.stderr.write('README.md: the rules table is out of date with server/src/rules; run `npm run docs:rules`.\n');
  process.exit(1);
}
let updated;
try {
  updated = replaceRulesTable(readme, table);
} catch (error) {
  process.stderr.write(`README.md: ${error.message}\n`);
  process.exit(2);
}
if (updated !== readme) writeFileSync(readmePath, updated);
process.stdout.write(`${table}\n`);
