import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules';
import pkg from '../../package.json';
import { ALL_WARNINGS, CLEAN, TRIGGER, rsplint, rsplintJson, useProjects } from './helpers';

const tmp = useProjects();

describe('exit codes', () => {
  it('exits 0 and prints nothing for a document without threshold language', () => {
    const cwd = tmp({ 'minutes.md': `# Minutes\n\n${CLEAN}\n` });
    expect(rsplint(['minutes.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 when a trigger leaves facets unstated, and names the rules', () => {
    const cwd = tmp({ 'policy.md': `# Policy\n\n${TRIGGER}\n` });
    const { code, stdout, stderr } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('missing-reference');
    expect(stdout).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?(?:, \d+ info)?\)$/m);
  });

  it('exits 0 when the findings are only warnings', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, '.rsplint.json': ALL_WARNINGS });
    const { code, stdout } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings\)/);
  });

  it('exits 2 with a one-line message for an unknown option', () => {
    const cwd = tmp({});
    const { code, stdout, stderr } = rsplint(['--colour', 'x.md'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('rsplint: unknown option --colour');
  });

  it('exits 2 for an unknown format, naming the formats it knows', () => {
    const { code, stderr } = rsplint(['--format', 'xml', 'x.md'], { cwd: tmp({}) });
    expect(code).toBe(2);
    expect(stderr).toContain('unknown format "xml"; use one of: stylish, json, sarif, github');
  });

  it('exits 2 when no files are given', () => {
    const { code, stderr } = rsplint([], { cwd: tmp({}) });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rsplint: no files given/);
  });

  it('exits 2 for a --max-warnings that is not a number', () => {
    const { code, stderr } = rsplint(['--max-warnings', 'few', 'x.md'], { cwd: tmp({}) });
    expect(code).toBe(2);
    expect(stderr).toContain('--max-warnings needs a whole number');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only', () => {
    const config = JSON.stringify({ rules: { 'missing-scale': 'warning', 'missing-reference': 'error' } });
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, '.rsplint.json': config });
    const loud = rsplint(['policy.md'], { cwd });
    expect(loud.stdout).toContain('missing-scale');
    const quiet = rsplint(['--quiet', 'policy.md'], { cwd });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toContain('missing-reference');
    expect(quiet.stdout).not.toContain('missing-scale');
    expect(quiet.stdout).not.toMatch(/\bwarning\b {2}/);
  });

  it('--max-warnings fails the run when there are more warnings than allowed', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, '.rsplint.json': ALL_WARNINGS });
    const warnings = rsplintJson(['policy.md'], { cwd }).results[0]!.warningCount;
    expect(warnings).toBeGreaterThan(0);

    const over = rsplint(['--max-warnings', String(warnings - 1), 'policy.md'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`rsplint found too many warnings: ${warnings} (maximum: ${warnings - 1}).\n`);

    expect(rsplint(['--max-warnings', String(warnings), 'policy.md'], { cwd }).code).toBe(0);
  });
});

describe('standard input', () => {
  it('stops reading standard input at the size limit and exits 2 (endless input cannot fill memory)', () => {
    const { code, stderr } = rsplint(['-'], { cwd: tmp({}), input: Buffer.alloc(21 * 1024 * 1024, 'a') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rsplint: <stdin>: is [\d.]+ MB, over the 20 MB limit for one file\n/);
  });

  it('lints "-" and calls it <stdin>', () => {
    const { code, results } = rsplintJson(['-'], { cwd: tmp({}), input: `${TRIGGER}\n` });
    expect(code).toBe(1);
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe('<stdin>');
    expect(results[0]!.messages.map((m) => m.ruleId)).toContain('missing-reference');
  });

  it('uses --stdin-filename for the path and for finding the config', () => {
    const cwd = tmp({ 'docs/.rsplint.json': ALL_WARNINGS });
    const { code, results } = rsplintJson(['--stdin-filename', 'docs/draft.txt', '-'], { cwd, input: `${TRIGGER}\n` });
    expect(results[0]!.filePath).toBe(`${cwd}/docs/draft.txt`);
    expect(results[0]!.errorCount).toBe(0);
    expect(code).toBe(0);
  });

  it('lints clean standard input to exit code 0', () => {
    expect(rsplint(['-'], { cwd: tmp({}), input: CLEAN })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('configuration', () => {
  it('a broken config: exit 2 naming file, line and key, with the results linted on defaults', () => {
    const config = '{\n  // our settings\n  "rules": {\n    "missing-scael": "off"\n  }\n}\n';
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, '.rsplint.json': config });
    const { code, stdout, stderr } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: .rsplint.json:4:5: Unknown rule "missing-scael" in "rules"; did you mean "missing-scale"?\n');
    // The misspelt rule was not turned off: missing-scale still reports.
    expect(stdout).toContain('missing-scale');

    // In JSON the config file appears with its problem as a fatal message, so CI tools can annotate it.
    const { results } = rsplintJson(['policy.md'], { cwd });
    expect(results.map((r) => r.filePath)).toEqual([`${cwd}/policy.md`, `${cwd}/.rsplint.json`]);
    expect(results[1]!.messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, line: 4, column: 5, key: 'rules.missing-scael', message: expect.stringContaining('Unknown rule "missing-scael"') },
    ]);
  });

  it('a YAML config with a bad severity: exit 2 naming file, line and key', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, '.rsplint.yaml': 'rules:\n  missing-reference: warn\n' });
    const { code, stderr } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'rsplint: .rsplint.yaml:2:22: "rules.missing-reference" must be "off", "info", "warning" or "error", not "warn" (did you mean "warning"?).\n',
    );
  });

  it('a config syntax error: exit 2 with the line', () => {
    const cwd = tmp({ 'policy.md': `${CLEAN}\n`, '.rsplint.json': '{\n  "rules": {\n    "missing-scale": "off"\n  \n' });
    const { code, stderr } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^rsplint: \.rsplint\.json:\d+:\d+: Syntax error: /);
  });

  it('turns rules off from the nearest config', () => {
    const off = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])) });
    const cwd = tmp({ 'quiet/policy.md': `${TRIGGER}\n`, 'quiet/.rsplint.json': off, 'loud/policy.md': `${TRIGGER}\n` });
    expect(rsplint(['quiet/policy.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(rsplint(['loud/policy.md'], { cwd }).code).toBe(1);
  });

  it('--config uses the given file instead of the nearest one', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, 'ci/lenient.json': ALL_WARNINGS });
    expect(rsplint(['policy.md'], { cwd }).code).toBe(1);
    expect(rsplint(['--config', 'ci/lenient.json', 'policy.md'], { cwd }).code).toBe(0);
  });

  it('--config with a missing file exits 2 naming it', () => {
    const { code, stderr } = rsplint(['--config', 'nope.json', 'policy.md'], { cwd: tmp({ 'policy.md': CLEAN }) });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: nope.json: cannot read the configuration file: no such file or directory\n');
  });

  it('passes glossary files to the engine, so their definitions count', () => {
    const glossary =
      '**Effective compute** means training compute multiplied by the algorithmic efficiency gain over our reference recipe frozen on 2024-03-01, at scales between 10^22 and 10^25 FLOP, excluding post-training enhancements such as fine-tuning and scaffolding, which a separate trigger covers.\n';
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n`, 'defs/glossary.md': glossary });
    const without = rsplintJson(['policy.md'], { cwd }).results[0]!.messages.map((m) => m.ruleId);
    expect(without).toContain('missing-baseline');

    const withGlossary = tmp({ 'policy.md': `${TRIGGER}\n`, 'defs/glossary.md': glossary, '.rsplint.json': '{ "glossary": ["defs/glossary.md"] }' });
    const { results } = rsplintJson(['policy.md'], { cwd: withGlossary });
    const messages = results[0]!.messages;
    expect(messages.map((m) => m.ruleId)).not.toContain('missing-baseline');
    // The finding points at the glossary definition it relied on.
    expect(messages.flatMap((m) => m.related).some((r) => r.source === `${withGlossary}/defs/glossary.md`)).toBe(true);
  });

  it('a missing glossary file is a configuration error naming the config file and key', () => {
    const cwd = tmp({ 'policy.md': `${CLEAN}\n`, '.rsplint.json': '{\n  "glossary": ["defs.md"]\n}\n' });
    const { code, stderr } = rsplint(['policy.md'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('rsplint: .rsplint.json:2:16: Glossary file "defs.md" cannot be used: no such file or directory.\n');
  });

  it('--print-config prints every rule with its effective severity', () => {
    const cwd = tmp({ 'docs/.rsplint.yaml': 'rules:\n  missing-scale: off\nignore:\n  - drafts/\n' });
    const { code, stdout } = rsplint(['--print-config', 'docs/policy.md'], { cwd });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(printed.rules['missing-scale']).toBe('off');
    expect(printed.rules['missing-reference']).toBe(RULES.find((r) => r.id === 'missing-reference')!.defaultSeverity);
    expect(printed.ignore).toEqual(['drafts/']);
  });

  it('--print-config reports a broken config and exits 2', () => {
    const cwd = tmp({ '.rsplint.json': '{ "rulez": {} }' });
    const { code, stdout, stderr } = rsplint(['--print-config', 'policy.md'], { cwd });
    expect(code).toBe(2);
    expect(JSON.parse(stdout).rules).toBeDefined();
    expect(stderr).toBe('rsplint: .rsplint.json:1:3: Unknown key "rulez"; did you mean "rules"?\n');
  });
});

describe('suppression comments', () => {
  const text = `<!-- rsplint-disable-next-line missing-scale -- fixed in Annex B -->\n${CLEAN}\n`;

  it('does not report unused suppressions by default', () => {
    expect(rsplint(['policy.md'], { cwd: tmp({ 'policy.md': text }) }).stdout).toBe('');
  });

  it('reports them with --report-unused-disable-directives', () => {
    const { stdout } = rsplint(['--report-unused-disable-directives', 'policy.md'], { cwd: tmp({ 'policy.md': text }) });
    expect(stdout).toMatch(/^ {2}1:1 {2}\w+ +.*unused-disable-directive$/m);
  });
});

describe('--help, --version, colour', () => {
  it('--version prints the package version', () => {
    expect(rsplint(['--version'], { cwd: tmp({}) })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--help lists the options and every rule', () => {
    const { code, stdout } = rsplint(['--help'], { cwd: tmp({}) });
    expect(code).toBe(0);
    for (const option of ['--format', '--config', '--print-config', '--max-warnings', '--quiet', '--report-unused-disable-directives', '--stdin-filename', '--no-color']) {
      expect(stdout).toContain(option);
    }
    for (const rule of RULES) expect(stdout).toContain(rule.id);
  });

  it('writes no colour codes when output is not a terminal, and colours on --color', () => {
    const cwd = tmp({ 'policy.md': `${TRIGGER}\n` });
    expect(rsplint(['policy.md'], { cwd, env: { NO_COLOR: '' } }).stdout).not.toContain('\u001b[');
    expect(rsplint(['--color', 'policy.md'], { cwd }).stdout).toContain('\u001b[31merror');
    expect(rsplint(['--no-color', 'policy.md'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});
