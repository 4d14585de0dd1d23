// The engine calls the server makes besides analyze(): the two document-level fixes. Both may offer
// nothing (undefined) for a mention; the code actions then simply leave them out.
import { benchmarkTriggerRewrite, completeDefinitionFix, type Fix, type Mention } from '../lint';
import { languageOf, type LintOutcome } from './linter';

export function completeDefinitionFor(outcome: LintOutcome, mention: Mention): Fix | undefined {
  if (!outcome.analysis) return undefined;
  return completeDefinitionFix(outcome.analysis, outcome.text, mention.id, languageOf({ uri: outcome.uri, languageId: outcome.languageId })) ?? undefined;
}

export function benchmarkRewriteFor(outcome: LintOutcome, mention: Mention): Fix | undefined {
  if (!outcome.analysis) return undefined;
  return benchmarkTriggerRewrite(outcome.analysis, mention.id, outcome.text) ?? undefined;
}
