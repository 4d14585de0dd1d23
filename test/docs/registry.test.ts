// Adding a rule means adding its docs page and regenerating the README table; these tests fail when
// either is forgotten, or when a page or the table drifts from the rule's metadata.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACET_RULES, RULES } from '../../server/src/rules';
import type { Mention } from '../../server/src/core/types';
import { buildRulesTable, extractRulesTable } from '../../scripts/rules-table';

const root = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const docsDir = 'docs/rules';

describe('rule docs pages', () => {
  it('every rule has a docs page at the path its metadata gives', () => {
    for (const rule of RULES) {
      expect(rule.docs, rule.id).toBe(`${docsDir}/${rule.id}.md`);
      expect(existsSync(join(root, rule.docs)), `${rule.docs} is missing`).toBe(true);
    }
  });

  it('every docs page belongs to a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const orphans = readdirSync(join(root, docsDir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
      .filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: the page is titled by the id and states the default severity', (id, rule) => {
    const page = read(rule.docs);
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    expect(page).toMatch(new RegExp(`^\\| Default severity \\| ${rule.defaultSeverity}\\b`, 'm'));
    expect(page).toContain(`"${id}": "off"`);
  });

  // Issue 11: error only where a reader would misapply the threshold, and each default justified on its page.
  it.each(RULES.map((r) => [r.id, r] as const))('%s: the page has a Severity section that gives the default and a reason for it', (id, rule) => {
    const page = read(rule.docs);
    const section = page.split(/^## Severity(?: by role)?$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(section, `${rule.docs} has no "## Severity" section`).not.toBe('');
    expect(section).toContain(`**${rule.defaultSeverity}**`);
    // A reason, not only the level: at least one full sentence beyond naming it.
    expect(section.replace(/\s+/g, ' ').length, `${rule.docs}: the Severity section gives no reason`).toBeGreaterThan(120);
  });

  it.each(FACET_RULES.map((r) => [r.meta.id, r] as const))('%s: the page quotes the sentence its quick fix inserts', (id, rule) => {
    const page = read(rule.meta.docs);
    // The template depends only on whether the mention is a cost threshold.
    const plain = rule.templateFor({ kind: 'absolute-compute' } as Mention);
    const cost = rule.templateFor({ kind: 'compute-cost' } as Mention);
    expect(page, `${id}: fix template`).toContain(plain);
    expect(page, `${id}: cost fix template`).toContain(cost);
    expect(page).toContain(`\`${rule.meta.facet}\``);
  });

  it('relative links in the docs pages and the examples README point at files that exist', () => {
    const pages = [...RULES.map((r) => r.docs), 'examples/README.md'];
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of relativeLinks(read(page))) {
        if (!existsSync(resolve(root, dirname(page), target))) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('README', () => {
  const readme = read('README.md');

  it('has the rules table generated from the rule metadata (run `npm run docs:rules` to refresh it)', () => {
    expect(extractRulesTable(readme)).toBe(buildRulesTable(RULES));
  });

  it('lists every rule with a link to its page', () => {
    for (const rule of RULES) expect(readme).toContain(`[\`${rule.id}\`](${rule.docs})`);
  });

  it('gives a newcomer the two commands', () => {
    expect(readme).toContain('npm ci && npx rsplint examples/');
    expect(readme).toContain('npm ci && npm test');
  });

  it('links to rule pages and examples that exist', () => {
    const broken = relativeLinks(readme)
      .filter((target) => target.startsWith('docs/rules/') || target.startsWith('examples/'))
      .filter((target) => !existsSync(join(root, target)));
    expect(broken).toEqual([]);
  });
});

/** Targets of Markdown links that are paths in this repository (no scheme, no pure #anchor). */
function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1]!.split('#')[0]!;
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    targets.push(target);
  }
  return targets;
}
