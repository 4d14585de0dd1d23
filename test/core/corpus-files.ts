// The Markdown and text documents the engine's own tests read as real-world input: the fixtures, the
// rule docs, the example draft and the shared corpus beside the repository.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Every .md and .txt file below `dir` (none when it does not exist). */
export function documentsUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  let out: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(documentsUnder(path));
    else if (/\.(?:md|txt)$/.test(name)) out.push(path);
  }
  return out;
}

/** The fixtures, rule docs, examples and the shared corpus. */
export function testDocuments(): string[] {
  return [join(ROOT, 'test', 'fixtures'), join(ROOT, 'docs', 'rules'), join(ROOT, 'examples'), join(ROOT, '..', 'shared', 'corpus')].flatMap(documentsUnder);
}
