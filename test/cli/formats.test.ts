import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { RULES } from '../../server/src/rules';
import pkg from '../../package.json';
import { CLEAN, TRIGGER, rsplint, rsplintJson, type EslintMessage, useProjects } from './helpers';

const tmp = useProjects();

const DEFINITION =
  '**Effective compute** means training compute multiplied by the algorithmic efficiency gain over our reference recipe frozen on 2024-03-01.';
const POLICY = `# Policy\n\n${DEFINITION}\n\n## Triggers\n\n${TRIGGER}\n\n${CLEAN}\n`;

/** The text a message's range covers, read the way an editor would (1-based, UTF-16, end exclusive). */
function covered(text: string, m: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = text.split('\n');
  if (m.line === m.endLine) return lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1);
  return [lines[m.line - 1]!.slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), lines[m.endLine - 1]!.slice(0, m.endColumn - 1)].join('\n');
}

/** Facet messages quote the phrase they are about: "“phrase”: no …". */
function quotedPhrase(m: EslintMessage): string {
  return /^"([^"]+)"/.exec(m.message)![1]!;
}

describe('--format json', () => {
  it('prints ESLint-shaped results with 1-based, end-exclusive positions on the mention', () => {
    const cwd = tmp({ 'policy.md': POLICY });
    const { code, results } = rsplintJson(['policy.md'], { cwd });
    expect(code).toBe(1);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.filePath).toBe(join(cwd, 'policy.md'));
    const trigger = result!.messages.filter((m) => m.line === 7);
    expect(trigger.length).toBeGreaterThan(0);
    for (const m of trigger) {
      expect(m).toMatchObject({ ruleId: expect.stringMatching(/^missing-/), severity: expect.any(Number), line: 7, endLine: 7 });
      expect(covered(POLICY, m)).toBe(quotedPhrase(m));
      // The reason speaks of this phrase: its own multiple, never another one's.
      expect(m.why).toBeTruthy();
      if (m.ruleId === 'missing-scale') expect(m.why).toContain(`"${quotedPhrase(m).match(/(\d+(?:\.\d+)?)x/)?.[1] ?? ''}x"`);
      else expect(m.why).toBe(RULES.find((r) => r.id === m.ruleId)!.why);
      expect(m.facet).toBe(RULES.find((r) => r.id === m.ruleId)!.facet);
    }
    expect(result!.messages.some((m) => m.line === 9)).toBe(false);
    const counts = { errors: result!.messages.filter((m) => m.severity === 2).length, others: result!.messages.filter((m) => m.severity === 1).length };
    expect(result!.errorCount).toBe(counts.errors);
    expect(result!.warningCount + result!.infoCount).toBe(counts.others);
  });

  it('explains a gap in a pace-of-progress threshold in terms of progress, not of compute steps', () => {
    const text = 'A model reaches this threshold if it would speed up our algorithmic progress by 3x.\n';
    const { results } = rsplintJson(['progress.md'], { cwd: tmp({ 'progress.md': text }) });
    const byRule = new Map(results[0]!.messages.map((m) => [m.ruleId, m]));
    expect(byRule.get('missing-reference')?.why).toMatch(/pace/);
    expect(byRule.get('missing-reference')?.why).not.toMatch(/27x/);
    expect(byRule.get('missing-benchmark')?.why).toMatch(/progress/);
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    const text = `🙂 ${TRIGGER}\n`;
    const { results } = rsplintJson(['emoji.md'], { cwd: tmp({ 'emoji.md': text }) });
    const m = results[0]!.messages[0]!;
    // The emoji is two UTF-16 code units, so the phrase starts two columns later than it would in code points.
    expect(covered(text, m)).toBe(quotedPhrase(m));
    expect(m.column).toBe(text.indexOf(quotedPhrase(m)) + 1);
  });

  it('maps error to severity 2 and warning and info to severity 1', () => {
    const config = JSON.stringify({ rules: { 'missing-reference': 'error', 'missing-scale': 'warning', 'missing-baseline': 'info' } });
    const { results } = rsplintJson(['p.md'], { cwd: tmp({ 'p.md': `${TRIGGER}\n`, '.rsplint.json': config }) });
    const byRule = new Map(results[0]!.messages.map((m) => [m.ruleId, m]));
    expect(byRule.get('missing-reference')).toMatchObject({ severity: 2, rsplintSeverity: 'error' });
    expect(byRule.get('missing-scale')).toMatchObject({ severity: 1, rsplintSeverity: 'warning' });
    expect(byRule.get('missing-baseline')).toMatchObject({ severity: 1, rsplintSeverity: 'info' });
    // The info count covers every informational finding, the analyst's document checks included.
    expect(results[0]!.infoCount).toBe(results[0]!.messages.filter((m) => m.rsplintSeverity === 'info').length);
    expect(results[0]!.infoCount).toBeGreaterThanOrEqual(1);
  });

  it('gives each suggestion as one ESLint-style fix and as line/column edits, and a fix keeps the author\'s words', () => {
    const text = `${TRIGGER}\n`;
    const { results } = rsplintJson(['p.md'], { cwd: tmp({ 'p.md': text }) });
    const suggestions = results[0]!.messages.flatMap((m) => m.suggestions);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.desc).toBeTruthy();
      const [start, end] = s.fix.range;
      const fixed = text.slice(0, start) + s.fix.text + text.slice(end);
      expect(fixed).toContain(TRIGGER);
      expect(s.edits.length).toBeGreaterThan(0);
      for (const e of s.edits) expect(e.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('points at the definition it used', () => {
    const { results } = rsplintJson(['policy.md'], { cwd: tmp({ 'policy.md': POLICY }) });
    const related = results[0]!.messages.filter((m) => m.line === 7).flatMap((m) => m.related);
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]!.line).toBe(3);
  });

  it('is written file by file yet reads as one pretty-printed array, whatever fails in between', () => {
    const cwd = tmp({ 'a.md': POLICY, 'b.md': CLEAN, 'c.md': `${TRIGGER}\n` });
    const run = rsplint(['--format', 'json', 'a.md', 'gone.md', 'b.md', 'c.md'], { cwd });
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual(['a.md', 'b.md', 'c.md', 'gone.md'].map((f) => join(cwd, f)));
    expect(run.stdout).toBe(`${JSON.stringify(results, null, 2)}\n`);
    const onlyFailure = rsplint(['--format', 'json', 'gone.md'], { cwd }).stdout;
    expect(onlyFailure).toBe(`${JSON.stringify(JSON.parse(onlyFailure), null, 2)}\n`);
  });

  it('stays valid JSON when a file cannot be read, with a fatal message as ESLint gives', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n` });
    const { code, results, stderr } = rsplintJson(['policy.md', 'missing.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: missing.md: no such file or directory\n');
    expect(results.map((r) => r.filePath)).toEqual([join(cwd, 'policy.md'), join(cwd, 'missing.md')]);
    expect(results[1]!.messages).toEqual([{ ruleId: null, fatal: true, severity: 2, message: 'no such file or directory', line: 1, column: 1 }]);
    expect(results[1]!.errorCount).toBe(1);
  });

  it('prints an empty array when there is nothing to report', () => {
    const { code, results } = rsplintJson(['ok.md'], { cwd: tmp({ 'ok.md': CLEAN }) });
    expect(code).toBe(0);
    expect(results).toEqual([expect.objectContaining({ messages: [], errorCount: 0, warningCount: 0 })]);
  });
});

describe('--format stylish', () => {
  it('groups findings under the file, with position, severity, message, rule, why and the definition used', () => {
    const cwd = tmp({ 'docs/policy.md': POLICY });
    const { stdout } = rsplint(['docs/policy.md'], { cwd });
    const lines = stdout.split('\n');
    expect(lines[1]).toBe('docs/policy.md');
    const row = lines.findIndex((l) => /^ {2}7:\d+ +error +".+": .+ {2}missing-reference$/.test(l));
    expect(row).toBeGreaterThan(1);
    expect(lines[row + 1]).toMatch(/^ +why: counting from/);
    expect(lines[row + 2]).toMatch(/^ +↳ line 3 — /);
    expect(stdout).toMatch(/\n✖ \d+ problems \(\d+ errors?, \d+ warnings?(?:, \d+ info)?\)\n/);
  });

  it('says "info" in the summary only when there are info findings', () => {
    const config = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'info'])) });
    const { code, stdout } = rsplint(['p.md'], { cwd: tmp({ 'p.md': `${TRIGGER}\n`, '.rsplint.json': config }) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/✖ (\d+) problems \(0 errors, 0 warnings, \1 info\)/);
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
  // The committed schema is SARIF 2.1.0 (rtm.5) written as draft-04, whose meta-schema Ajv 8 does not
  // bundle; the keywords it uses mean the same in draft-07. One of its regular expressions is not
  // valid with the "u" flag, hence unicodeRegExp: false.
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  function sarifFor(files: Record<string, string>, args: string[]) {
    const cwd = tmp(files);
    const run = rsplint(['--format', 'sarif', ...args], { cwd });
    return { cwd, code: run.code, log: JSON.parse(run.stdout), stderr: run.stderr };
  }

  it('validates against the SARIF 2.1.0 schema', () => {
    const { code, log } = sarifFor({ 'docs/policy.md': POLICY, 'other.md': CLEAN }, ['docs', 'other.md']);
    expect(code).toBe(1);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator is not vacuous: a wrong level is rejected.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'severe';
    expect(validate(broken)).toBe(false);
  });

  it('is valid, pretty-printed SARIF with no results, and with results from several files around a failure', () => {
    for (const args of [['b.md'], ['a.md', 'gone.md', 'b.md', 'c.md']]) {
      const cwd = tmp({ 'a.md': POLICY, 'b.md': CLEAN, 'c.md': `${TRIGGER}\n` });
      const run = rsplint(['--format', 'sarif', ...args], { cwd });
      const log = JSON.parse(run.stdout);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      expect(run.stdout).toBe(`${JSON.stringify(log, null, 2)}\n`);
      const files = new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
      expect([...files]).toEqual(args.length === 1 ? [] : ['a.md', 'c.md']);
      expect(log.runs[0].invocations[0].executionSuccessful).toBe(args.length === 1);
    }
  });

  it('describes the tool and every rule', () => {
    const { log } = sarifFor({ 'p.md': CLEAN }, ['p.md']);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'rsplint', version: pkg.version, informationUri: expect.stringMatching(/^https?:\/\//) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      const d = driver.rules[i];
      expect(d.shortDescription.text).toBe(rule.description);
      expect(d.fullDescription.text).toContain(rule.why);
      expect(d.help.text).toContain(rule.why);
      expect(d.help.markdown).toContain(rule.why);
      expect(d.helpUri).toMatch(new RegExp(`/${rule.docs.replace(/[.]/g, '\\.')}$`));
      expect(d.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.defaultSeverity]);
    }
  });

  it('gives results with rule index, level, relative location, related location and fixes', () => {
    const { log } = sarifFor({ 'docs/policy.md': POLICY }, ['docs/policy.md']);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: 'docs/policy.md', uriBaseId: '%SRCROOT%' });
      expect(location.region).toMatchObject({ startLine: expect.any(Number), startColumn: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
    }
    const trigger = run.results.find((r: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => r.locations[0]!.physicalLocation.region.startLine === 7);
    expect(trigger.relatedLocations[0].physicalLocation.region.startLine).toBe(3);
    expect(trigger.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBeTruthy();
  });

  it('reports an unreadable file as a tool notification, still valid SARIF', () => {
    const { code, log, stderr } = sarifFor({ 'p.md': `${TRIGGER}\n` }, ['p.md', 'gone.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('rsplint: gone.md: no such file or directory');
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('gone.md: no such file or directory');
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, warning and info mapped to ::warning and ::notice', () => {
    const config = JSON.stringify({ rules: { 'missing-reference': 'error', 'missing-scale': 'warning', 'missing-baseline': 'info' } });
    const { code, stdout } = rsplint(['--format', 'github', 'docs/p.md'], { cwd: tmp({ 'docs/p.md': `${TRIGGER}\n`, '.rsplint.json': config }) });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) file=docs\/p\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=rsplint\([a-z-]+\)::[^\n]+$/);
    }
    expect(lines.find((l) => l.includes('rsplint(missing-reference)'))).toMatch(/^::error /);
    expect(lines.find((l) => l.includes('rsplint(missing-scale)'))).toMatch(/^::warning /);
    expect(lines.find((l) => l.includes('rsplint(missing-baseline)'))).toMatch(/^::notice /);
    // The reason follows the message on a second annotation line, escaped so the command stays one line.
    expect(lines[0]).toContain('%0AWhy: ');
  });

  it('escapes %, CR, LF, ":" and "," in file names and messages', () => {
    const { stdout } = rsplint(['--format', 'github', '50%, a:b.md'], { cwd: tmp({ '50%, a:b.md': `${TRIGGER}\n` }) });
    expect(stdout).toMatch(/^::error file=50%25%2C a%3Ab\.md,line=1,/);
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeData('a: b, c')).toBe('a: b, c');
    expect(escapeProperty('a: b, c%')).toBe('a%3A b%2C c%25');
  });
});

describe('file names with control characters', () => {
  it('prints them as \\u escapes in stylish and github output, never as raw terminal escapes', () => {
    const name = 'a\u001b[31mred.md';
    const cwd = tmp({ [name]: `${TRIGGER}\n` });
    for (const format of ['stylish', 'github']) {
      const { stdout } = rsplint(['--format', format, name], { cwd });
      expect(stdout).not.toContain('\u001b[31m');
      expect(stdout).toContain('a\\u001b[31mred.md');
    }
  });
});

describe('--format json lists the mentions', () => {
  it('with the role row and, per facet, the cue row and scope that stated it', () => {
    const cwd = tmp({ 'policy.md': POLICY });
    const { results } = rsplintJson(['policy.md'], { cwd });
    const mentions = (results[0] as unknown as { mentions: { phrase: string; roleReason: string; facets: Record<string, { state: string; evidence?: { cue: string; scope: string; line: number } }> }[] }).mentions;
    const trigger = mentions.find((m) => m.phrase.includes('4x'))!;
    expect(trigger.roleReason).toMatch(/^trigger\./);
    expect(trigger.facets.baseline).toEqual({ state: 'stated', evidence: expect.objectContaining({ cue: 'baseline.frozen-at-date', scope: 'definition', line: 3 }) });
    expect(trigger.facets.reference!.state).toBe('missing');
  });
});

describe('a file with thousands of findings', () => {
  it('reports at most 2000 of them and says, once, how many were left out', () => {
    const cwd = tmp({ 'huge.md': `${Array.from({ length: 800 }, () => TRIGGER).join('\n\n')}\n` });
    const { results } = rsplintJson(['huge.md'], { cwd });
    const messages = results[0]!.messages;
    expect(messages.length).toBe(2001);
    expect(messages.filter((m) => m.ruleId === 'too-many-findings')).toHaveLength(1);
    expect(messages[2000]!.message).toMatch(/^\d+ more findings in this file left out: rsplint reports at most 2000 per file/);
  });
});
