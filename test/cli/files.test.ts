import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../../server/src/node/read';
import { CLEAN, TRIGGER, rsplint, rsplintJson, useProjects } from './helpers';

const tmp = useProjects();

const linted = (cwd: string, args: string[]) => {
  const { code, results, stderr } = rsplintJson(args, { cwd });
  return { code, stderr, files: results.filter((r) => !r.messages.some((m) => m.fatal)).map((r) => r.filePath.slice(cwd.length + 1)) };
};

describe('bounded reads', () => {
  it('stops reading at the limit even when the file system reports size 0 (procfs)', () => {
    const result = readTextFile('/proc/self/pagemap', 4096);
    expect(result).toEqual({ error: 'is larger than the 4 KB limit for one file' });
  });
});

describe('directories and globs', () => {
  it('lints .md, .markdown and .txt files under a directory, honouring .gitignore and skipping node_modules', () => {
    const cwd = tmp({
      '.gitignore': 'build/\n*.draft.md\n',
      'docs/a.md': CLEAN,
      'docs/b.markdown': CLEAN,
      'docs/c.txt': CLEAN,
      'docs/d.draft.md': CLEAN,
      'docs/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]),
      'docs/sub/.gitignore': 'private.md\n',
      'docs/sub/e.md': CLEAN,
      'docs/sub/private.md': CLEAN,
      'build/out.md': CLEAN,
      'node_modules/pkg/README.md': CLEAN,
      'README.md': CLEAN,
    });
    expect(linted(cwd, ['.'])).toEqual({ code: 0, stderr: '', files: ['README.md', 'docs/a.md', 'docs/b.markdown', 'docs/c.txt', 'docs/sub/e.md'] });
    // .gitignore files above the directory argument, up to the repository root, apply too.
    expect(linted(cwd, ['docs']).files).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/c.txt', 'docs/sub/e.md']);
  });

  it('honours the config\'s ignore patterns, relative to the config file', () => {
    const cwd = tmp({ 'policies/.rsplint.json': '{ "ignore": ["archive/"] }', 'policies/current.md': CLEAN, 'policies/archive/2019.md': CLEAN });
    expect(linted(cwd, ['policies']).files).toEqual(['policies/current.md']);
  });

  it('lints a file named explicitly even when an ignore pattern matches it', () => {
    const cwd = tmp({ '.gitignore': 'drafts/\n', 'drafts/new.md': CLEAN });
    expect(linted(cwd, ['drafts/new.md']).files).toEqual(['drafts/new.md']);
    expect(linted(cwd, ['.']).files).toEqual([]);
  });

  it('expands globs to lintable files', () => {
    const cwd = tmp({ 'docs/a.md': CLEAN, 'docs/deep/b.md': CLEAN, 'docs/c.json': '{}', 'other/d.md': CLEAN });
    expect(linted(cwd, ['docs/**/*']).files).toEqual(['docs/a.md', 'docs/deep/b.md']);
  });

  it('says so, and exits 2, when a directory it was given lints nothing', () => {
    const ignored = rsplint(['drafts'], { cwd: tmp({ '.gitignore': '*.md\n', 'drafts/a.md': CLEAN, 'drafts/b.md': CLEAN }) });
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toBe('rsplint: drafts: all 2 Markdown and text files here are ignored (by a .gitignore or the configuration\'s "ignore" patterns); name a file to lint it anyway\n');
    const empty = rsplint(['assets'], { cwd: tmp({ 'assets/logo.png': Buffer.from([0x89, 0x50]) }) });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('rsplint: assets: no .md, .markdown or .txt files here\n');
  });

  it('reports a glob that matches nothing', () => {
    const { code, stderr } = rsplint(['drafts/*.md'], { cwd: tmp({}) });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: drafts/*.md: no files match this pattern\n');
  });

  it('lints a file given twice only once', () => {
    const cwd = tmp({ 'a.md': CLEAN });
    expect(linted(cwd, ['a.md', './a.md', '.']).files).toEqual(['a.md']);
  });
});

describe('files that cannot be linted', () => {
  it('a missing path: exit 2, a message naming it, and the other files still linted', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n` });
    const { code, stdout, stderr } = rsplint(['policy.md', 'no-such-draft.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: no-such-draft.md: no such file or directory\n');
    expect(stdout).toContain('policy.md');
    expect(stdout).toContain('missing-reference');
  });

  it('a binary file: exit 2 naming it, the others still linted', () => {
    const cwd = tmp({ 'scan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'policy.md': `${TRIGGER}\n` });
    const { code, stdout, stderr } = rsplint(['scan.md', 'policy.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: scan.md: looks like a binary file (it contains NUL bytes), not text\n');
    expect(stdout).toContain('missing-reference');
  });

  it('a UTF-16 file is refused with a hint to re-save it as UTF-8', () => {
    const cwd = tmp({ 'word-export.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRIGGER, 'utf16le')]) });
    const { code, stderr } = rsplint(['word-export.txt'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: word-export.txt: is encoded as UTF-16; rsplint reads UTF-8 text (re-save the file as UTF-8)\n');
  });

  it('a directory symbolic link loop: exit 2 naming it, the other files still linted', () => {
    const cwd = tmp({ 'docs/a.md': `${TRIGGER}\n` });
    symlinkSync(join(cwd, 'docs'), join(cwd, 'docs/loop'));
    const { code, stdout, stderr } = rsplint(['docs'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: docs/loop: symbolic link loop (leads back to docs); not followed\n');
    expect(stdout).toContain('docs/a.md');
  });

  it('strips a UTF-8 byte-order mark, so columns match the editor', () => {
    const plain = rsplintJson(['a.md'], { cwd: tmp({ 'a.md': `${TRIGGER}\n` }) }).results[0]!.messages;
    const bom = rsplintJson(['a.md'], { cwd: tmp({ 'a.md': `\uFEFF${TRIGGER}\n` }) }).results[0]!.messages;
    expect(bom.map((m) => [m.ruleId, m.line, m.column])).toEqual(plain.map((m) => [m.ruleId, m.line, m.column]));
  });

  it('survives invalid UTF-8 and still reports what it finds', () => {
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x0a]), Buffer.from(`${TRIGGER}\n`)]);
    const { code, results } = rsplintJson(['broken.md'], { cwd: tmp({ 'broken.md': bytes }) });
    expect(code).toBe(1);
    expect(results[0]!.messages[0]!.line).toBe(2);
  });

  it('refuses a file over the size limit with a clear reason', () => {
    const cwd = tmp({});
    const path = join(cwd, 'huge.md');
    writeFileSync(path, 'x'.repeat(2048));
    expect(readTextFile(path, 1024)).toEqual({ error: 'is 2 KB, over the 1 KB limit for one file' });
    expect(readTextFile(path, 1536)).toEqual({ error: 'is 2 KB, over the 1.5 KB limit for one file' });
    expect(readTextFile(path)).toEqual({ text: 'x'.repeat(2048) });
    expect(decodeText(Buffer.from('\uFEFFhello'))).toEqual({ text: 'hello' });
  });
});
