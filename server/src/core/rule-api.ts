// What a rule is, as the engine sees it. The rules themselves live in server/src/rules/ and are handed to
// analyze() by the composition root (server/src/lint.ts): the engine never imports them.
import type { ParsedDocument } from './document';
import type { ResolvedDefinition } from './definitions';
import type { RawMention } from './mentions';
import type { FacetId, Fix, Mention, RelatedSpan, RsplintConfig, Severity, Span } from './types';

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

/** A rule that reports one missing facet per mention. The check is shared; the words are the rule's own. */
export interface FacetRule {
  meta: RuleMeta & { facet: FacetId };
  /** What is missing, as a noun phrase: "no reference point (what the multiple is counted from)". */
  missing: string;
  /** The sentence a quick fix inserts, with ⟨placeholders⟩. */
  templateFor(mention: Mention): string;
  message(mention: Mention): string;
  /** Why it matters for this phrase: a 6x phrase is not explained with "4x", a cost not with FLOP. */
  whyFor(mention: Mention): string;
}

export interface RuleContext {
  text: string;
  doc: ParsedDocument;
  /** Mentions with role and facets; `raws[i]` is the parse behind `mentions[i]` (same id). */
  mentions: readonly Mention[];
  raws: readonly RawMention[];
  definitions: readonly ResolvedDefinition[];
  config: RsplintConfig;
}

export interface RuleReport extends Span {
  message: string;
  mentionId?: number;
  related?: RelatedSpan[];
  fixes?: Fix[];
  /** Overrides the configured severity downwards (e.g. 'info' for a quoted passage). */
  severity?: Severity;
  /** The facet the report is about, where it is about one (example-only-facet). */
  facet?: FacetId;
}

export interface AnalystRule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}

/** The rules one analysis runs. */
export interface RuleSet {
  facet: readonly FacetRule[];
  analyst: readonly AnalystRule[];
  /** Every rule's metadata, including those the engine reports itself (placeholders, suppressions). */
  all: readonly RuleMeta[];
}
