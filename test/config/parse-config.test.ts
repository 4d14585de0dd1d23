import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/src/config/parse';

const json = (lines: string[]) => lines.join('\n');

describe('parseConfig: JSON with comments', () => {
  it('reads every setting, ignoring comments and trailing commas', () => {
    const text = json([
      '{',
      '  // Severity overrides for this repository.',
      '  "$schema": "./node_modules/rsplint/schemas/rsplint.schema.json",',
      '  "rules": { "missing-scale": "off", "missing-reference": "error", },',
      '  /* Our house spellings. */',
      '  "aliases": { "EC": "effective compute" },',
      '  "glossary": ["docs/definitions.md"],',
      '  "ignore": ["drafts/**"],',
      '  "options": { "quoted": "off", "benchmarks": ["OurEval-3"], "exponentStyle": "superscript" },',
      '}',
    ]);
    expect(parseConfig(text, '.rsplint.json')).toMatchObject({
      problems: [],
      config: {
        rules: { 'missing-scale': 'off', 'missing-reference': 'error' },
        aliases: { EC: 'effective compute' },
        glossary: ['docs/definitions.md'],
        ignore: ['drafts/**'],
        options: { quoted: 'off', benchmarks: ['OurEval-3'], exponentStyle: 'superscript' },
      },
    });
  });

  it('treats an empty file as an empty configuration', () => {
    expect(parseConfig('  \n', '.rsplint.json')).toMatchObject({ config: {}, problems: [] });
  });

  it('names an unknown top-level key with its line and suggests the near miss', () => {
    const { config, problems } = parseConfig(json(['{', '  "rules": { "missing-scale": "off" },', '  "glosary": ["a.md"]', '}']), '.rsplint.json');
    expect(problems).toEqual([
      { line: 3, column: 3, key: 'glosary', message: expect.stringContaining('Unknown key "glosary"; did you mean "glossary"?') },
    ]);
    expect(config).toEqual({ rules: { 'missing-scale': 'off' } });
  });

  it('reports a severity that is not off/info/warning/error and keeps the other rules', () => {
    const { config, problems } = parseConfig(
      json(['{', '  "rules": {', '    "missing-scale": "warn",', '    "missing-baseline": "error"', '  }', '}']),
      '.rsplint.json',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, key: 'rules.missing-scale' });
    expect(problems[0]!.message).toBe('"rules.missing-scale" must be "off", "info", "warning" or "error", not "warn" (did you mean "warning"?).');
    expect(config.rules).toEqual({ 'missing-baseline': 'error' });
  });

  it('translates ESLint-style numeric severities in the hint', () => {
    const { problems } = parseConfig('{ "rules": { "missing-scale": 2 } }', '.rsplint.json');
    expect(problems[0]!.message).toContain('not the number 2 (did you mean "error"?)');
  });

  it('reports an unknown rule id with its line and key', () => {
    const { config, problems } = parseConfig(json(['{', '  "rules": {', '    "missing-scael": "off"', '  }', '}']), '.rsplint.json');
    expect(problems).toEqual([
      { line: 3, column: 5, key: 'rules.missing-scael', message: 'Unknown rule "missing-scael" in "rules"; did you mean "missing-scale"?' },
    ]);
    expect(config.rules).toEqual({});
  });

  it('reports wrong types and drops only the bad values', () => {
    const { config, problems } = parseConfig(
      json(['{', '  "glossary": "defs.md",', '  "ignore": ["drafts/**", 3],', '  "aliases": { "EC": 1 },', '  "options": { "quoted": "loud" }', '}']),
      '.rsplint.json',
    );
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'glossary'],
      [3, 'ignore[1]'],
      [4, 'aliases.EC'],
      [5, 'options.quoted'],
    ]);
    expect(problems[0]!.message).toBe('"glossary" must be a list of strings, each a file path relative to the config file, not the string "defs.md" (write ["defs.md"]).');
    expect(problems[3]!.message).toBe('"options.quoted" must be "info" or "off", not "loud".');
    expect(config).toEqual({ ignore: ['drafts/**'], aliases: {}, options: {} });
  });

  it('reports a syntax error on its line and keeps what parsed before it', () => {
    const { config, problems } = parseConfig(json(['{', '  "rules": { "missing-scale": "off" }', '  "ignore": ["x"]', '}']), '.rsplint.json');
    expect(problems).toEqual([{ line: 3, column: 3, message: 'Syntax error: comma expected.' }]);
    expect(config.rules).toEqual({ 'missing-scale': 'off' });
  });

  it('reports a configuration that is not an object', () => {
    const { problems } = parseConfig('["missing-scale"]', '.rsplint.json');
    expect(problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(problems[0]!.message).toContain('must be an object');
  });

  it('reports a key given twice', () => {
    const { config, problems } = parseConfig('{\n"ignore": ["a"],\n"ignore": ["b"]\n}', '.rsplint.json');
    expect(problems).toEqual([{ line: 3, column: 1, key: 'ignore', message: '"ignore" is set twice; the later value is used.' }]);
    expect(config.ignore).toEqual(['b']);
  });

  it('counts lines correctly after a byte-order mark', () => {
    const { problems } = parseConfig('\uFEFF{\n  "colour": 1\n}', '.rsplint.json');
    expect(problems[0]).toMatchObject({ line: 2, column: 3, key: 'colour' });
  });
});

describe('parseConfig: YAML', () => {
  it('reads a YAML configuration', () => {
    const text = ['# rsplint settings', 'rules:', '  missing-scale: off', '  missing-counting-scope: info', 'glossary:', '  - glossary.md', ''].join('\n');
    expect(parseConfig(text, '.rsplint.yaml')).toEqual({
      config: { rules: { 'missing-scale': 'off', 'missing-counting-scope': 'info' }, glossary: ['glossary.md'] },
      problems: [],
      locations: { 'glossary[0]': { line: 6, column: 5 } },
    });
  });

  it('names the key and line of a bad severity in YAML', () => {
    const { config, problems } = parseConfig(['rules:', '  missing-baseline: error', '  missing-scale: loud'].join('\n'), 'x/.rsplint.yml');
    expect(problems).toEqual([
      { line: 3, column: 18, key: 'rules.missing-scale', message: '"rules.missing-scale" must be "off", "info", "warning" or "error", not "loud".' },
    ]);
    expect(config.rules).toEqual({ 'missing-baseline': 'error' });
  });

  it('names an unknown rule in YAML', () => {
    const { problems } = parseConfig(['rules:', '  missing-benchmarks: off'].join('\n'), '.rsplint.yaml');
    expect(problems).toEqual([
      { line: 2, column: 3, key: 'rules.missing-benchmarks', message: 'Unknown rule "missing-benchmarks" in "rules"; did you mean "missing-benchmark"?' },
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const { problems } = parseConfig(['rules:', '  missing-scale: off', 'ignore: [a, b'].join('\n'), '.rsplint.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/^Syntax error: /);
    expect(problems[0]!.line).toBe(3);
  });

  it('accepts an empty rules section', () => {
    expect(parseConfig('rules:\n  # missing-scale: off\n', '.rsplint.yaml')).toMatchObject({ config: {}, problems: [] });
  });
});

describe('parseConfig: hostile input', () => {
  it('turns pathological nesting into a problem instead of a crash', () => {
    for (const [text, name] of [
      ['['.repeat(200_000), '.rsplint.json'],
      ['{"rules":'.repeat(50_000), '.rsplint.json'],
      [`a: ${'['.repeat(100_000)}`, '.rsplint.yaml'],
      [`# it's a comment\na: ${'{'.repeat(100_000)}`, '.rsplint.yaml'],
      ['- '.repeat(50_000), '.rsplint.yaml'],
    ] as const) {
      const { config, problems } = parseConfig(text, name);
      expect(config).toEqual({});
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.length).toBeLessThanOrEqual(6);
      expect(problems[0]!.line).toBe(1);
    }
  });

  it('reports at most five syntax errors', () => {
    const { problems } = parseConfig('{ "ignore": ["a" "b" "c" "d" "e" "f" "g" "h" "i"] }', '.rsplint.json');
    expect(problems.filter((p) => p.message.startsWith('Syntax error')).length).toBe(5);
  });

  it('does not expand YAML aliases', () => {
    const { config, problems } = parseConfig('base: &b ["x"]\nignore: *b\n', '.rsplint.yaml');
    expect(config).toEqual({});
    expect(problems.map((p) => p.key)).toEqual(['base', 'ignore']);
  });
});
