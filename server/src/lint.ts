// The composition root: the engine (server/src/core) with the rule set (server/src/rules) bound in, and
// the configuration reader (server/src/config). The CLI, the language server and the tests import this
// module; the engine itself never imports a rule.
import * as core from './core/index';
import { RULE_SET } from './rules';
import type { Analysis, Fix, LintOptions } from './core/index';

export * from './core/index';
export { RULES, FACET_RULES, ANALYST_RULES, RULE_SET, ruleById } from './rules';
export { parseConfig, type ConfigProblem, type ParsedConfig } from './config/parse';

/** Analyses a document with every rsplint rule (or the rule set given). */
export function analyze(text: string, options: LintOptions & { rules?: core.RuleSet } = {}): Analysis {
  return core.analyze(text, { ...options, rules: options.rules ?? RULE_SET });
}

/** "Add a complete definition of ⟨term⟩" for the term a mention uses. */
export function completeDefinitionFix(analysis: Analysis, text: string, mentionId: number, language: 'markdown' | 'plaintext' = 'markdown'): Fix | undefined {
  return core.completeDefinitionFix(analysis, text, mentionId, language, RULE_SET);
}
