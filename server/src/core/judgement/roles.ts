// The role of a mention (domain.md §3.4; DESIGN.md §2): an ordered list of rows, each with the reason it
// records. The first row that holds decides; `roleReason` on the mention names it, so hover and JSON can
// say why a phrase was read as a trigger, a definition, background prose, a quotation or history.
import { blockTest, sentenceTest, sentenceText, type Block, type Sentence } from '../document';
import type { RawMention } from '../mentions';
import * as P from '../patterns';
import type { Role } from '../types';
import { leadInOf, sentenceBefore } from './scopes/list';
import { columnHeaderOf, firstHeaderOf } from '../tables';
import { facetEvidenceInSentence } from './evaluate';
import { METRIC_FACETS } from './scopes/metric';
import { ownBlockquoteCached } from './quotation';

export interface RoleContext {
  /** Offsets where this document defines a term (the label of each definition). */
  definingStarts?: ReadonlySet<number>;
  /** The document's text, for reading a table cell's column header. */
  text?: string;
}

export interface RoleRow {
  id: string;
  role: Role;
  /** The general statement the row implements. */
  source: string;
  when(m: RawMention, facts: RoleFacts, ctx: RoleContext): boolean;
}

/** What several rows read, computed once per mention. */
export interface RoleFacts {
  st: string;
  /** The mention's offsets in `st`. */
  a: number;
  b: number;
  /** The lead-in sentence of the list or clause run the mention sits in, as text. */
  lead: string;
}

/** Another instrument named as the source of what the sentence reports. */
const OTHER_INSTRUMENT = /\b(?:Executive\s+Order|EO\s?\d{5}|(?:EU\s+)?AI\s+Act|Code\s+of\s+Practice|Regulation\s+\(EU\)|(?:SB|AB|HB)\s?\d{2,5})\b|\bthe\s+(?:bill|Act|Order|regulation|statute|law|Guidelines|EU|European\s+Union|Commission)['’]s\b|\b(?:[Hh]er|[Hh]is)\s+(?:bill|law|amendment|proposal)\b/u;
const PREDICTION = /\b(?:predicts?|predicted|forecasts?\s+that|projects?\s+that|hypothetical(?:ly)?|threat\s+model|assum(?:es|e|ing)\s+(?:an?\s+)?(?:attacker|adversary|outside|malicious|actor|group))\b/iu;
/** A condition or a rule: an approximate figure inside one is still a threshold ("would imply … ~1000x"). */
const CONDITIONAL = /\b(?:if|when|whenever|would|once|every|each|shall|must)\b/iu;
/** A section about what others do: "What existing frameworks do", "Related policies". */
const OTHERS_TITLE = /\b(?:existing|other|related|prior|current|peer)\s+(?:frameworks?|polic(?:y|ies)|approaches|regimes|proposals|commitments)\b/iu;
/** The document's own instrument: "this Act", "this chapter". */
const OWN_INSTRUMENT = /\b(?:this|these)\s+(?:act|bill|chapter|section|subdivision|article|order|regulation|policy|framework|standard|guidance|guidelines|paper|document)\b/iu;
// "… is assumed to be scale-independent above 10^24 FLOP" (absorbed drafts of several authors; drafts-et 04).
const SCALE_STATEMENT = /\b(?:re-?fit\w*|fitted|extrapolat\w*|relied\s+on|reference[\s-]recipe\s+runs?|reference\s+curve|scale[\s-](?:independent|invariant))\b/iu;
/**
 * A capability threshold stated as what a model can do, optionally after a short label: "AI R&D: The
 * model facilitates a dramatic acceleration …", "ML R&D uplift level 1: Can or has been used to …",
 * "The ability to either: (1) … or (2) cause dramatic acceleration …".
 */
const CAPABILITY_THRESHOLD = /(?:^|\|)[\s"'(]*(?:[^.:;|]{1,80}:\s+)?(?:the\s+ability\s+to|the\s+model\s+(?:can|could|is\s+able\s+to|facilitates|enables|provides|is\s+capable\s+of)|(?:can|could)\s+(?:or\s+has\s+)?(?:be(?:en)?\s+)?used\s+to|has\s+been\s+used\s+to|(?:AI\s+)?(?:systems?|models?)\s+that\s+can)\b/iu;

/** The mention lies inside a bold span that opens its block and ends as a title does (a full stop, a colon, or the line's end). */
function inOpeningBoldTitle(m: RawMention, text: string): boolean {
  const block = m.sentence.block;
  const first = block.strong[0];
  if (!first || m.start < first.start || m.end > first.end || first.start - block.start > 16) return false;
  if (!/^[\s>*_•●-]*(?:\(?[\w.]{1,8}[.)]?\s{1,3})?$/u.test(text.slice(block.start, first.start))) return false;
  const inner = text.slice(first.start + 2, first.end - 2);
  // A title is short; a whole sentence in bold (an insertion in a redline) is text.
  if (inner.split(/\s+/).length > 10 || /^\s*\[/.test(inner)) return false;
  return /[.:]\s{0,2}$/u.test(inner) || /^[ \t]*(?:\r?\n|$)/u.test(text.slice(first.end, first.end + 4));
}

export const ROLE_ROWS: readonly RoleRow[] = [
  {
    id: 'historical.changelog',
    role: 'historical',
    source: 'corpus rule 11 (changelog restatements are historical)',
    // A version entry opens the block ("v2.0 (15 Oct 2024) — …") or, in a slide or a plain-text list, the
    // bullet the mention is in ("• v0.3: re-evaluate every 6x in effective compute").
    when: (m, f) => m.sentence.block.section.isChangelog || sentenceTest(m.sentence, P.HISTORICAL) || P.VERSION_ENTRY.test(m.sentence.block.norm.text) || P.VERSION_ENTRY.test(f.st),
  },
  {
    id: 'historical.deleted-text',
    role: 'historical',
    source: 'corpus rule 11 (text a redline deletes is no longer in force; an inline "(was: a 6x safety buffer)" or "(previously: …)" gives the old value, drafts-di 01 and drafts-am 04)',
    when: (_m, f) => /^\s*(?:deleted|removed|struck|was|formerly|previously)\s*:/i.test(openBracket(f.st, f.a)),
  },
  {
    // A paragraph labelled as the old text: "Old: We evaluated each new model after every 4x increase …"
    // (alternating Old / New paragraphs, drafts-di 02), "Old (v2.0): "10^26 FLOP"" (drafts-db 03), "Old rule:
    // runs above 10^25 FLOP needed sign-off" (drafts-eg 02), "Old trigger (v1.0–v1.3): …" (drafts-eg 04). An
    // errata sheet's "Printed: …" gives the withdrawn text before "Should read: …" (drafts-em 03), the
    // conventional errata form ("For … read …").
    id: 'historical.old-label',
    role: 'historical',
    source: 'corpus rule 11 (a superseded rule restated is historical)',
    when: (_m, f) => /^[\s*_]{0,4}(?:Old|Previous|Former|Superseded|Was|Withdrawn|(?:As\s)?[Pp]rinted)(?:\s(?:rule|text|wording|version|clause|value|trigger|threshold|definition))?(?:\s{0,2}\([^()]{1,30}\))?[\s*_]{0,4}:/u.test(f.st.slice(0, f.a)),
  },
  {
    // A recital says what the instrument being amended provides, or why: "WHEREAS the Policy currently
    // provides that a Covered Model is evaluated after every 4x increase in effective compute;" (drafts-di 04,
    // drafts-cp 01). The operative text follows "RESOLVED" or the schedule.
    id: 'descriptive.recital',
    role: 'descriptive',
    source: 'corpus rule 11 (a restated rule is annotated where it operates, not where it is recalled)',
    when: (_m, f) => /^[\s*_]{0,4}WHEREAS\b|^[\s*_]{0,4}Whereas\s+(?:the|our|it|this|on)\b/u.test(f.st),
  },
  {
    id: 'quoted.editorial-comment',
    role: 'quoted',
    source: 'corpus rule 17 (a reviewer\'s comment on a draft is another party\'s words)',
    when: (_m, f) => /^\s*(?:comment|note|reviewer|query|question)\b[^:\]]{0,60}:/i.test(openBracket(f.st, f.a)),
  },
  {
    id: 'quoted.other-instrument',
    role: 'quoted',
    source: 'corpus rule 17 (a commenter\'s prose about another instrument\'s threshold: "the bill\'s 10^26 mark", "the EU AI Act provides that the 1e25 FLOP threshold …")',
    // The paragraph is the unit; a "paragraph" of a whole page (a web page pasted as text without blank lines,
    // drafts-fm 01) is not one, and there the sentence and its neighbours are read instead.
    when: (m) => (m.kind !== 'capability-jump' && paragraphTest(m.sentence, OTHER_INSTRUMENT) && !paragraphTest(m.sentence, OWN_INSTRUMENT)) || m.sentence.block.section.titles.some((t) => OTHERS_TITLE.test(t)),
  },
  {
    id: 'historical.earlier-version',
    role: 'historical',
    source: 'corpus rule 11 (a superseded rule restated is historical): "Under version 1 we ran … every 4x", "the four levels in Draft 2, which evaluated every 6x", a "Deprecated" section',
    when: (m, f) => {
      if (m.sentence.block.section.titles.some((t) => SUPERSEDED_TITLE.test(t))) return true;
      // An aside about the earlier version ("3x or more … (Version 3.0 used 5x; see Annex C)") is about the
      // old value inside it, not about the mention outside it.
      const st = withoutOtherAsides(f.st, f.a, f.b);
      return (P.guardedTest(EARLIER_VERSION, st) && PAST_RULE_VERB.test(st)) || FORMER_BEFORE.test(f.st.slice(Math.max(0, f.a - 40), f.a));
    },
  },
  {
    // An option a decision memo does not recommend is not a rule: "**Option B (not recommended).** Keep 6x, …"
    // (drafts-al 04). Under a heading that says so ("### Option A: absolute compute line only (not
    // recommended)", drafts-dj 01) the historical.earlier-version row's section titles already decide it.
    id: 'descriptive.rejected-option',
    role: 'descriptive',
    source: 'corpus rule 11 (a rule is annotated where it operates); domain.md §3.4 (proposals and alternatives describe)',
    when: (m) => REJECTED_LABEL.test(m.sentence.block.norm.text),
  },
  {
    // A rule the text says was replaced is no longer in force: "the 10^26 operations reporting line —
    // replaced by trigger 2" (a list of retired triggers, drafts-de 04), "That requirement is superseded by
    // Section 3" (drafts-cb 02). The active "This 3x trigger replaced the 4x one" names the new rule first.
    // (Dashes are normalised to "-".)
    id: 'historical.replaced-by',
    role: 'historical',
    source: 'corpus rule 11 (a superseded rule restated is historical)',
    // … or said to be out of force: "The v1.3 trigger of every 4x in training FLOP is withdrawn" (drafts-eu 04),
    // "The old rule in rev. B (evaluate every 8x) is withdrawn", "Old gate … ("eval every 4x EC") is retired",
    // "that rule no longer applies" (absorbed drafts); not a model retired ("until the model is retired", GDM
    // FSF v3.0) nor a clause that only says when.
    when: (_m, f) => /^[^.;]{0,80}?(?:(?:\b(?:is|was|are|were|has\s+been|have\s+been|now)\s+|\s-\s*)(?:replaced|superseded)\s+by\b|(?<!\b(?:until|unless|when|whenever|once|if|before|after|while)\b[^.;]{0,60})(?<!\b(?:model|system|checkpoint|version|release)s?\s)\b(?:is|are|has\s+been|have\s+been)\s+(?:withdrawn|revoked|repealed|retired)\b|\bno\s+longer\s+(?:applies|apply|in\s+force)\b)/iu.test(f.st.slice(f.b)),
  },
  {
    // What a change takes out: "would replace the fine-tuning threshold of 3 x 10^25 operations with a
    // percentage …" (round 49 drafts-fz 04, a legislative digest), "replaced the 4x interval with a 3x step"
    // (drafts-fh 01), "replaced the threshold of 10^25 FLOP with 10^26 FLOP" (drafts-bw 04), "would delete the
    // provision that treated … effective compute as meeting the threshold". What is put in is not history.
    id: 'historical.replaced-value',
    role: 'historical',
    source: 'corpus rule 11 (a superseded rule restated is historical): the object of "replace … with" or of "delete"',
    when: (_m, f) => {
      const before = f.st.slice(Math.max(0, f.a - 100), f.a);
      const replaced = /\b(?:replace[sd]?|replacing)\s(?:(?!\b(?:with|by)\b)[^.;]){0,80}$/iu.test(before) && /^[^.;]{0,80}?\b(?:with|by)\b/iu.test(f.st.slice(f.b));
      return replaced || /\b(?:delete[sd]?|deleting|strike[s]?|striking|struck|remove[sd]?|removing)\s{1,3}(?:the\s{1,3})?(?:provision|clause|rule|sentence|words?|text|reference|trigger|threshold)\b(?:(?!\b(?:with|by|and\s+(?:add|insert))\b)[^.;]){0,80}$/iu.test(before);
    },
  },
  {
    id: 'historical.past-report',
    role: 'historical',
    source: 'corpus rule 11 (a superseded or past rule reported is historical): "the 6x buffer was …", "the 6x interval left too little buffer", "The 4x trigger fired at roughly 60% of the planned run"',
    when: (_m, f) => /\bthe\s+$/i.test(f.st.slice(Math.max(0, f.a - 6), f.a)) && PAST_AFTER.test(f.st.slice(f.b, f.b + 40)),
  },
  {
    id: 'historical.value-change',
    role: 'historical',
    source: 'corpus rule 11 (a changelog restates thresholds): "backstop lowered from 10^26 FLOP to 5 × 10^25 FLOP", a digest that "would lower the thresholds … from 10^26 to 5 × 10^25 operations"',
    when: (_m, f) => {
      // Every figure after the first change in the sentence is part of the change list; a sentence that
      // reports a change in the passive ("The 10^26 FLOP threshold in Version 3.0 is lowered to 5 × 10^25")
      // is one as a whole.
      const first = f.st.search(VALUE_CHANGE);
      return (first >= 0 && first < f.a) || PASSIVE_CHANGE.test(f.st);
    },
  },
  {
    id: 'quoted.third-party-subject',
    role: 'quoted',
    source: 'corpus rule 17 (another party\'s threshold reported in the author\'s prose): "Legislators … the bills draw their line at 10^26", "Some of my former colleagues would prefer a 10x interval"',
    when: (_m, f) => P.guardedTest(THIRD_PARTY, f.st.slice(0, f.a)),
  },
  {
    id: 'quoted.possessive-attribution',
    role: 'quoted',
    source: 'corpus rule 17 (another party\'s rule reported in the author\'s prose): "Anthropic\'s policy treats a model as notably more capable when it reaches 4x …", "Google DeepMind\'s first framework aimed to evaluate every 6x …" (drafts-bd 04; also drafts-ba 01 and drafts-s 05, where the rule is quoted as well)',
    when: (_m, f) => POSSESSIVE_INSTRUMENT.test(f.st.slice(0, f.a)),
  },
  {
    id: 'quoted.blockquote-or-quotation',
    role: 'quoted',
    source: 'corpus rule 17 (another party\'s words in a blockquote or a quotation of eight words or more)',
    when: (m, f, ctx) => (m.sentence.block.inBlockquote && !ownBlockquoteCached(m.sentence.block, ctx.text)) || insideQuotation(f.st, f.a, f.b),
  },
  {
    id: 'quoted.cited-cell',
    role: 'quoted',
    source: 'corpus rule 17: a table cell that is nothing but a quotation cites another text ("Trigger (verbatim)" columns of framework and law comparisons; drafts-z 05, drafts-s 03)',
    when: (m) => m.sentence.block.kind === 'tableCell' && /^\s*"[^"]{2,}"\s*[.;]?\s*$/u.test(m.sentence.block.norm.text),
  },
  {
    id: 'quoted.comparison-table',
    role: 'quoted',
    source: 'corpus rule 17: a comparison table of other instruments states their thresholds, not the author\'s: a column headed "California SB 53 (2025)" beside "AB 1420 (this bill)", a row labelled "European Union | AI Act, Art. 51(2)" under "Jurisdiction or developer" (drafts-z 01, drafts-m 03, drafts-z 05)',
    when: (m, _f, ctx) => comparisonCell(m, ctx.text),
  },
  {
    id: 'quoted.attributed-phrase',
    role: 'quoted',
    source: 'corpus rule 17: a short quotation attributed to another party or provision ("Everline\'s "notably more capable" trigger", "Proposed § 5.3 makes re-reporting turn on whether a model is "materially more capable."")',
    when: (_m, f) => attributedQuotation(f.st, f.a, f.b),
  },
  {
    id: 'quoted.quoted-threshold',
    role: 'quoted',
    source: 'corpus rule 17: a threshold phrase in quotation marks is cited, not set ("Lab A: "every 4x in effective compute"", "The draft evaluated "every 5x in effective compute"", "strike "after each 4x increase in effective compute""); an author sets a threshold in plain words and quotes only a term it defines',
    when: (m, f) => m.kind !== 'effective-compute-term' && quotedWhole(f.st, f.a, f.b),
  },
  {
    id: 'descriptive.amendment-power',
    role: 'descriptive',
    source: 'corpus rule 10 (a mechanism for amending thresholds is not itself a threshold): "The Commission shall adopt delegated acts … to amend the thresholds", "may by regulation update the quantities … and may establish a threshold … expressed in effective computing power"',
    when: (_m, f) => {
      const power = AMENDMENT_POWER.exec(f.st);
      return !!power && power.index < f.a;
    },
  },
  {
    id: 'historical.superseded-column',
    role: 'historical',
    source: 'corpus rule 11 (a restated old rule is historical): the "Current rule" column of a table that proposes a new one; a "Before" or lower-version column beside the one in force (drafts-du 02, drafts-dr 02), or an earlier edition\'s ("2025 text | 2026 text", drafts-fa 02); a column headed "history only, no force"',
    when: (m, _f, ctx) => supersededColumn(m, ctx.text),
  },
  {
    id: 'definition.defining-occurrence',
    role: 'definition',
    source: 'corpus rule 15 (a definition is itself a mention)',
    when: (m, _f, ctx) => !!ctx.definingStarts?.has(m.start) && (m.kind === 'effective-compute-term' || m.kind === 'capability-jump'),
  },
  {
    // Headings are section context only (issue 10, cause 10); a bold title that opens a clause is one too.
    id: 'descriptive.run-in-title',
    role: 'descriptive',
    source: 'issue 10 cause 10 (a heading names a section; it is context, not a mention): a bold title opening a clause ("3.1 **Effective Compute trigger.** We run …", round 48 drafts-fw 01; "**C4. Effective compute.** Signatories that …", drafts-ex 02) or a bold line standing as a title ("**1. What EC means for us**", round 48 drafts-fv 01) names the clause; its rule is in the sentences after it',
    when: (m, _f, ctx) => m.kind === 'effective-compute-term' && !!ctx.text && inOpeningBoldTitle(m, ctx.text),
  },
  {
    id: 'descriptive.repeated-steps',
    role: 'descriptive',
    source: 'corpus rule 8 (an illustration sets no threshold): the step-creep loophole told as a sequence of one multiple ("step 3x, then 3x again", "we can do 3x, 3x, 3x forever", "stepping 2.9x, 2.9x and 2.9x"; drafts-ab 03, drafts-f 05, drafts-al 03)',
    when: (_m, f) => REPEATED_STEPS.test(f.st),
  },
  {
    id: 'descriptive.attacker-budget',
    role: 'descriptive',
    source: 'corpus rule 10 ("$1m in compute" for an attacker is a threat model, not a training-cost threshold; drafts-av 01, drafts-ar 02, drafts-y 04)',
    when: (m, f) => m.kind === 'compute-cost' && ATTACKER.test(f.st),
  },
  {
    id: 'descriptive.worked-example',
    role: 'descriptive',
    source: 'corpus rule 8 (worked examples of a calculation set no threshold)',
    when: (m) => WORKED_EXAMPLE.test(m.sentence.block.norm.text) || m.sentence.block.section.titles.some((t) => EXAMPLES_TITLE.test(t)),
  },
  {
    id: 'descriptive.measured-value',
    role: 'descriptive',
    source: 'corpus rule 8 (estimates and measured values set no threshold): "we estimated it at 1.3x …", "around 3.5x the effective compute of …"; a table of runs and what each measured ("| P-6 | 2.2x | 3 × 10^25 FLOP | none |", drafts-ec 02)',
    when: (m, f, ctx) => {
      const approximate = !!m.comparator && P.APPROXIMATE.test(m.comparator);
      // An approximate multiple outside any condition is a measurement; an approximate absolute threshold is
      // left to missing-comparator, which says why "around 10^26 FLOP" cannot be a boundary.
      if (approximate && m.kind !== 'absolute-compute' && m.kind !== 'compute-cost' && !CONDITIONAL.test(f.st)) return true;
      const before = f.st.slice(Math.max(0, f.a - 40), f.a);
      // "models which have reached 4x …" is a condition, not a measurement.
      return ((!m.comparator || approximate) && MEASURED_BEFORE.test(before) && !RELATIVE_CONDITION.test(before)) || measurementRow(m, ctx.text);
    },
  },
  {
    // A checklist gate asks the question the threshold answers: "Will the run's total training compute exceed
    // 10^26 FLOP?" in a table with a Yes / No column (drafts-ct 02), "Is the candidate checkpoint at ≥3x
    // effective compute relative to the last cleared checkpoint? If yes, go to Section B" (drafts-cg 03).
    // The question is about this run or model crossing a stated value, not about the policy ("Should we
    // drop the trigger to 2x EC?", "Is 5e25 still the right line?").
    id: 'trigger.gate-question',
    role: 'trigger',
    source: 'domain.md §3.2 F7 (a commitment stated as a condition); drafts-ct 02 and drafts-cg 03 (checklist gates); drafts-cz 03 and drafts-ec 03 (a decision tree or flowchart routing the answer in the item below)',
    when: (m, f, ctx) => ((!!m.comparator && !P.APPROXIMATE.test(m.comparator)) || m.kind === 'capability-jump') && P.GATE_QUESTION.test(f.st) && (/\?\s*["')\]*_]*\s*If\s+(?:yes|so)\b/iu.test(f.st + ' ' + followingText(m)) || answerRoutedBelow(m, ctx.text) || checklistRow(m) || yesIsRouted(m, ctx.text)),
  },
  {
    // A back-reference to a stated multiple ("the 4x cadence", "a 6x step") in a hedged or approximate
    // sentence talks about the threshold; it does not set or restate it: "The 4x cadence may slip if …"
    // (drafts-bn 03), "a 6x step corresponds to about a 2.5x increase in parameter count" (drafts-bf 03),
    // "what one member calls a 4x step may be closer to 2x" (drafts-aj 03).
    id: 'descriptive.hedged-back-reference',
    role: 'descriptive',
    source: 'domain.md §3.4 (estimates and projections describe; they set no threshold); corpus rule 8',
    when: (m, f) => !!m.implied && /\b(?:may|might)\s+(?:slip|change|be|need|move|shift|drift)\b|\bcorresponds?\s+to\s+(?:about|roughly|approximately|around)\b/iu.test(f.st),
  },
  {
    // The document declines or has not settled the metric: "The SCDA has not adopted an effective-compute
    // trigger" (drafts-dl 04), "We have not yet decided" whether to adopt an effective-compute measure
    // (drafts-ct 04), "The Office will not, at this stage, set its primary threshold in effective compute"
    // (drafts-k 05), "no estimate of effective compute is required" (drafts-q 01), "we do not use them for
    // any trigger" (drafts-y 02). The bare term there names a quantity the document does not use.
    id: 'descriptive.declined-metric',
    role: 'descriptive',
    source: 'issue 10 cause 7 (a negation or an open question states nothing); corpus rule 17 (only this document\'s own operative use is a mention); five annotated sets leave these sentences unannotated',
    when: (m, f) => m.kind === 'effective-compute-term' && DECLINED_METRIC.test(f.st),
  },
  {
    id: 'descriptive.question',
    role: 'descriptive',
    source: 'issue 10 cause 7 (a question sets no threshold and states no facet)',
    when: (_m, f) => /\?\s*["')\]*_]*\s*$/.test(f.st) || /^[^.!?]{0,200}\?/.test(f.st.slice(f.b)),
  },
  {
    id: 'descriptive.prediction',
    role: 'descriptive',
    source: 'domain.md §3.4 (estimates and projections describe; they set no threshold)',
    when: (m) => sentenceTest(m.sentence, PREDICTION),
  },
  {
    id: 'descriptive.example',
    role: 'descriptive',
    source: 'corpus rule 8 (worked examples and estimates set no threshold)',
    when: (m, f) => sentenceTest(m.sentence, P.EXAMPLE_LEAD) || isExampleValue(f.st, f.a),
  },
  {
    id: 'descriptive.attributed',
    role: 'descriptive',
    source: 'domain.md §3.4 (reported speech describes)',
    when: (m) => sentenceTest(m.sentence, P.ATTRIBUTION),
  },
  {
    id: 'definition.definition-verb',
    role: 'definition',
    source: 'domain.md §3.4 ("X means", "is defined as", "is operationalized as"); a title that names the question ("**1. What EC means for us**", round 48 drafts-fv 01; "What "effective compute" means here", drafts-cw 03) does not define',
    when: (m, f) => sentenceTest(m.sentence, P.DEFINITION_VERB) && !P.QUESTION_WORD_BEFORE.test(f.st.slice(0, f.a)),
  },
  {
    id: 'trigger.capability-threshold',
    role: 'trigger',
    source: 'domain.md §3.4 (a capability threshold is a trigger): "AI R&D: The model facilitates …", "Can or has been used to …"',
    when: (m, f) => CAPABILITY_THRESHOLD.test(sentenceText(m.sentence.block.sentences[0] ?? m.sentence)) || CAPABILITY_THRESHOLD.test(f.st),
  },
  {
    id: 'trigger.trigger-only-kind',
    role: 'trigger',
    source: 'domain.md §3.2 F8 (capability jumps, buffers and intervals appear in policies only as parts of a trigger)',
    when: (m) => m.kind === 'capability-jump' || m.kind === 'unit-multiplier' || m.kind === 'delegated-compute' || m.kind === 'post-training-calendar' || !!m.implied || !!m.buffer,
  },
  {
    id: 'trigger.normative',
    role: 'trigger',
    source: 'domain.md §3.2 F7 (modal verbs and commitments: shall, must, will, whenever, triggers)',
    when: (m, f) => sentenceTest(m.sentence, P.STRONG_TRIGGER) || P.STRONG_TRIGGER.test(f.lead),
  },
  {
    id: 'trigger.metric-in-operation',
    role: 'trigger',
    source: 'corpus rule 15 (every use that relies on the definition is judged the same way): the term where the document says how the number is produced or used ("We estimate effective compute at the end of each training run", "records the model\'s effective compute", "our estimate of effective compute"), published or shown ("The EC ratio panel plots the run\'s effective compute", drafts-ds 01; "Dashboard shows Corbel-6\'s effective compute", drafts-dt 04; "We publish the effective compute of each reviewed model", drafts-dr 04; "Every model card lists the model\'s effective compute", drafts-dp 01; "The release notes for every model version list its effective compute", drafts-dp 02), or recorded ("The effective compute of each Frontier Model is recorded in the model register", drafts-do 02; "the effective compute of every run above 10^24 … is recorded in the compute ledger")',
    // A question asks how it is done ("?? How do we compute effective compute — TBD with research", drafts-eu
    // 02; "How do we estimate effective compute for a distilled model?"), with or without its question mark.
    when: (m, f) => m.kind === 'effective-compute-term' && m.sentence.block.kind !== 'heading' && METRIC_OPERATION.test(f.st) && !WH_QUESTION.test(f.st),
  },
  {
    // A sentence about the metric that states one of its own facets is part of its definition, wherever
    // the full definition sits: "Effective compute counts pre-training only.", "Effective compute is
    // measured during pre-training only, so it does not capture post-training gains" (drafts-ao 04),
    // "The effective-compute figures we use describe pre-training alone" (drafts-ai 02). A conjecture
    // ("Effective compute could index to a particular year", real-c 03) is not.
    id: 'definition.states-a-facet',
    role: 'definition',
    source: 'corpus rule 15 (a definition is a mention; every use that relies on it is judged the same way): a sentence that states one of the metric\'s facets (a baseline, benchmark, scale or post-training cue row) is a partial definition',
    when: (m, f) => m.kind === 'effective-compute-term' && m.sentence.block.kind !== 'heading' && !CONJECTURE.test(f.st) && !aboutTheText(f) && statesMetricFacet(m.sentence),
  },
  {
    id: 'descriptive.bare-term',
    role: 'descriptive',
    source: 'domain.md §3.4 (a bare effective-compute term needs a rule around it to be more than background prose)',
    when: (m) => m.kind === 'effective-compute-term',
  },
  {
    id: 'descriptive.scale-statement',
    role: 'descriptive',
    source: 'domain.md §4.1 S ("fitted to runs between 10^22 and 10^24 FLOP" states a scale, not a threshold)',
    when: (m, f) => m.kind === 'absolute-compute' && SCALE_STATEMENT.test(f.st),
  },
  {
    id: 'trigger.named-threshold',
    role: 'trigger',
    source: 'domain.md §3.2 F4 ("the 10^25 FLOP threshold")',
    when: (m, f) => !!m.namedThreshold && !P.EXAMPLE_LEAD.test(f.st),
  },
  {
    id: 'trigger.comparator',
    role: 'trigger',
    source: 'domain.md §3.2 F4 (a magnitude with an exact comparator: "greater than 10^26"; a threshold table\'s "≥ 4x" under an effective-compute column)',
    when: (m) => (m.kind === 'absolute-compute' || m.kind === 'absolute-effective-compute' || m.kind === 'compute-cost' || m.kind === 'relative-effective-compute') && !!m.comparator && !P.APPROXIMATE.test(m.comparator) && !sentenceTest(m.sentence, P.DESCRIPTIVE),
  },
  {
    id: 'descriptive.trend',
    role: 'descriptive',
    source: 'domain.md §3.4 (past trends, estimates: "historically", "per year", "estimated")',
    when: (m) => sentenceTest(m.sentence, P.DESCRIPTIVE),
  },
  {
    id: 'descriptive.magnitude-without-comparator',
    role: 'descriptive',
    source: 'domain.md §3.2 F4 (a threshold needs a comparator; "with a training run of 1e28 FLOP" or "an attacker spending $1m in compute" is a quantity in a scenario)',
    when: (m) => (m.kind === 'absolute-compute' || m.kind === 'compute-cost') && !m.comparator && !m.namedThreshold && m.sentence.block.kind !== 'tableCell',
  },
  {
    id: 'trigger.condition',
    role: 'trigger',
    source: 'domain.md §3.2 F7 (conditions and cadences: every, each, if, when, upon)',
    when: (m, f) => sentenceTest(m.sentence, P.TRIGGER) || P.TRIGGER.test(f.lead),
  },
  {
    id: 'trigger.threshold-table',
    role: 'trigger',
    source: 'domain.md §3.4 (a table cell of thresholds)',
    // The table says it holds thresholds in its header or in the title of its section ("## 1. Thresholds at a glance").
    when: (m) => !!m.sentence.block.tableHeader && (THRESHOLD_WORDS.test(m.sentence.block.tableHeader) || THRESHOLD_WORDS.test(m.sentence.block.section.titles.at(-1) ?? '')),
  },
];

/** A named party's instrument as the subject of the sentence: "Anthropic's policy", "Google DeepMind's first framework", "OpenAI's 2023 beta framework". */
const POSSESSIVE_INSTRUMENT = /(?<![\w-])(?!(?:This|Our|Its|Their|Each|Every|The)\b)\p{Lu}[\p{L}\p{N}-]{1,30}(?:\s\p{Lu}[\p{L}\p{N}-]{1,30}){0,2}['’]s\s(?:(?:first|second|third|latest|current|new|old|original|earlier|draft|beta|\d{4})\s){0,3}(?:scaling\s|safety\s|frontier\s|preparedness\s|responsible\s)?(?:polic(?:y|ies)|framework|RSP|FSF|commitments?|bill|law|proposal|draft|regime)\b/u;

/** The document producing or using its number: "we estimate / track / record / report / compute effective compute", "our estimate of". */
/** A sentence that opens as a question: "How do we compute …", "What should the team estimate …". */
const WH_QUESTION = /^[\s*_?•>#-]{0,8}(?:how|what|when|where|which|why|who)\s+(?:do|does|did|should|would|will|can|could|shall|must)\s/i;
const METRIC_OPERATION = /\b(?:we|you|the\s+(?:[\w-]{1,30}\s+)?(?:developer|team|company|lab|provider|grantee|licensee|vendor|supplier|owner|lead|customer|applicant|operator)|(?:the\s+|this\s+|that\s+|each\s+|every\s+|our\s+)?(?:[\w-]{1,30}\s+)?(?:dashboard|panel|chart|graph|model\s+card|card|report|register|log|tracker|notes|ledger)(?:\s+(?:for|of)\s+(?:each|every|the|a)\s+(?:[\w-]{1,30}\s+){0,3}?(?:models?|versions?|runs?|releases?))?)\s+(?:will\s+|shall\s+|must\s+|also\s+)?(?:estimate|estimates|track|tracks|record|records|log|logs|measure|measures|compute|computes|calculate|calculates|report|reports|publish|publishes|list|lists|show|shows|plot|plots|display|displays|disclose|discloses)\s+(?:the\s+|its\s+|each\s+|every\s+|a\s+|their\s+)?(?:(?:model|run|checkpoint)['’]s\s+|(?=[\p{L}\d-]{0,20}\d)\p{Lu}[\p{L}\d-]{0,20}['’]s\s+)?effective\b|\b(?:records?|logs?|reports?)\s+the\s+(?:model|run|checkpoint)['’]s\s+(?:[\w-]+\s+(?:and\s+)?){0,3}effective\b|\b(?:our|your|its|their)\s+(?:own\s+)?(?:estimates?|measurements?|figures?)\s+of\s+(?:the\s+(?:model|run|checkpoint)['’]s\s+|its\s+)?effective\b|\beffective\s+(?:compute|FLOPs?)\s+(?:of\s+(?:each|every|the|a|any)\s+(?:[\w-]{1,30}\s+){0,8}?)?(?:is|are|shall\s+be|will\s+be|must\s+be)\s+(?:recorded|reported|logged|published|listed|disclosed)\b/iu;

const REJECTED_LABEL = /^[\s*_]{0,4}(?:Option|Alternative)\s+[A-Z0-9]{1,2}\b[^.:\n]{0,60}?\((?:not\s+recommended|rejected|not\s+adopted|not\s+chosen)\)/iu;
/** Not adopting, not deciding, not using, not requiring the measure. */
const DECLINED_METRIC = /\b(?:has|have|had|will|shall|do|does|did)\s+not(?:,?\s+at\s+this\s+stage,?)?\s+(?:yet\s+)?(?:adopt(?:ed)?|set|use|used|decide(?:d)?|agree(?:d)?|chos(?:en|e)|choose)\b|\bnot\s+yet\s+(?:decided|agreed|adopted|chosen|settled)\b|\bno\s+estimate\s+of\b/iu;
const CONJECTURE = /\b(?:could|might)\b/iu;
/**
 * The term names a piece of text, not the metric: "The effective-compute definition (Section 2) names the
 * benchmark …" (a review of a draft, examples/README.md), "the definition of effective compute in §2".
 */
function aboutTheText(f: RoleFacts): boolean {
  return /^[\s"'*_”]*(?:definitions?|clauses?|sections?|paragraphs?|wording)\b/iu.test(f.st.slice(f.b, f.b + 24)) || /\bdefinitions?\s+of\s+(?:the\s+(?:term\s+)?)?[\s"'*_“]*$/iu.test(f.st.slice(Math.max(0, f.a - 30), f.a));
}
/**
 * Whether the sentence itself states a baseline, benchmark, scale or post-training treatment: the facet
 * search of the engine (plain cue rows, asserted), on the sentence alone, cached on the block's text.
 */
/** Longer than any real paragraph: a page of text that lost its paragraph breaks. */
const MAX_PARAGRAPH = 2000;

/** `re` over the sentence's paragraph, or over the sentence and its neighbours when the block is a whole page. */
function paragraphTest(sentence: Sentence, re: RegExp): boolean {
  const block = sentence.block;
  if (block.norm.text.length <= MAX_PARAGRAPH) return blockTest(block, re);
  return block.sentences.slice(Math.max(0, sentence.index - 1), sentence.index + 2).some((s) => sentenceTest(s, re));
}

function statesMetricFacet(sentence: Sentence): boolean {
  return METRIC_FACETS.some((facet) => facetEvidenceInSentence(sentence, facet) !== undefined);
}

/** One multiple repeated as a sequence of steps: "3x, 3x, 3x", "3x, then 3x again", "2.9x, 2.9x and 2.9x". */
const REPEATED_STEPS = /(?<![\d.])(\d+(?:\.\d+)?)\s?[x×],\s(?:then\s)?\1\s?[x×]\b|(?<![\d.])(\d+(?:\.\d+)?)\s?[x×],\sthen\s\2\s?[x×]\sagain\b/u;
const ATTACKER = /\b(?:attackers?|adversar(?:y|ies)|threat\s+actors?|red[\s-]team\w*|unauthori[sz]ed\s+third\s+part(?:y|ies)|malicious\s+actors?)\b/iu;

const THRESHOLD_WORDS = /\b(?:thresholds?|triggers?|limits?|criteri(?:a|on)|conditions?|fires?\s+when|trips?\s+when)\b/i;

const OTHERWISE = { id: 'descriptive.default', role: 'descriptive' as Role };

export function classifyRoleWithReason(m: RawMention, ctx: RoleContext = {}): { role: Role; reason: string } {
  const st = sentenceText(m.sentence);
  const facts: RoleFacts = { st, a: m.nStart - m.sentence.normStart, b: m.nEnd - m.sentence.normStart, lead: leadText(m.sentence) };
  for (const row of ROLE_ROWS) if (row.when(m, facts, ctx)) return { role: row.role, reason: row.id };
  return { role: OTHERWISE.role, reason: OTHERWISE.id };
}

export function classifyRole(m: RawMention, ctx: RoleContext = {}): Role {
  return classifyRoleWithReason(m, ctx).role;
}

/**
 * The lead-in of the list the mention's item belongs to, and the sentence before it (corpus rule 16: "at
 * least one of the following:" takes its force from "… requires a full assessment whenever …" before it).
 */
function leadText(sentence: Sentence): string {
  if (sentence.index > 0) return '';
  const lead = leadInOf(sentence.block);
  if (!lead) return '';
  const before = sentenceBefore(lead);
  return before ? `${sentenceText(before)}\n${sentenceText(lead)}` : sentenceText(lead);
}

const MEASURED_BEFORE = /\b(?:estimated|measured|used|uses|sits|sat|stood|came\s+in|was|were|is\s+now|reached|did)\s+(?:it\s+|them\s+)?(?:at\s+)?(?:roughly|about|approximately|around|an\s+estimated|~|≈)?\s*$/iu;
/** A value changed from one figure to another: "tightened from every 6x … to every 4x". */
/** The verbs that report a threshold changed, in the past participle: "lowered", "tightened", "cut". */
const CHANGED = String.raw`(?:(?:lower|rais|tighten|loosen|reduc|increas|chang|mov|adjust|revis|replac)ed|cut)`;
const VALUE_CHANGE = new RegExp(String.raw`\b(?:${CHANGED}|would\s+(?:lower|raise|tighten|loosen|reduce|increase|change|move|cut|adjust|revise))\b[^.;]{0,100}?\bfrom\s+(?:every\s+)?[$£€]?\d[^.;]{0,40}?\s+to\s+(?:every\s+)?[$£€]?\d`, 'iu');
/** A past-tense verb right after "the 6x interval" / "the 4x trigger": a report of what it was or did. */
const PAST_AFTER = /^\s(?:(?:trigger|interval|buffer|threshold|cadence|step|rule|line|limit)s?\s)?(?:was|were|had|left|fired|meant|proved|caught|used\s+to)\b/iu;
/** A threshold reported as changed: "… is lowered to …", "… was raised to …", "… has been replaced by …". */
const PASSIVE_CHANGE = new RegExp(String.raw`\b(?:is|are|was|were|has\s+been|have\s+been)\s+${CHANGED}\s+(?:to|by|with|from)\s`, 'iu');
/** A power to change thresholds later: the clause grants it and sets none. */
const AMENDMENT_POWER = /\b(?:may|shall|(?:is|are)\s+empowered\s+to)\s+(?:[\w,()]+\s+){0,8}?(?:update|amend|adjust|revise|establish|supplement)\s+(?:the\s+|a\s+|any\s+|new\s+)?(?:[\w-]+\s+){0,3}?(?:thresholds?|quantities|values|amounts)\b/iu;
/** An earlier version or a rule being replaced, named in the sentence. */
const EARLIER_VERSION = P.guard(/\b(?:under|in|from|since)\s+(?:version|v|draft)\s?\d|\b(?:version|draft)\s\d+(?:\.\d+)*\s(?:evaluated|required|used|set|ran|had|triggered|specified)\b|\b(?:version|draft)\s+\d+(?:\.\d+)*,?\s+(?:which|that)\b|\b(?:version|draft)\s+\d+(?:\.\d+)*\s+of\s+(?:the|this|our|its)\s+(?:polic(?:y|ies)|framework|standard|bill|rules?)\b|\b(?:old|previous|prior|former|(?<=\b(?:our|the|an|its|their)\s)earlier|superseded|deprecated|legacy)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|rules?|cadences?|intervals?|triggers?|frameworks?|versions?|drafts?|keys?|thresholds?|levels?|standards?)\b|\b(?:current|existing)\s+rule\b/iu, /version|draft|\bv\d|old|previous|prior|former|earlier|superseded|deprecated|legacy|current|existing/iu);
/** A verb in the past (or present perfect) that reports what a rule did. */
const PAST_RULE_VERB = /\b(?:was|were|had|held|ran|required|promised|evaluated|used|said|specified|called\s+for|mandated|triggered|kept)\b/iu;
const SUPERSEDED_TITLE = /\b(?:deprecated|superseded|removed|what\s+we\s+used\s+to|previous\s+versions?|earlier\s+versions?|alternatives?\s+considered|options?\s+considered|rejected\s+(?:options?|alternatives?)|considered\s+and\s+rejected|not\s+adopted|not\s+recommended|not\s+chosen|not\s+selected|discarded|(?:no\s+longer|not)\s+in\s+force|not\s+operative|non-?operative)\b|\(rejected\)/iu;
/** The rule named as gone, right before the mention: "the former 6x interval", "the trigger used to be 6x". */
const FORMER_BEFORE = /\b(?:the|our|its|their)\s+(?:former|old|superseded|deprecated|legacy)\s+$|\bpreviously\s+(?:fired|triggered|ran|ran\s+evaluations|evaluated|was\s+set)\s+(?:at\s+)?(?:every\s+)?$|\b(?:down|up)\s+from\s+(?:the\s+|a\s+)?$|\bused\s+to\s+(?:be|run\s+(?:\w+\s+){0,3}?at|trigger\s+at|fire\s+at)\s+(?:every\s+|at\s+)?$/iu;
/** Another party as the subject of what the sentence reports, before the mention. */
const THIRD_PARTY = P.guard(/\b(?:another|a\s+different)\s+(?:developer|lab|company|framework|jurisdiction|state)\b|\bother\s+(?:developers|labs|companies|frameworks|jurisdictions|states)['’]\s|\b(?:my|our)\s+(?:former|old)\s+(?:colleagues|employers?|team|lab|company)\b|\b(?:critics|commenters|commentators|legislators|lawmakers|respondents|consultees|stakeholders|witnesses)\b/iu, /another|different|other|former|old|critics|comment|legislators|lawmakers|respondents|consultees|stakeholders|witnesses/iu);
export const RELATIVE_CONDITION = new RegExp(String.raw`\b${P.REACHES}\s*$`, 'iu');
const WORKED_EXAMPLE = /^[\s#*_>-]{0,6}(?:[\d.]+\s+)?(?:worked\s+)?example\s+(?:[A-Z0-9]\b|\d)/iu;
const EXAMPLES_TITLE = /\b(?:worked\s+examples?|examples?\s+of\s+calculation|illustrative\s+examples?|calculation\s+examples?)\b/iu;
const OLD_COLUMN = /\b(?:current|old|previous|existing|former|deleted|superseded|withdrawn|before|prior|earlier|v\d[\d.]*\s+rule)\b/iu;
const NEW_COLUMN = /\b(?:proposed|new|revised|amended|replacement|inserted|adopted|after|now|in\s+force|operative)\b/iu;
/** A column whose header denies it force: "history only", "no force", "for comparison only", "repealed". */
const NO_FORCE_COLUMN = /\b(?:history|historical|no\s+(?:longer\s+)?(?:in\s+)?(?:force|effect)|for\s+comparison|repealed|superseded|deleted|withdrawn)\b/iu;

/** Parties and instruments beyond OTHER_INSTRUMENT that a comparison table names in its headers or rows. */
const FURTHER_PARTIES = /\b(?:RAISE\s+Act|(?:S\.|H\.)\s?\d{2,5})\b|(?<![\w-])[A-Z][\w-]{1,30}(?:\s[A-Z][\w-]{1,30}){0,2}\s(?:Scaling\s+Policy|Frontier\s+Safety\s+Framework|Preparedness\s+Framework|Safety\s+Framework|RSP|FSF)\b|\bLab\s+[A-Z]\b|\b(?:Anthropic|OpenAI|Google\s+DeepMind|DeepMind|GDM|Meta|xAI|Microsoft|Amazon|European\s+Union|California|New\s+York)\b/u;
/** Another party's instrument or framework, named in a table's header or row label. */
const OTHER_PARTY = new RegExp(`${OTHER_INSTRUMENT.source}|${FURTHER_PARTIES.source}`, 'u');
/** The author's own column or row ("AB 1420 (this bill)", "Our policy", "Proposed"); "new" only in lower case, so "New York" is another party. */
const OWN_PARTY = /\b(?:[Tt]his|[Oo]urs?|[Pp]roposed|[Rr]ecommended)\b|\bnew\b/u;
const PARTY_COLUMN = /\b(?:jurisdictions?|instruments?|frameworks?|developers?|labs?|sources?|laws?|bills?|regimes?|polic(?:y|ies))\b/iu;

/**
 * A cell of a comparison table that reports another party's rule: its column is headed by another
 * instrument, or its row is labelled by one under a column of instruments or jurisdictions.
 */
function comparisonCell(m: RawMention, text: string | undefined): boolean {
  const block = m.sentence.block;
  if (!text || block.kind !== 'tableCell' || !block.tableHeader) return false;
  const own = columnHeaderOf(text, block);
  if (own && OTHER_PARTY.test(own) && !OWN_PARTY.test(own)) return true;
  const firstHeader = block.tableHeader.replace(/^\s*\|/, '').split('|')[0] ?? '';
  if (!PARTY_COLUMN.test(firstHeader)) return false;
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  const lineEnd = text.indexOf('\n', block.start);
  const label = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/^\s*\|/, '').split('|')[0] ?? '';
  return label.trim().length > 0 && !OWN_PARTY.test(label) && label !== text.slice(block.start, block.end);
}

/** A cell under an "old rule" column, in a table that also has a "proposed rule" column. */
function supersededColumn(m: RawMention, text: string | undefined): boolean {
  const block = m.sentence.block;
  if (!text || block.kind !== 'tableCell' || !block.tableHeader) return false;
  const own = columnHeaderOf(text, block);
  if (!own || NEW_COLUMN.test(own)) return false;
  // A header that says the column has no force: "v1 (history only, no force)" (drafts-dr 02).
  if (NO_FORCE_COLUMN.test(own)) return true;
  const headers = block.tableHeader.split('|');
  if (OLD_COLUMN.test(own) && headers.some((h) => NEW_COLUMN.test(h))) return true;
  // Versions side by side: the lower version's column is the old text ("Before (v3.0) | After (v3.1)",
  // drafts-du 02; "v1 (…) | v2 (…)", drafts-dr 02).
  const mine = versionOf(own);
  return mine !== undefined && headers.some((h) => (versionOf(h) ?? -1) > mine);
}

/**
 * The version a column header names ("v3.0", "Version 2", "(v1)"), as a comparable number; or the year of an
 * edition named by its year ("2025 text | 2026 text", drafts-fa 02), which is later than any version number. A
 * year alone ("2025 | 2026", a schedule of thresholds by year) is not an edition.
 */
function versionOf(header: string): number | undefined {
  const m = /\b(?:v|version\s+)(\d{1,3})(?:\.(\d{1,3}))?\b/iu.exec(header);
  if (m) return Number(m[1]) * 1000 + Number(m[2] ?? 0);
  const y = /\b((?:19|20)\d{2})\s+(?:text|wording|version|edition|rules?)\b|\b(?:text|wording|version|edition)\s+(?:of\s+)?((?:19|20)\d{2})\b/iu.exec(header);
  return y ? Number(y[1] ?? y[2]) * 1000 : undefined;
}

/** The text after the last "[" before `at` that is not closed before it: "[Deleted: …", "[Comment (T. Osei): …". */
/** The sentence with each parenthesis that does not contain the mention blanked (same length). */
function withoutOtherAsides(st: string, a: number, b: number): string {
  if (!st.includes('(')) return st;
  return st.replace(/\([^()]{1,300}\)/g, (aside, at: number) => (at <= a && b <= at + aside.length ? aside : ' '.repeat(aside.length)));
}

/** The text from the unclosed bracket or parenthesis the offset sits in ("[Deleted: …", "(was: …") up to it. */
function openBracket(st: string, at: number): string {
  const square = st.lastIndexOf('[', at);
  const round = st.lastIndexOf('(', at);
  const open = Math.max(square, round);
  if (open < 0 || st.lastIndexOf(open === square ? ']' : ')', at) > open) return '';
  return st.slice(open + 1, at);
}

/** A value given as an example: "(e.g. 2.3x10^25 FLOP)". */
function isExampleValue(st: string, at: number): boolean {
  return /(?:\be\.g\.,?|\bfor\s+example,?|\bsuch\s+as)\s*$/i.test(st.slice(Math.max(0, at - 16), at));
}

/** The text right after the mention's sentence in its block ("If yes, go to Section B"). */
function followingText(m: RawMention): string {
  const block = m.sentence.block;
  return block.norm.text.slice(m.sentence.normEnd, m.sentence.normEnd + 40);
}

/**
 * The section says where a "Yes" goes before its questions: 'If any answer is "Yes", SRB approval is required
 * before launch' (a training-run approval form, drafts-dd 02), as a checklist's Yes / No column does.
 */
const YES_ROUTED = /\bif\s+(?:any|the|an?)\s+(?:answer|item|question|line|box)s?\s+(?:is|are)\s+["“'‘*_]{0,3}yes\b|\bany\s+["“'‘*_]{0,3}yes["”'’*_]{0,3}\s+(?:answer|response)s?\b/iu;

/**
 * A table of runs or models and what each measured: the first header names the thing measured ("Run",
 * "Model", "Checkpoint") and the value carries no comparator ("| P-6 | 2.2x | 3 × 10^25 FLOP | none |",
 * a quarterly report, drafts-ec 02). A threshold table's cells say "≥ 4x" or "above 10^26 FLOP".
 */
function measurementRow(m: RawMention, text: string | undefined): boolean {
  const block = m.sentence.block;
  if (!text || m.comparator || block.kind !== 'tableCell') return false;
  if (!/^\s*[*_]{0,2}(?:runs?|models?|checkpoints?|candidates?|training\s+runs?)\b[*_]{0,2}\s*$/iu.test(firstHeaderOf(block))) return false;
  const own = columnHeaderOf(text, block);
  return !!own && !/\b(?:thresholds?|triggers?|limits?|conditions?|if|when|lines?|caps?)\b/iu.test(own);
}

/**
 * The answer is routed in the item below the question: a decision tree's nested "1. If yes: the run needs a
 * Tier 2 review" (drafts-cz 03) or a flowchart's "- Yes → Frontier Assessment required" (drafts-ec 03).
 */
function answerRoutedBelow(m: RawMention, text: string | undefined): boolean {
  if (!text || !/\?[\s"')\]*_]{0,12}$/u.test(m.sentence.block.norm.text)) return false;
  return /^\s{0,12}(?:(?:[-*+]|\d{1,2}[.)])\s{1,4})?[*_]{0,2}(?:if\s{1,3}(?:yes|so)\b|yes[*_]{0,2}\s{0,3}(?:→|->|:|—|–))/iu.test(text.slice(m.sentence.block.end, m.sentence.block.end + 80));
}

function yesIsRouted(m: RawMention, text: string | undefined): boolean {
  if (!text) return false;
  const from = Math.max(m.sentence.block.section.headingEnd ?? 0, m.start - 1500);
  return YES_ROUTED.test(text.slice(from, m.start));
}

/** A checklist row: a cell of a table whose header has a Yes / No (or Done) column. */
function checklistRow(m: RawMention): boolean {
  const block = m.sentence.block;
  return block.kind === 'tableCell' && !!block.tableHeader && /\|\s*(?:Yes\s*\/\s*No|Y\s*\/\s*N|Yes|Done)\s*\|/iu.test(`|${block.tableHeader}|`);
}

/**
 * Inside a quotation of eight words or more: someone else's text, quoted or critiqued (trap T7).
 * Short quoted phrases are scare quotes or defined terms (“safety buffer”, “covered model”), not quotations.
 */
function insideQuotation(st: string, a: number, b: number): boolean {
  const open = st.lastIndexOf('"', a);
  if (open < 0) return false;
  // An odd number of quote marks before the mention means it sits inside a quotation.
  let count = 0;
  for (let i = 0; i < a; i++) if (st[i] === '"') count++;
  if (count % 2 === 0) return false;
  const close = st.indexOf('"', b);
  const quoted = st.slice(open + 1, close < 0 ? st.length : close);
  const words = quoted.trim().split(/\s+/).length;
  // A shorter quotation is someone else's words when the sentence reports them ("Section 5 defines a
  // covered model as one "trained using more than 10^26 FLOP"").
  return words >= 8 || (words >= 4 && REPORTING.test(st));
}

/**
 * A quotation of two words or more that the sentence gives to someone else: a possessive name right before
 * it ("Everline's "…""), or a sentence about another text's provision ("Proposed § 5.3", "the rule", "the
 * Office"). Not the author's own "The term "notably more capable" is operationalized as …".
 */
function attributedQuotation(st: string, a: number, b: number): boolean {
  const q = quotationAround(st, a, b);
  if (!q || st.slice(q.open + 1, q.close).trim().split(/\s+/).length < 2) return false;
  return /\b\p{Lu}[\p{L}\p{N}-]{1,40}['’]s\s{0,3}$/u.test(st.slice(Math.max(0, q.open - 48), q.open)) || ATTRIBUTING.test(st);
}

/**
 * The mention lies inside a quotation that is not a term being defined: an odd number of straight quotes
 * before it, the closing quote after it, and no "means", "is defined as" or "the term" around the quotation.
 */
function quotedWhole(st: string, a: number, b: number): boolean {
  const q = quotationAround(st, a, b);
  return !!q && q.close - q.open <= 200;
}

/** The quotation marks around [a, b), unless the quotation names a term the sentence defines. */
function quotationAround(st: string, a: number, b: number): { open: number; close: number } | undefined {
  let count = 0;
  for (let i = 0; i < a; i++) if (st[i] === '"') count++;
  if (count % 2 === 0) return undefined;
  const open = st.lastIndexOf('"', a);
  const close = st.indexOf('"', b);
  if (close < 0) return undefined;
  if (/\b(?:the\s{1,3}term|we\s{1,3}(?:define|call|use))\s{0,3}$/i.test(st.slice(Math.max(0, open - 40), open))) return undefined;
  if (/^"?\s{0,3},?\s{0,3}(?:means|is\s{1,3}(?:operationali[sz]ed|defined)|shall\s+mean|refers\s+to)\b/i.test(st.slice(close + 1, close + 40))) return undefined;
  return { open, close };
}

const ATTRIBUTING = /\bproposed\s+(?:§|section|rule|paragraph|article)|\bthe\s+(?:proposal|proposed\s+rule|Office|Department|Commission|Agency|regulator)\b|\bin\s+its\s+words\b/iu;

const REPORTING = /\b(?:reads?|says|said|states?|stated|defines|defined|describes|calls|writes|wrote|provides|commits|statement)\b|\bthe\s+(?:bill|act|law|order|policy|framework|regulation)\b|\b(?:lab|developer|company|framework|policy)['’]s\b|\bfrom\s+(?:another|a\s+different|other)\s+(?:lab|developer|company)\b|\b(?:phrases?|wording|words|language)\s+like\b/iu;
