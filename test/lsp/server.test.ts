// Protocol tests: the built language server over stdio, driven the way an editor drives it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, InitializeResult, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, TestClient } from './harness';

const TRIGGER = 'We will evaluate after every 4x increase in effective compute.';
const DRAFT = `# Scaling policy\n\n${TRIGGER}\n`;
const WITH_DEFINITION = [
  '# Scaling policy',
  '',
  '## Definitions',
  '',
  '**Effective compute** means training compute multiplied by algorithmic gains measured as cross-entropy loss on our held-out test set.',
  '',
  '## Triggers',
  '',
  TRIGGER,
  '',
].join('\n');

/** True when every character of `original` survives, in order, in `edited` (edits only inserted). */
function keepsAllOf(original: string, edited: string): boolean {
  let i = 0;
  for (const ch of edited) if (i < original.length && ch === original[i]) i++;
  return i === original.length;
}

const FACET_RULE_IDS = ['missing-baseline', 'missing-benchmark', 'missing-scale', 'missing-post-training', 'missing-reference', 'missing-counting-scope'];
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rsplint-lsp-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('a push-diagnostics client (no textDocument/diagnostic capability)', () => {
  let client: TestClient;
  let init: InitializeResult;
  beforeAll(async () => {
    ({ client, init } = await TestClient.start({ settings: { '*': { debounceMs: 20 } } }));
  });
  afterAll(() => client.stop());

  it('advertises the features it serves, and push diagnostics', () => {
    const caps = init.capabilities;
    expect(caps.hoverProvider).toBe(true);
    expect(caps.definitionProvider).toBe(true);
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.rsplint']) });
    expect((caps.executeCommandProvider?.commands ?? []).sort()).toEqual(
      expect.arrayContaining(['rsplint.lintWorkspace', 'rsplint.insertDefinitionsBlock', 'rsplint.showThresholdSummary']),
    );
    expect(caps.diagnosticProvider).toBeUndefined();
  });

  it('publishes one diagnostic per missing facet, with rule id, docs link and source', async () => {
    const uri = 'untitled:draft-1';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    // One per missing facet (other rules may report on the same phrase too).
    const facetCodes = codes(diagnostics).filter((c) => FACET_RULE_IDS.includes(String(c)));
    expect(facetCodes).toEqual(['missing-baseline', 'missing-benchmark', 'missing-post-training', 'missing-reference', 'missing-scale']);
    const reference = diagnostics.find((d) => d.code === 'missing-reference')!;
    expect(reference.source).toBe('rsplint');
    expect(reference.message).toMatch(/reference point/);
    // The range covers the phrase on line 3 (0-based 2).
    expect(reference.range.start.line).toBe(2);
    expect(DRAFT.split('\n')[2]!.slice(reference.range.start.character, reference.range.end.character)).toContain('4x increase in effective compute');
    const href = reference.codeDescription!.href;
    expect(href).toMatch(/^file:.*docs\/rules\/missing-reference\.md$/);
    expect(existsSync(fileURLToPath(href))).toBe(true);
    expect(reference.data).toMatchObject({ ruleId: 'missing-reference', version: 1 });
  });

  it('points related information at the definition the tool used', async () => {
    const uri = 'untitled:with-definition';
    await client.open(uri, WITH_DEFINITION);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const onTrigger = diagnostics.filter((d) => d.range.start.line === 8);
    expect(onTrigger.length).toBeGreaterThan(0);
    // The definition states the benchmark, so no benchmark finding on the trigger.
    expect(codes(onTrigger)).not.toContain('missing-benchmark');
    const related = onTrigger.find((d) => d.code === 'missing-baseline')!.relatedInformation!;
    expect(related[0]!.location.uri).toBe(uri);
    expect(related[0]!.location.range.start.line).toBe(4);
    expect(related[0]!.message).toMatch(/Definition of effective compute/);
  });

  it('keeps the Quick Fix menu short: one "disable" naming every rule on the line, one "Learn more" (issue 11 §4)', async () => {
    const uri = 'untitled:menu';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const reference = diagnostics.find((d) => d.code === 'missing-reference')!;
    const onLine = diagnostics.filter((d) => d.range.start.line === reference.range.start.line);
    expect(new Set(onLine.map((d) => d.code)).size).toBeGreaterThan(2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: reference.range, context: { diagnostics: onLine } });
    const titles = actions.map((a) => a.title);
    const disables = titles.filter((t) => t.startsWith('Disable '));
    expect(disables).toHaveLength(1);
    for (const d of onLine) expect(disables[0]).toContain(String(d.code));
    expect(titles.filter((t) => t.startsWith('Learn more'))).toHaveLength(1);
    // The one disable silences every finding on the line and nothing else.
    const version = await client.apply(actions.find((a) => a.title === disables[0])!.edit!);
    const after = await client.diagnosticsFor(uri, version);
    const line = reference.range.start.line + 1;
    expect(after.filter((d) => d.range.start.line === line && d.code !== 'unfilled-placeholder')).toEqual([]);
    const elsewhere = (ds: Diagnostic[], l: number) => ds.filter((d) => d.range.start.line !== l && d.code !== 'unfilled-placeholder').length;
    expect(elsewhere(after, line)).toBe(elsewhere(diagnostics, line - 1));
  });

  it('inserts the missing definition from the preferred quick fix, keeping every word of the author', async () => {
    const uri = 'untitled:quickfix';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const reference = diagnostics.find((d) => d.code === 'missing-reference')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: reference.range,
      context: { diagnostics: [reference] },
    });
    const titles = actions.map((a) => a.title);
    expect(titles[0]).toBe('Insert the missing definition (reference point)');
    expect(actions[0]!.isPreferred).toBe(true);
    expect(titles).toContain('Disable missing-reference for this line');
    expect(titles).toContain('Learn more about missing-reference');
    // The fix selects its first placeholder afterwards.
    expect(actions[0]!.command?.command).toBe('rsplint.selectPlaceholder');

    const version = await client.apply(actions[0]!.edit!);
    const after = await client.diagnosticsFor(uri, version);
    const edited = client.text(uri);
    expect(edited).toContain('⟨');
    expect(keepsAllOf(DRAFT, edited)).toBe(true);
    expect(after.filter((d) => d.code === 'missing-reference')).toEqual([]);
    // The other facets of the same mention are still reported.
    expect(codes(after)).toContain('missing-baseline');

    await client.request('workspace/executeCommand', { command: 'rsplint.selectPlaceholder', arguments: actions[0]!.command!.arguments });
    const shown = client.shownDocuments.at(-1)!;
    expect(shown.uri).toBe(uri);
    const doc = client.docs.get(uri)!;
    const selected = edited.slice(doc.offsetAt(shown.selection!.start), doc.offsetAt(shown.selection!.end));
    expect(selected).toMatch(/^⟨[^⟩]+⟩$/);
  });

  it('offers a complete definition of the term, and a benchmark-score trigger for a relative trigger', async () => {
    const uri = 'untitled:complete';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    // It writes in another place than the line the author is on, and its title says where.
    const complete = actions.filter((a) => a.title === 'Add a complete definition of effective compute in a new Definitions section at the end');
    expect(complete).toHaveLength(1); // once per term, not once per diagnostic
    expect(actions.filter((a) => /benchmark-score trigger/.test(a.title))).toHaveLength(1);
    const version = await client.apply(complete[0]!.edit!);
    const after = await client.diagnosticsFor(uri, version);
    const edited = client.text(uri);
    expect(keepsAllOf(DRAFT, edited)).toBe(true);
    expect(edited.match(/## Definitions/g)).toHaveLength(1);
    expect(codes(after)).not.toContain('missing-baseline');
    expect(codes(after)).toContain('missing-reference');
  });

  it('disables a rule for one line with a comment on its own line above', async () => {
    const uri = 'untitled:disable';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const scale = diagnostics.find((d) => d.code === 'missing-scale')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: scale.range, context: { diagnostics: [scale] } });
    const disable = actions.find((a) => a.title === 'Disable missing-scale for this line')!;
    const version = await client.apply(disable.edit!);
    const edited = client.text(uri);
    expect(edited).toBe(`# Scaling policy\n\n<!-- rsplint-disable-next-line missing-scale -- ⟨reason⟩ -->\n${TRIGGER}\n`);
    const after = await client.diagnosticsFor(uri, version);
    expect(codes(after)).not.toContain('missing-scale');
    expect(codes(after)).toContain('missing-reference');
  });

  it('returns no fix-all edit when no finding has a deterministic fix (placeholders never run unattended)', async () => {
    const uri = 'untitled:fixall';
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.rsplint'] },
    });
    expect(actions).toEqual([]);
  });

  it('refuses fixes computed for an older version of the document', async () => {
    const uri = 'untitled:stale';
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const reference = diagnostics.find((d) => d.code === 'missing-reference')!;
    // The author types a word in front of the phrase; the old diagnostic (old range, old data) is stale.
    await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Indeed, ' }]);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: reference.range, context: { diagnostics: [reference] } });
    expect(actions.filter((a) => a.edit)).toEqual([]);
    expect(actions.map((a) => a.title)).toEqual(['Learn more about missing-reference']);
  });

  it('shows the facet checklist with evidence on hover', async () => {
    const uri = 'untitled:hover';
    await client.open(uri, WITH_DEFINITION);
    await client.diagnosticsFor(uri, 1);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 35 } });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toMatch(/trigger/);
    expect(value).toMatch(/\| ✓ \| Benchmark \| "[^"]*cross-entropy loss[^"]*" \(line 5\)/);
    expect(value).toMatch(/\| ✗ \| Reference point \| not stated/);
    expect(value).toMatch(/\| n\/a \| Counting scope/);
    expect(value).toMatch(/Why the missing facets matter/);
    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('goes from a mention to the definition it was resolved against', async () => {
    const uri = 'untitled:definition';
    await client.open(uri, WITH_DEFINITION);
    await client.diagnosticsFor(uri, 1);
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 8, character: 35 } });
    expect(location.uri).toBe(uri);
    expect(location.range.start.line).toBe(4);
  });

  it('lists every threshold phrase as a document symbol', async () => {
    const uri = 'untitled:symbols';
    await client.open(uri, WITH_DEFINITION);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['Effective compute', 'after every 4x increase in effective compute']);
    expect(symbols[1]!.detail).toMatch(/^trigger · relative effective compute · missing: .*reference point/);
  });

  it('returns the threshold summary of a document as a Markdown table', async () => {
    const uri = 'untitled:summary';
    await client.open(uri, WITH_DEFINITION);
    const summary = await client.request<string>('workspace/executeCommand', { command: 'rsplint.showThresholdSummary', arguments: [uri] });
    expect(summary).toContain('| Line | Phrase | What it is | Value | Baseline | Benchmark | Scale | Post-training | Reference | Counting |');
    expect(summary).toMatch(/\| 9 \| after every 4x increase in effective compute \| trigger: multiple of effective compute \| after every 4x \| ✗ \| ✓ l\. \d+ \| ✗ \| ✗ \| ✗ \| — \|/);
  });

  it('links every line number of a file\'s threshold summary to that line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsplint-summary-'));
    const path = join(dir, 'policy.md');
    writeFileSync(path, WITH_DEFINITION);
    const uri = pathToFileURL(path).href;
    await client.open(uri, WITH_DEFINITION);
    const summary = await client.request<string>('workspace/executeCommand', { command: 'rsplint.showThresholdSummary', arguments: [uri] });
    expect(summary).toContain(`| [9](${uri}#L9) | after every 4x increase in effective compute |`);
    expect(summary).toMatch(new RegExp(`✓ l\\. \\[5\\]\\(${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#L5\\)`));
    rmSync(dir, { recursive: true, force: true });
  });

  it('inserts one Definitions block for every undefined term, and nothing the second time', async () => {
    const uri = 'untitled:block';
    await client.open(uri, DRAFT);
    const result = await client.request<{ terms: string[]; applied: boolean }>('workspace/executeCommand', { command: 'rsplint.insertDefinitionsBlock', arguments: [uri] });
    expect(result).toEqual({ terms: ['effective compute'], applied: true });
    const edited = client.text(uri);
    expect(edited.match(/## Definitions/g)).toHaveLength(1);
    expect(keepsAllOf(DRAFT, edited)).toBe(true);
    // What was inserted is revealed and selected.
    const shown = client.shownDocuments.at(-1)!;
    expect(shown.uri).toBe(uri);
    const doc = client.docs.get(uri)!;
    expect(edited.slice(doc.offsetAt(shown.selection!.start), doc.offsetAt(shown.selection!.end))).toMatch(/^## Definitions[\s\S]*\*\*Effective compute\*\*/);
    const again = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'rsplint.insertDefinitionsBlock', arguments: [uri] });
    expect(again.applied).toBe(false);
    expect(client.text(uri)).toBe(edited);
  });

  it('inserts into an existing numbered Definitions section instead of adding a second one', async () => {
    const uri = 'untitled:numbered-definitions';
    const text = '# Policy\n\n## 1. Triggers\n\nWe will evaluate after every 4x increase in effective compute since the last evaluated model.\n\n## 2. Definitions\n\nModel means a trained AI system.\n\n## 3. Review\n\nThe board reviews this policy yearly.\n';
    await client.open(uri, text);
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'rsplint.insertDefinitionsBlock', arguments: [uri] });
    expect(result.applied).toBe(true);
    const edited = client.text(uri);
    expect(edited.match(/Definitions/g)).toHaveLength(1);
    expect(edited.indexOf('**Effective compute**')).toBeGreaterThan(edited.indexOf('## 2. Definitions'));
    expect(edited.indexOf('**Effective compute**')).toBeLessThan(edited.indexOf('## 3. Review'));
    expect(keepsAllOf(text, edited)).toBe(true);
  });

  it('keeps serving after edits to unknown documents, out-of-range edits and unknown commands', async () => {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'untitled:never-opened', version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 3 } }, text: 'x' }],
    });
    const uri = 'untitled:out-of-range';
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    const version = await client.change(uri, [{ range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: '\nMore text.' }]);
    await client.diagnosticsFor(uri, version);
    expect(await client.request('workspace/executeCommand', { command: 'rsplint.noSuchCommand', arguments: [] })).toBeNull();
    expect(await client.request('textDocument/hover', { textDocument: { uri: 'untitled:unknown' }, position: { line: 0, character: 0 } })).toBeNull();
    expect(client.exited).toBe(false);
  });

  it('after 500 rapid edits, publishes exactly what a fresh analysis of the final text gives', async () => {
    const uri = 'untitled:rapid';
    await client.open(uri, DRAFT);
    await client.diagnosticsFor(uri, 1);
    let version = 1;
    const words = ['Moreover ', 'every 2x increase in effective compute ', 'the model ', '10^26 FLOP ', 'and '];
    for (let i = 0; i < 500; i++) {
      const doc = client.docs.get(uri)!;
      const text = doc.getText();
      const at = (i * 7919) % (text.length + 1);
      const deleting = i % 3 === 2 && text.length > 200;
      const range = deleting
        ? { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + 5)) }
        : { start: doc.positionAt(at), end: doc.positionAt(at) };
      version = await client.change(uri, [{ range, text: deleting ? '' : words[i % words.length]! }]);
    }
    const final = await client.diagnosticsFor(uri, version);
    const reference = 'untitled:rapid-reference';
    await client.open(reference, client.text(uri));
    const expected = await client.diagnosticsFor(reference, 1);
    const shape = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.range, d.message, d.severity]);
    expect(shape(final)).toEqual(shape(expected));
    expect(final.length).toBeGreaterThan(0);
    // Nothing was published for the versions in between once their successors arrived.
    const forRapid = client.published.filter((p) => p.uri === uri);
    expect(forRapid.length).toBeLessThan(50);
  });
});

describe('configuration', () => {
  it('applies a project config change without a restart', async () => {
    const dir = mkdtempSync(join(tmp, 'ws-'));
    const file = join(dir, 'policy.md');
    writeFileSync(file, DRAFT);
    const uri = pathToFileURL(file).href;
    const { client } = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href], settings: { '*': { debounceMs: 0 } } });
    try {
      await client.open(uri, DRAFT);
      expect(codes(await client.diagnosticsFor(uri, 1))).toContain('missing-reference');
      const seen = client.published.length;
      writeFileSync(join(dir, '.rsplint.json'), '{\n  // The reference point is fixed in Annex A.\n  "rules": { "missing-reference": "off" }\n}\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.rsplint.json')).href, type: 1 }] });
      const after = await client.waitFor('diagnostics after the config change', () => {
        const p = client.published.slice(seen).find((x) => x.uri === uri);
        return p?.diagnostics;
      });
      expect(codes(after)).not.toContain('missing-reference');
      expect(codes(after)).toContain('missing-baseline');
    } finally {
      await client.stop();
    }
  });

  it('asks editors that can watch files to watch the config files for it', async () => {
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } };
    const { client } = await TestClient.start({ capabilities });
    try {
      const registration = await client.waitFor('a file-watcher registration', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      expect(registration.registerOptions).toEqual({ watchers: [{ globPattern: '**/.rsplint.{json,jsonc,yaml,yml}' }] });
    } finally {
      await client.stop();
    }
    // The VS Code extension watches them itself and says so.
    const vscodeLike = await TestClient.start({ capabilities, initializationOptions: { watchesConfigFiles: true } });
    try {
      await vscodeLike.client.open('untitled:probe', DRAFT);
      await vscodeLike.client.diagnosticsFor('untitled:probe', 1);
      expect(vscodeLike.client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')).toEqual([]);
    } finally {
      await vscodeLike.client.stop();
    }
  });

  it('reports a broken config once, naming file, line and key, and lints with defaults', async () => {
    const dir = mkdtempSync(join(tmp, 'broken-'));
    writeFileSync(join(dir, '.rsplint.json'), '{\n  "rules": {\n    "missing-scale": "loud"\n  }\n}\n');
    const { client } = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const a = pathToFileURL(join(dir, 'a.md')).href;
      const b = pathToFileURL(join(dir, 'b.md')).href;
      await client.open(a, DRAFT);
      await client.open(b, DRAFT);
      expect(codes(await client.diagnosticsFor(a, 1))).toContain('missing-scale');
      await client.diagnosticsFor(b, 1);
      const shown = client.messages.filter((m) => /rsplint/.test(m.message));
      expect(shown).toHaveLength(1);
      expect(shown[0]!.message).toContain(join(dir, '.rsplint.json'));
      expect(shown[0]!.message).toMatch(/line 3/);
      expect(shown[0]!.message).toContain('rules.missing-scale');
    } finally {
      await client.stop();
    }
  });

  it('reads settings per resource: one folder can turn a rule off or rsplint off entirely', async () => {
    const one = pathToFileURL(mkdtempSync(join(tmp, 'one-'))).href;
    const two = pathToFileURL(mkdtempSync(join(tmp, 'two-'))).href;
    const a = `${one}/a.md`;
    const b = `${two}/b.md`;
    const { client } = await TestClient.start({
      workspaceFolders: [one, two],
      settings: { [a]: { rules: { 'missing-baseline': 'off' } }, [b]: { enable: false } },
    });
    try {
      await client.open(a, DRAFT);
      await client.open(b, DRAFT);
      const forA = await client.diagnosticsFor(a, 1);
      expect(codes(forA)).not.toContain('missing-baseline');
      expect(codes(forA)).toContain('missing-reference');
      expect(await client.diagnosticsFor(b, 1)).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('when to lint', () => {
  it('with rsplint.run = onSave, lints on open and save but not while typing', async () => {
    const { client } = await TestClient.start({ settings: { '*': { run: 'onSave', debounceMs: 0 } } });
    try {
      const uri = 'untitled:on-save';
      await client.open(uri, DRAFT);
      expect(codes(await client.diagnosticsFor(uri, 1))).toContain('missing-reference');
      const typed = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: TRIGGER.length } }, text: 'No thresholds here.' }]);
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      // The save is what publishes the new version; nothing was published for the keystroke alone.
      expect(await client.diagnosticsFor(uri, typed)).toEqual([]);
      expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1, typed]);
    } finally {
      await client.stop();
    }
  });

  it('re-reads settings after workspace/didChangeConfiguration', async () => {
    const { client } = await TestClient.start({ settings: { '*': {} } });
    try {
      const uri = 'untitled:settings-change';
      await client.open(uri, DRAFT);
      expect(codes(await client.diagnosticsFor(uri, 1))).toContain('missing-scale');
      const seen = client.published.length;
      client.setSettings({ '*': { rules: { 'missing-scale': 'off' } } });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.waitFor('diagnostics after the settings change', () => client.published.slice(seen).find((p) => p.uri === uri)?.diagnostics);
      expect(codes(after)).not.toContain('missing-scale');
      expect(codes(after)).toContain('missing-reference');
    } finally {
      await client.stop();
    }
  });
});

describe('guards', () => {
  it('tells the user when a document is over the size limit instead of going silent', async () => {
    const { client } = await TestClient.start({ settings: { '*': { maxFileSizeKb: 1 } } });
    try {
      const uri = 'untitled:big';
      await client.open(uri, `${TRIGGER}\n\n${'Plain filler text. '.repeat(200)}`);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]!.severity).toBe(3);
      expect(diagnostics[0]!.message).toMatch(/over the rsplint\.maxFileSizeKb limit of 1 KB/);
      await client.waitFor('a log line about the skipped file', () => client.logs.find((l) => /skipped untitled:big/.test(l)));
    } finally {
      await client.stop();
    }
  });

  it('reports a failing analysis on that document only and keeps serving the others', async () => {
    const { client } = await TestClient.start({ env: { RSPLINT_FAULT_MARKER: 'BOOM-MARKER' } });
    try {
      await client.open('untitled:bad', `${TRIGGER}\nBOOM-MARKER\n`);
      const bad = await client.diagnosticsFor('untitled:bad', 1);
      expect(bad).toHaveLength(1);
      expect(bad[0]!.severity).toBe(3);
      expect(bad[0]!.message).toMatch(/could not analyse this document \(injected failure/);
      await client.waitFor('the stack trace in the log', () => client.logs.find((l) => /analysis of untitled:bad/.test(l)));
      await client.open('untitled:good', DRAFT);
      expect(codes(await client.diagnosticsFor('untitled:good', 1))).toContain('missing-reference');
    } finally {
      await client.stop();
    }
  });
});

describe('a slow document (issue 12 §3)', () => {
  it('does not hold up answers about other documents: a hover elsewhere comes back while it is still being analysed', async () => {
    const { client } = await TestClient.start({ env: { RSPLINT_SLOW_MARKER: 'SLOW-MARKER:4000' } });
    try {
      await client.open('untitled:other', DRAFT);
      expect(codes(await client.diagnosticsFor('untitled:other', 1))).toContain('missing-reference');
      await client.open('untitled:slow', `${TRIGGER}\nSLOW-MARKER\n`);
      await new Promise((resolve) => setTimeout(resolve, 800)); // its analysis is under way now
      // The hover is answered from the analysis the server already has, while the slow one still runs:
      // nothing for the slow document has been published when the answer arrives.
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: 'untitled:other' }, position: { line: 2, character: 30 } });
      expect((hover.contents as MarkupContent).value).toMatch(/Reference point/);
      expect(client.published.filter((p) => p.uri === 'untitled:slow')).toEqual([]);
      // …and the slow document's findings do come, once its analysis ends.
      expect(codes(await client.diagnosticsFor('untitled:slow', 1))).toContain('missing-reference');
    } finally {
      await client.stop();
    }
  });

  it('stops an analysis that runs past the work budget, says so on that document, and goes on serving the others', async () => {
    const { client } = await TestClient.start({ env: { RSPLINT_SLOW_MARKER: 'SLOW-MARKER:60000', RSPLINT_ANALYSIS_BUDGET_MS: '1500' } });
    try {
      await client.open('untitled:slow', `${TRIGGER}\nSLOW-MARKER\n`);
      await client.open('untitled:other', DRAFT);
      const slow = await client.diagnosticsFor('untitled:slow', 1);
      expect(slow.map((d) => d.code)).toEqual(['analysis-over-budget']);
      expect(slow[0]!.message).toMatch(/stopped analysing this version of the document after 1\.5 s/);
      // The document queued behind it is analysed on a fresh thread.
      expect(codes(await client.diagnosticsFor('untitled:other', 1))).toContain('missing-reference');
      await client.waitFor('the log line', () => client.stderr.match(/stopped the analysis of untitled:slow/) ?? undefined);
    } finally {
      await client.stop();
    }
  });
});

describe('a pull-diagnostics client', () => {
  it('answers textDocument/diagnostic with a full report, then "unchanged" for the same version', async () => {
    const { client, init } = await TestClient.start({
      capabilities: {
        textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false }, publishDiagnostics: {} },
        workspace: { configuration: true, diagnostics: { refreshSupport: true } },
      },
      settings: { '*': { debounceMs: 10 } },
    });
    try {
      expect(init.capabilities.diagnosticProvider).toMatchObject({ identifier: 'rsplint', workspaceDiagnostics: false });
      const uri = 'untitled:pull';
      await client.open(uri, DRAFT);
      const report = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(report.kind).toBe('full');
      expect(codes(report.items)).toContain('missing-reference');
      const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      expect(again.kind).toBe('unchanged');
      // Nothing is pushed to a pull client.
      expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
      await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: TRIGGER.length } }, text: 'No thresholds here.' }]);
      // While typing pauses, the last report stands; the fresh one is announced by a refresh request.
      const meanwhile = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      expect(meanwhile.kind).toBe('unchanged');
      await client.waitFor('a diagnostic refresh request', () => (client.refreshes > 0 ? true : undefined));
      const fresh = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      expect(fresh).toMatchObject({ kind: 'full', items: [] });
    } finally {
      await client.stop();
    }
  });

  it('asks the client to pull again after the project config changes', async () => {
    const dir = mkdtempSync(join(tmp, 'pull-config-'));
    const uri = pathToFileURL(join(dir, 'policy.md')).href;
    const { client } = await TestClient.start({
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
      workspaceFolders: [pathToFileURL(dir).href],
    });
    try {
      await client.open(uri, DRAFT);
      const before = await client.request<{ resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(codes(before.items)).toContain('missing-reference');
      writeFileSync(join(dir, '.rsplint.yaml'), 'rules:\n  missing-reference: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.rsplint.yaml')).href, type: 1 }] });
      await client.waitFor('a diagnostic refresh request', () => (client.refreshes > 0 ? true : undefined));
      const after = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: before.resultId });
      expect(after.kind).toBe('full');
      expect(codes(after.items)).not.toContain('missing-reference');
      expect(codes(after.items)).toContain('missing-baseline');
    } finally {
      await client.stop();
    }
  });

  it('keeps the markers through a burst of typing: every answer is the last report, then one refresh brings the new one (issue 11 §3)', async () => {
    const { client } = await TestClient.start({
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
      settings: { '*': { debounceMs: 200 } },
    });
    try {
      const uri = 'untitled:pull-burst';
      await client.open(uri, DRAFT);
      const first = await client.request<{ resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(first.items.length).toBeGreaterThan(0);
      for (let i = 0; i < 8; i++) {
        await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
        const answer = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
        // Never an empty report, never a refusal the client would show as empty.
        expect(answer).toEqual({ kind: 'unchanged', resultId: first.resultId });
      }
      expect(client.refreshes).toBe(0);
      await client.waitFor('a diagnostic refresh request', () => (client.refreshes > 0 ? true : undefined));
      const fresh = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
      expect(fresh.kind).toBe('full');
      expect(fresh.resultId).not.toBe(first.resultId);
      expect(codes(fresh.items)).toContain('missing-reference');
    } finally {
      await client.stop();
    }
  });

  it('without refresh support, refuses to answer for a version that changed while it waited (the client asks again)', async () => {
    const { client } = await TestClient.start({
      capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } },
      settings: { '*': { debounceMs: 300 } },
    });
    try {
      const uri = 'untitled:pull-stale';
      await client.open(uri, DRAFT);
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      const pending = client.request('textDocument/diagnostic', { textDocument: { uri } });
      await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'y' }]);
      await expect(pending).rejects.toMatchObject({ code: -32802, data: { retriggerRequest: true } });
    } finally {
      await client.stop();
    }
  });
});

describe('workspace features', () => {
  it('resolves mentions against a glossary file named in the project config', async () => {
    const dir = mkdtempSync(join(tmp, 'glossary-'));
    const glossary = join(dir, 'glossary.md');
    writeFileSync(glossary, '# Glossary\n\n**Effective compute** means training compute multiplied by algorithmic gains measured as cross-entropy loss on our held-out test set.\n');
    writeFileSync(join(dir, '.rsplint.json'), '{ "glossary": ["glossary.md"] }\n');
    const uri = pathToFileURL(join(dir, 'policy.md')).href;
    const { client } = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      await client.open(uri, DRAFT);
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(codes(diagnostics)).not.toContain('missing-benchmark');
      const related = diagnostics.find((d) => d.code === 'missing-baseline')!.relatedInformation!;
      expect(related[0]!.location.uri).toBe(pathToFileURL(glossary).href);
      expect(related[0]!.location.range.start.line).toBe(2);
      const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 35 } });
      expect(location).toMatchObject({ uri: pathToFileURL(glossary).href, range: { start: { line: 2 } } });
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 35 } });
      expect((hover.contents as MarkupContent).value).toMatch(/\| ✓ \| Benchmark \| "[^"]*cross-entropy[^"]*" \(glossary\.md, line 3\)/);
    } finally {
      await client.stop();
    }
  });

  it('lints every Markdown and text file of the workspace on command, open or not', async () => {
    const dir = mkdtempSync(join(tmp, 'lintall-'));
    writeFileSync(join(dir, 'a.md'), DRAFT);
    writeFileSync(join(dir, 'notes.txt'), `${TRIGGER}\n`);
    writeFileSync(join(dir, 'clean.md'), '# Nothing to see\n\nPlain words.\n');
    writeFileSync(join(dir, 'ignored.md'), DRAFT);
    writeFileSync(join(dir, '.gitignore'), 'ignored.md\n');
    const { client } = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
    try {
      const totals = await client.request<{ files: number; errors: number }>('workspace/executeCommand', { command: 'rsplint.lintWorkspace', arguments: [] });
      expect(totals.files).toBe(3);
      expect(totals.errors).toBeGreaterThanOrEqual(8);
      const forA = await client.diagnosticsFor(pathToFileURL(join(dir, 'a.md')).href);
      expect(codes(forA)).toContain('missing-reference');
      const forNotes = await client.diagnosticsFor(pathToFileURL(join(dir, 'notes.txt')).href);
      expect(codes(forNotes)).toContain('missing-reference');
      expect(client.published.some((p) => p.uri.endsWith('ignored.md'))).toBe(false);
      await client.waitFor('the summary message', () => client.messages.find((m) => /linted 3 files/.test(m.message)));
    } finally {
      await client.stop();
    }
  });

  it('opens the rule documentation from "Learn more"', async () => {
    const { client } = await TestClient.start();
    try {
      const uri = await client.request<string>('workspace/executeCommand', { command: 'rsplint.openRuleDocs', arguments: ['missing-scale'] });
      expect(uri).toMatch(/docs\/rules\/missing-scale\.md$/);
      expect(client.shownDocuments.at(-1)).toMatchObject({ uri, takeFocus: true });
      expect(existsSync(fileURLToPath(uri))).toBe(true);
    } finally {
      await client.stop();
    }
  });

  it('lints plain-text documents as paragraphs', async () => {
    const { client } = await TestClient.start();
    try {
      const uri = 'untitled:notes';
      await client.open(uri, `Scaling policy\r\n\r\n${TRIGGER}\r\n`, 'plaintext');
      const diagnostics = await client.diagnosticsFor(uri, 1);
      const reference = diagnostics.find((d) => d.code === 'missing-reference')!;
      expect(reference.range.start).toEqual({ line: 2, character: TRIGGER.indexOf('after every') });
    } finally {
      await client.stop();
    }
  });
});

describe('protocol edges (issue 12 §9)', () => {
  it('answers InvalidParams (-32602) for a request without its document, and keeps serving', async () => {
    const { client } = await TestClient.start();
    try {
      await expect(client.request('textDocument/hover', { position: { line: 0, character: 0 } })).rejects.toMatchObject({ code: -32602 });
      await expect(client.request('textDocument/hover', { textDocument: { uri: 'untitled:x' } })).rejects.toMatchObject({ code: -32602 });
      await expect(client.request('workspace/executeCommand', {})).rejects.toMatchObject({ code: -32602 });
      await client.open('untitled:ok', DRAFT);
      expect((await client.diagnosticsFor('untitled:ok', 1)).length).toBeGreaterThan(0);
    } finally {
      await client.stop();
    }
  });

  it('refuses requests after shutdown with InvalidRequest (-32600)', async () => {
    const { client } = await TestClient.start();
    try {
      await client.open('untitled:late', DRAFT);
      await client.connection.sendRequest('shutdown');
      await expect(client.request('textDocument/hover', { textDocument: { uri: 'untitled:late' }, position: { line: 2, character: 30 } })).rejects.toMatchObject({ code: -32600 });
      await expect(client.request('textDocument/documentSymbol', { textDocument: { uri: 'untitled:late' } })).rejects.toMatchObject({ code: -32600 });
    } finally {
      await client.stop();
    }
  });

  it('exits with a message on stderr when a Content-Length does not match its body, instead of going silent', async () => {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'rsplint-language-server.js'), '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    // Declares 10 bytes fewer than the body has: the rest of the body would be read as the next header.
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body) - 10}\r\n\r\n${body}`);
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10000))]);
    if (code === 'timeout') child.kill();
    expect(code).toBe(1);
    expect(stderr).toMatch(/unreadable message/);
  });
});

describe('a document with thousands of findings (issue 12 §5)', () => {
  it('publishes at most 2000 diagnostics and one that says how many were left out', async () => {
    const { client } = await TestClient.start();
    try {
      const rows = Array.from({ length: 1500 }, (_, i) => `| R${i} | more than 10^26 FLOP | cost above USD ${i + 1} million |`);
      const text = `# Thresholds\n\n| ID | Compute trigger | Cost trigger |\n|---|---|---|\n${rows.join('\n')}\n`;
      await client.open('untitled:huge', text);
      const diagnostics = await client.diagnosticsFor('untitled:huge', 1);
      expect(diagnostics.length).toBe(2001);
      const note = diagnostics.filter((d) => d.code === 'too-many-findings');
      expect(note).toHaveLength(1);
      expect(note[0]!.message).toMatch(/^\d+ more findings in this file left out/);
      // The server still answers promptly afterwards.
      const hover = await client.request('textDocument/hover', { textDocument: { uri: 'untitled:huge' }, position: { line: 4, character: 10 } });
      expect(hover).toBeTruthy();
    } finally {
      await client.stop();
    }
  });
});

describe('editor settings and rsplint\'s own pages (issue 11 §5)', () => {
  it('warns once about an unknown rule id in rsplint.rules, with the closest real one', async () => {
    const { client } = await TestClient.start({ settings: { '*': { rules: { 'missing-referense': 'off', 'missing-scale': 'loud' } } } });
    try {
      await client.open('untitled:s', DRAFT);
      await client.diagnosticsFor('untitled:s', 1);
      const warning = await client.waitFor('a settings warning', () => client.messages.find((m) => /missing-referense/.test(m.message)));
      expect(warning.message).toMatch(/did you mean "missing-reference"/);
      expect(client.messages.some((m) => /"missing-scale" must be "off", "info", "warning" or "error"/.test(m.message))).toBe(true);
      await client.open('untitled:t', DRAFT);
      await client.diagnosticsFor('untitled:t', 1);
      expect(client.messages.filter((m) => /missing-referense/.test(m.message))).toHaveLength(1);
    } finally {
      await client.stop();
    }
  });

  it('does not lint its own rule pages when a link opens one', async () => {
    const { client } = await TestClient.start();
    try {
      const page = pathToFileURL(join(__dirname, '..', '..', 'docs', 'rules', 'missing-reference.md')).href;
      await client.open(page, readFileSync(fileURLToPath(page), 'utf8'));
      expect(await client.diagnosticsFor(page, 1)).toEqual([]);
      // An ordinary draft beside it is linted as usual.
      await client.open('untitled:draft', DRAFT);
      expect(codes(await client.diagnosticsFor('untitled:draft', 1))).toContain('missing-reference');
    } finally {
      await client.stop();
    }
  });
});
