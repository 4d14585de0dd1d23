// The engine's public surface. Hosts do not import it directly: they import server/src/lint.ts, the
// composition root, which binds the rule set (server/src/rules) to the engine.
// Architecture invariants: nothing under server/src/core imports node:* modules, vscode*, or ../rules.
export * from './types';
export { analyze } from './engine';
export { createParseCache } from './document';
export { applyFixes, type ApplyResult } from './apply-fixes';
export { completeDefinitionFix, benchmarkTriggerRewrite } from './fixes';
export { thresholdSummary, FACET_TITLES, type SummaryOptions } from './summary';
export type { AnalystRule, FacetRule, RuleContext, RuleMeta, RuleReport, RuleSet } from './rule-api';
export { scopeWhere } from './judgement/scopes';
export { capFindings, MAX_FINDINGS_PER_FILE } from './limits';
