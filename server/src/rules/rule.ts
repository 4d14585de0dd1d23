import type { FacetId, Severity } from '../core/types';

/** What every rule declares beside its check: docs, the JSON Schema and the README table are generated from it. */
export interface RuleMeta {
  /** Kebab-case id used in output, config and suppression comments. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** One sentence: why a reader of a policy should care. Used in messages, hovers and docs. */
  why: string;
  /** Default severity for a mention in a normative (trigger) sentence; other roles scale it down. */
  defaultSeverity: Severity;
  /** The facet a facet rule checks. */
  facet?: FacetId;
  /** Whether the rule offers fixes: placeholder insertions, deterministic rewrites, or none. */
  fixable: 'placeholder' | 'deterministic' | 'suggestion' | false;
  /** Docs page, relative to the repository / extension root. */
  docs: string;
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}
