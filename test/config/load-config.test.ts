import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearConfigCache, loadConfigForFile } from '../../server/src/node/config';

let root: string;

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rsplint-config-'));
  clearConfigCache();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('loadConfigForFile', () => {
  it('uses the nearest config file, walking up from the document folder', () => {
    write('.rsplint.yaml', 'rules:\n  missing-scale: off\n');
    write('policies/.rsplint.json', '{ "rules": { "missing-baseline": "error" } }');
    const nested = loadConfigForFile(join(root, 'policies/2025/draft.md'));
    expect(nested.configPath).toBe(join(root, 'policies/.rsplint.json'));
    expect(nested.config).toEqual({ rules: { 'missing-baseline': 'error' } });

    const top = loadConfigForFile(join(root, 'notes/draft.md'));
    expect(top.configPath).toBe(join(root, '.rsplint.yaml'));
    expect(top.config).toEqual({ rules: { 'missing-scale': 'off' } });
  });

  it('prefers .rsplint.json over .rsplint.yaml in the same folder', () => {
    write('.rsplint.yaml', 'rules:\n  missing-scale: off\n');
    write('.rsplint.json', '{}');
    expect(loadConfigForFile(join(root, 'a.md')).configPath).toBe(join(root, '.rsplint.json'));
  });

  it('reads glossary files relative to the config file, anywhere inside the repository', () => {
    mkdirSync(join(root, '.git'));
    write('docs/.rsplint.json', '{ "glossary": ["../shared/definitions.md"] }');
    write('shared/definitions.md', '**Effective compute** means training compute times the algorithmic multiplier.\n');
    const loaded = loadConfigForFile(join(root, 'docs/sub/policy.md'));
    expect(loaded.problems).toEqual([]);
    expect(loaded.glossaries).toEqual([
      { name: join(root, 'shared/definitions.md'), text: '**Effective compute** means training compute times the algorithmic multiplier.\n' },
    ]);
  });

  it('reports a missing glossary file against the config file and key, without failing', () => {
    const configPath = write('.rsplint.json', '{\n  "glossary": [\n    "defs.md",\n    "missing.md"\n  ]\n}');
    write('defs.md', 'Effective compute means …');
    const loaded = loadConfigForFile(join(root, 'policy.md'));
    expect(loaded.glossaries.map((g) => g.name)).toEqual([join(root, 'defs.md')]);
    expect(loaded.problems).toEqual([
      {
        file: configPath,
        key: 'glossary[1]',
        line: 4,
        column: 5,
        message: 'Glossary file "missing.md" cannot be used: no such file or directory.',
      },
    ]);
  });

  it('refuses glossaries outside the repository, absolute paths, links leading out and device files; reads each once', () => {
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    write('outside.md', 'Effective compute means secret text.');
    write('repo/defs.md', 'Effective compute means training compute times the multiplier.');
    symlinkSync(join(root, 'outside.md'), join(root, 'repo/link.md'));
    const entries = ['/proc/self/pagemap', '../outside.md', 'link.md', ...Array.from({ length: 500 }, () => 'defs.md')];
    const configPath = write('repo/.rsplint.json', JSON.stringify({ glossary: entries }, null, 1));
    const loaded = loadConfigForFile(join(root, 'repo/policy.md'));
    expect(loaded.glossaries.map((g) => g.name)).toEqual([join(root, 'repo/defs.md')]);
    const messages = loaded.problems.map((p) => `${p.key}: ${p.message}`);
    expect(messages).toEqual([
      'glossary[0]: Glossary file "/proc/self/pagemap" cannot be used: it must be a path relative to the configuration file, inside the repository.',
      `glossary[1]: Glossary file "../outside.md" cannot be used: it leads outside the repository (${realpathSync(join(root, 'repo'))}).`,
      `glossary[2]: Glossary file "link.md" cannot be used: it leads outside the repository (${realpathSync(join(root, 'repo'))}).`,
    ]);
    expect(loaded.problems.every((p) => p.file === configPath)).toBe(true);
  });

  it('keeps the valid rest of a broken config and names the file in each problem', () => {
    const configPath = write('.rsplint.json', '{\n  "rules": { "missing-scale": "off", "bogus-rule": "error" }\n}');
    const loaded = loadConfigForFile(join(root, 'policy.md'));
    expect(loaded.config).toEqual({ rules: { 'missing-scale': 'off' } });
    expect(loaded.problems).toEqual([
      expect.objectContaining({ file: configPath, line: 2, key: 'rules.bogus-rule' }),
    ]);
  });

  it('returns defaults when there is no config anywhere above the file', () => {
    const loaded = loadConfigForFile(join(root, 'no/config/here.md'));
    // A config file may exist above the temp folder on some machine; only assert when none was found.
    if (loaded.configPath === undefined) expect(loaded).toEqual({ config: {}, problems: [], glossaries: [] });
  });

  it('uses an explicit config file instead of searching', () => {
    write('.rsplint.json', '{ "rules": { "missing-scale": "off" } }');
    const explicit = write('ci/strict.yaml', 'rules:\n  missing-scale: error\n');
    const loaded = loadConfigForFile(join(root, 'policy.md'), { explicitConfigPath: explicit });
    expect(loaded.configPath).toBe(explicit);
    expect(loaded.config.rules).toEqual({ 'missing-scale': 'error' });
  });

  it('reports an explicit config file that does not exist', () => {
    const loaded = loadConfigForFile(join(root, 'policy.md'), { explicitConfigPath: join(root, 'nope.json') });
    expect(loaded.problems[0]).toMatchObject({ file: join(root, 'nope.json'), message: 'Cannot read the configuration: no such file or directory.' });
  });

  it('caches until the cache is cleared', () => {
    const configPath = write('.rsplint.json', '{ "rules": { "missing-scale": "off" } }');
    expect(loadConfigForFile(join(root, 'a.md')).config.rules).toEqual({ 'missing-scale': 'off' });
    writeFileSync(configPath, '{ "rules": { "missing-scale": "error" } }');
    expect(loadConfigForFile(join(root, 'a.md')).config.rules).toEqual({ 'missing-scale': 'off' });
    clearConfigCache();
    expect(loadConfigForFile(join(root, 'a.md')).config.rules).toEqual({ 'missing-scale': 'error' });
  });

  it('never executes a JavaScript config', () => {
    write('.rsplint.js', 'throw new Error("executed")');
    write('.rsplint.cjs', 'throw new Error("executed")');
    const loaded = loadConfigForFile(join(root, 'a.md'));
    expect(loaded.configPath === undefined || !/\.c?js$/.test(loaded.configPath)).toBe(true);
  });
});
