// Invariants of the editor side, checked mechanically: one module turns offsets into LSP positions,
// and the VS Code client holds no linting logic (it never imports the engine or the server).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const read = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));

describe('editor-side architecture', () => {
  it('converts offsets to positions only in server/src/lsp/positions.ts', () => {
    const offenders = read('server/src/lsp')
      .filter((f) => f.file !== 'server/src/lsp/positions.ts' && /\.(positionAt|offsetAt)\(/.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('keeps the VS Code client free of the engine and the server', () => {
    const offenders = read('client/src')
      .filter((f) => /from '(\.\.\/)+server\//.test(f.text) || /from '.*\/core(\/|')/.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('keeps the rules out of the engine: core never imports server/src/rules (the composition root, server/src/lint.ts, binds them)', () => {
    const offenders = read('server/src/core')
      .filter((f) => /from '(\.\.\/)+rules(\/|')/.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('has hosts import the engine through the composition root only', () => {
    const offenders = [...read('server/src/cli'), ...read('server/src/lsp')]
      .filter((f) => /from '(\.\.\/)+core(\/index)?'/.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('keeps LSP types out of the engine', () => {
    const offenders = read('server/src/core')
      .filter((f) => /from 'vscode-languageserver|from 'vscode'/.test(f.text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
