// The engine's public surface. Hosts (CLI, language server) import from here and nowhere deeper.
// Architecture invariant: nothing under server/src/core imports node:* modules or vscode*.
export * from './types';
export { analyze } from './engine';
export { createParseCache } from './document';
export { applyFixes, type ApplyResult } from './apply-fixes';
export { parseConfig, type ConfigProblem, type ParsedConfig } from './config';
export { completeDefinitionFix, benchmarkTriggerRewrite } from './fixes';
export { thresholdSummary, FACET_TITLES, type SummaryOptions } from './summary';
export { RULES, FACET_RULES, ruleById, type RuleMeta } from '../rules';
export { scopeWhere } from './judgement/scopes';
export { capFindings, MAX_FINDINGS_PER_FILE } from './limits';
