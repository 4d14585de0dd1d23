import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, OPTION_KEYS, parseConfig } from '../../server/src/config/parse';
import { RULES } from '../../server/src/rules';

const SCHEMA_PATH = join(__dirname, '../../schemas/rsplint.schema.json');
const PACKAGE_PATH = join(__dirname, '../../package.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

// After adding or rewording a rule, regenerate the rules section with
//   RSPLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts
if (process.env.RSPLINT_UPDATE_SCHEMA) {
  schema.properties.rules.properties = Object.fromEntries(
    RULES.map((r) => [
      r.id,
      {
        description: `${r.description} Why it matters: ${r.why} Default: "${r.defaultSeverity}". Docs: ${r.docs}`,
        enum: ['off', 'info', 'warning', 'error'],
      },
    ]),
  );
  writeFileSync(SCHEMA_PATH, JSON.stringify(schema, null, 2) + '\n');
  // The editor setting rsplint.rules offers the same ids as completions in settings.json.
  const pkg = JSON.parse(readFileSync(PACKAGE_PATH, 'utf8'));
  pkg.contributes.configuration.properties['rsplint.rules'].properties = Object.fromEntries(
    RULES.map((r) => [r.id, { type: 'string', enum: ['off', 'info', 'warning', 'error'], description: r.description }]),
  );
  writeFileSync(PACKAGE_PATH, JSON.stringify(pkg, null, 2) + '\n');
}
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('schemas/rsplint.schema.json', () => {
  it('lists every rule in RULES with the severity values, and nothing else', () => {
    const listed = schema.properties.rules.properties as Record<string, { enum: string[]; description: string }>;
    // If this fails after adding a rule: RSPLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts
    expect(Object.keys(listed).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      expect(listed[rule.id]!.enum, rule.id).toEqual(['off', 'info', 'warning', 'error']);
      expect(listed[rule.id]!.description, rule.id).toContain(rule.description);
    }
  });

  it('offers every rule id, and only those, as completions for the editor setting rsplint.rules', () => {
    const pkg = JSON.parse(readFileSync(PACKAGE_PATH, 'utf8'));
    const listed = pkg.contributes.configuration.properties['rsplint.rules'].properties as Record<string, { enum: string[] }>;
    // If this fails after adding a rule: RSPLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts
    expect(Object.keys(listed).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const id of Object.keys(listed)) expect(listed[id]!.enum).toEqual(['off', 'info', 'warning', 'error']);
  });

  it('has the same keys the config reader accepts', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(Object.keys(schema.properties.options.properties).sort()).toEqual([...OPTION_KEYS].sort());
  });

  it('gives every setting a description an editor can show', () => {
    for (const [key, value] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(value.description, key).toBeTruthy();
    }
  });

  // The schema (used by editors) and parseConfig (used by rsplint) must agree on what is valid.
  const examples: Array<[string, unknown]> = [
    ['a full valid config', { rules: { 'missing-scale': 'off' }, aliases: { EC: 'effective compute' }, glossary: ['g.md'], ignore: ['x/'], options: { quoted: 'off', benchmarks: ['B'], exponentStyle: 'caret' } }],
    ['a bad severity', { rules: { 'missing-scale': 'warn' } }],
    ['an unknown rule', { rules: { 'missing-scael': 'off' } }],
    ['an unknown key', { colour: true }],
    ['a glossary that is a string', { glossary: 'g.md' }],
    ['an unknown option', { options: { strict: true } }],
    ['a bad option value', { options: { exponentStyle: 'latex' } }],
  ];
  for (const [name, config] of examples) {
    it(`agrees with parseConfig on ${name}`, () => {
      const schemaValid = validate(config) as boolean;
      const readerValid = parseConfig(JSON.stringify(config), '.rsplint.json').problems.length === 0;
      expect(schemaValid).toBe(readerValid);
    });
  }
});
