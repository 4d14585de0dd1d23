// The engine's vocabulary. Every offset in this file is a UTF-16 code-unit index into the author's
// original text (what an editor counts), never into a normalised copy.
import type { ParseCache } from './document';
export type { ParseCache };

/** The six core facets, with the ids used in JSON output. */
export type FacetId = 'baseline' | 'benchmark' | 'scale' | 'postTraining' | 'reference' | 'counting';
export const FACETS: readonly FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining', 'reference', 'counting'];

/** How a mention uses threshold language; decides which checks apply and how loudly. */
export type Role = 'trigger' | 'definition' | 'descriptive' | 'quoted' | 'historical';

/**
 * The family of a mention (DESIGN.md §2). `unit-multiplier` is a bare multiple ("a 6x safety buffer")
 * whose unit the sentence does not name.
 */
export type MentionKind =
  | 'effective-compute-term'
  | 'relative-effective-compute'
  | 'relative-compute'
  | 'relative-capability'
  | 'unit-multiplier'
  | 'absolute-compute'
  | 'absolute-effective-compute'
  | 'delegated-compute'
  | 'compute-cost'
  | 'progress-rate'
  | 'capability-jump'
  | 'post-training-calendar'
  | 'compute-equivalence'
  | 'capability-equivalence';

export type FacetState = 'stated' | 'missing' | 'not-applicable';

export interface Span {
  start: number;
  end: number;
}

/** Where a facet is stated: the span and the text that states it, and where that text lives. */
export interface Evidence extends Span {
  text: string;
  /** `undefined` = this document; otherwise the glossary file the definition came from. */
  source?: string;
  /** How it was found: in the mention's sentence, its footnote, a definition, a glossary, or by the phrase itself. */
  via: 'sentence' | 'footnote' | 'definition' | 'glossary' | 'intrinsic';
  /** True when the facet is given only as an example ("e.g.", "such as"). */
  hedged?: boolean;
  /** The cue row that recognised it (judgement/cues), e.g. "reference.last-evaluated-model". */
  cue?: string;
  /** The scope provider that put the text in force (judgement/scopes), e.g. "lead-in". */
  scope?: string;
}

export interface FacetResult {
  state: FacetState;
  evidence?: Evidence;
}

/** A definition of a term found in the document (or a glossary file). */
export interface Definition extends Span {
  /** Normalised key of the defined term, e.g. "effective compute". */
  term: string;
  /** The words as written. */
  label: string;
  /** The whole text that is taken as the definition (its block, plus attached footnotes). */
  body: Span;
  source?: string;
}

export interface Mention extends Span {
  id: number;
  kind: MentionKind;
  role: Role;
  /** The phrase as written (a slice of the original text). */
  text: string;
  /** The phrase for messages: Markdown markup blanked and white space folded ("**4x** more" → "4x more"). */
  phrase: string;
  /** Canonical term this mention depends on ("effective compute"), when it has one. */
  term?: string;
  /** Parsed numeric value where there is one: 4 for "4x", 1e26 for "10^26". */
  value?: number;
  comparator?: string;
  /** The sentence the mention sits in. */
  sentence: Span;
  facets: Record<FacetId, FacetResult>;
  /** The definition the facets were resolved against, if any. */
  definition?: Definition;
  /** Why the role was chosen: the id of the role row that decided it (judgement/roles). */
  roleReason?: string;
}

/** A text edit on the original document: replace [start, end) with newText (start === end inserts). */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Preferred fix for the finding (Ctrl+. lists it first). */
  isPreferred?: boolean;
  /**
   * Deterministic fixes change the text to a definite, correct result and may run in fix-all;
   * a placeholder fix inserts ⟨placeholders⟩ for the author to fill and never runs unattended.
   */
  deterministic: boolean;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = 'off' | Severity;

export interface RelatedSpan extends Span {
  message: string;
  source?: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  facet?: FacetId;
  mentionId?: number;
  /** The definition used, or the sentence that states related facts. */
  related?: RelatedSpan[];
  fixes?: Fix[];
  /** Why it matters, in the words of this phrase (the rule's general reason when absent). */
  why?: string;
}

/** Project configuration as written in .rsplint.json / .rsplint.yaml (validated). */
export interface RsplintConfig {
  /** Severity per rule id. */
  rules?: Record<string, SeveritySetting>;
  /** Extra spellings of a canonical term: { "EC": "effective compute" }. */
  aliases?: Record<string, string>;
  /** Glossary files, relative to the config file; their definitions count for every document. */
  glossary?: string[];
  /** Gitignore-style patterns of files the CLI skips. */
  ignore?: string[];
  options?: {
    /** How quoted/attributed mentions are reported: 'off' (default: another party's words, corpus rule 17) or 'info'. */
    quoted?: 'info' | 'off';
    /** Extra benchmark names that count as naming a metric. */
    benchmarks?: string[];
    /** Style of exponents in deterministic fixes. */
    exponentStyle?: 'caret' | 'superscript';
  };
}

/** A glossary file's text, read by the host and handed to the engine. */
export interface GlossarySource {
  name: string;
  text: string;
}

export interface LintOptions {
  /** 'markdown' (default) or 'plaintext' (paragraphs split on blank lines). */
  language?: 'markdown' | 'plaintext';
  config?: RsplintConfig;
  glossaries?: GlossarySource[];
  /** Report suppression comments that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean;
  /**
   * Parsed chunks of this document's previous version (from createParseCache()): an editor passes the
   * same cache on every change so that only the edited chunks are parsed again.
   */
  cache?: ParseCache;
  /** For tests: analyse the document even when the first pass (prefilter.ts) finds nothing to look at. */
  skipPrefilter?: boolean;
}

export interface Analysis {
  mentions: Mention[];
  definitions: Definition[];
  /** Findings after severities, suppressions and 'off' rules are applied, sorted by position. */
  findings: Finding[];
  /**
   * Parts of the page no fix may write into (tables, two-column passages), as the analysis found them;
   * the document-level fixes offered later use them instead of parsing the text again.
   */
  protectedRanges?: { start: number; end: number; what: string }[];
}
