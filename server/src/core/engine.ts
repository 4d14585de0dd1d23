// The pipeline: normalise → parse → segment → find mentions → classify role → resolve definitions
// → evaluate facets → run rules → findings (offsets, facet evidence, fixes as data).
import { parseDocument, sentenceText, type ParsedDocument } from './document';
import { documentVocabulary, findDefinitions, type ResolvedDefinition } from './definitions';
import { evaluateFacets, type JudgementContext } from './judgement/evaluate';
import { facetFix, keepTablesIntact, protectedRanges, type FixContext } from './fixes';
import { wrapLikeDocument, wrapWidth } from './wrap';
import { EFFECTIVE_COMPUTE, findMentions, findTermOccurrences, type RawMention } from './mentions';
import { readable } from './normalize';
import { mayHaveFindings } from './prefilter';
import { classifyRoleWithReason } from './judgement/roles';
import { isSuppressed, parseDirectives } from './suppress';
import type { Analysis, Definition, Finding, LintOptions, Mention, RsplintConfig, Severity, SeveritySetting } from './types';
import type { RuleContext, RuleSet } from './rule-api';

/**
 * The engine. `rules` is the rule set to run (the composition root, server/src/lint.ts, passes the
 * registry of server/src/rules; the engine never imports it).
 */
export function analyze(text: string, options: LintOptions & { rules: RuleSet }): Analysis {
  const rules = options.rules;
  const config = options.config ?? {};
  const configured = config.aliases ?? {};
  // Most Markdown is not policy text: a document that provably holds nothing is not parsed at all.
  if (!options.skipPrefilter && Object.keys(configured).length === 0 && !mayHaveFindings(text)) return { mentions: [], definitions: [], findings: [] };

  const language = options.language ?? 'markdown';
  const doc = parseDocument(text, language, options.cache);
  // The document's own abbreviations for effective compute ("effective compute (EC)") count like configured aliases.
  const vocabulary = documentVocabulary(doc);
  const aliases = { ...vocabulary.termAliases, ...configured };
  const terms = findTermOccurrences(doc, aliases);
  const definitions = findDefinitions(doc, terms, undefined, vocabulary);
  for (const glossary of options.glossaries ?? []) {
    const gdoc = parseDocument(glossary.text, /\.txt$/i.test(glossary.name) ? 'plaintext' : 'markdown');
    const gvocabulary = documentVocabulary(gdoc);
    for (const d of findDefinitions(gdoc, findTermOccurrences(gdoc, { ...gvocabulary.termAliases, ...configured }), glossary.name, gvocabulary)) definitions.push(d);
    for (const a of gvocabulary.abbreviations) vocabulary.abbreviations.push(a);
  }
  const definitionsByTerm = new Map<string, ResolvedDefinition[]>();
  for (const d of definitions) {
    const list = definitionsByTerm.get(d.term);
    if (list) list.push(d);
    else definitionsByTerm.set(d.term, [d]);
  }

  const raws = withoutRestatementsInDefinitions(findMentions(doc, terms, aliases), definitions);
  const bySentence = new Map<unknown, RawMention[]>();
  for (const r of raws) {
    const list = bySentence.get(r.sentence);
    if (list) list.push(r);
    else bySentence.set(r.sentence, [r]);
  }
  const ctx: JudgementContext = {
    doc,
    blockIndex: new Map(doc.blocks.map((b, i) => [b, i])),
    definitions,
    definitionsByTerm,
    mentions: raws,
    abbreviations: vocabulary.abbreviations,
    documentUsesEffectiveCompute: terms.some((t) => t.term === EFFECTIVE_COMPUTE),
    extraBenchmarks: benchmarkPattern(config),
    siblings: (m) => (bySentence.get(m.sentence) ?? []).filter((o) => o !== m),
  };

  const mentions: Mention[] = [];
  const findings: Finding[] = [];
  const fixCtx: FixContext = { doc, definitions, rules };
  // A definition is itself a mention (corpus rule 15): where the document defines its term, the mention is
  // diagnosed as a definition, for the facets the whole document leaves out.
  // A definition's label may start on markup or a clause number ("**1. Effective compute (EC).**"): the
  // defining mention is the term inside the label.
  const definingStarts = new Set<number>();
  const termMentions = raws.filter((r) => r.kind === 'effective-compute-term' || r.kind === 'capability-jump').sort((a, b) => a.start - b.start);
  for (const d of definitions) {
    if (d.source) continue;
    definingStarts.add(d.start);
    // The first term mention after the label's start (binary search: documents define thousands of terms).
    let lo = 0;
    let hi = termMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (termMentions[mid]!.start <= d.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < termMentions.length && termMentions[i]!.start < d.end; i++) {
      if (termMentions[i]!.term === d.term) {
        definingStarts.add(termMentions[i]!.start);
        break;
      }
    }
    // The abbreviation may come first and stand for the label ("**EC (effective compute):** …"): the mention
    // is the abbreviation's.
    const abbr = lo > 0 ? termMentions[lo - 1]! : undefined;
    if (abbr && abbr.term === d.term && /^[\s*_"'“”]{0,4}\([\s*_"'“”]{0,4}$/.test(text.slice(abbr.end, d.start))) definingStarts.add(abbr.start);
    // An abbreviation list's entry ("- **EC**: effective compute, i.e. raw FLOP × …"): the long form after the
    // abbreviation's label is the defining mention.
    const long = termMentions[lo];
    if (long && long.start >= d.end && long.term === d.term && /^[\s*_"'“”]{0,6}(?:[:=—–]|-\s)[\s*_"'“”]{0,4}$/.test(text.slice(d.end, long.start))) definingStarts.add(long.start);
  }
  // Roles first: the same-threshold scope does not read another party's or a superseded statement of a threshold.
  const roles = raws.map((raw) => classifyRoleWithReason(raw, { definingStarts, text }));
  // A capability phrase in quotation marks is usually the author naming the phrase it operationalises
  // ('A model is "materially more capable" when …'): that statement is the author's own.
  const roleByRaw = new Map(raws.map((raw, i) => [raw, roles[i]!]));
  ctx.roleReasonOf = (m) => roleByRaw.get(m)?.reason;
  ctx.isLive = (m) => {
    const r = roleByRaw.get(m);
    if (!r) return true;
    if (r.role === 'historical') return false;
    return r.role !== 'quoted' || (m.kind === 'capability-jump' && r.reason === 'quoted.quoted-threshold');
  };
  raws.forEach((raw, id) => {
    const { role, reason } = roles[id]!;
    const { facets, definition } = evaluateFacets(raw, ctx);
    const mention: Mention = {
      id,
      kind: raw.kind,
      role,
      roleReason: reason,
      text: text.slice(raw.start, raw.end),
      phrase: readable(raw.sentence.block.text.slice(raw.start - raw.sentence.block.start, raw.end - raw.sentence.block.start)).replace(/\s+/g, ' ').trim(),
      term: raw.term,
      value: raw.value,
      comparator: raw.comparator,
      start: raw.start,
      end: raw.end,
      sentence: { start: raw.sentence.start, end: raw.sentence.end },
      facets,
      definition: definition ? publicDefinition(definition) : undefined,
    };
    mentions.push(mention);
    findings.push(...facetFindings(raw, mention, config, fixCtx, rules));
  });

  // Loops, not push(...spread): a 200,000-row table yields more findings than a call has stack for.
  for (const f of analystFindings({ text, doc, mentions, raws, definitions, config }, rules)) findings.push(f);
  sayEachProblemOnce(findings, mentions, text);
  // No fix writes into a table or a two-column passage (the rules place their own insertions; this is
  // the one guard for all).
  const tables = protectedRanges(text, doc);
  if (tables.length) {
    for (const f of findings) {
      if (!f.fixes) continue;
      f.fixes = f.fixes.map((fix) => keepTablesIntact(fix, text, tables)).filter((fix): fix is NonNullable<typeof fix> => !!fix);
      if (f.fixes.length === 0) delete f.fixes;
    }
  }
  // Inserted text follows the document's line width when the draft is hard-wrapped.
  const width = findings.some((f) => f.fixes) ? wrapWidth(text) : undefined;
  if (width !== undefined) for (const f of findings) if (f.fixes) f.fixes = f.fixes.map((fix) => wrapLikeDocument(fix, text, width));
  for (const f of placeholderFindings(doc, config, rules)) findings.push(f);
  for (const part of doc.fallbacks ?? []) {
    pushIfOn(findings, config, rules, { ruleId: 'unparsed-structure', start: part.start, end: Math.max(part.start, part.end), message: 'This part could not be read as Markdown in reasonable time (thousands of nesting levels, over 100,000 characters without a blank line, or binary content); rsplint analysed it as plain text, so headings, lists, tables and footnotes in it are not recognised.' });
  }
  const directives = parseDirectives(doc);
  const kept = findings.filter((f) => !isSuppressed(f, directives, doc));
  for (const d of directives) {
    if (!d.reason && d.kind !== 'enable') {
      pushIfOn(kept, config, rules, { ruleId: 'disable-without-reason', start: d.start, end: d.end, message: 'Suppression comment without a reason: add one after "--", e.g. "-- scale is fixed in Annex B".' });
    }
    if (options.reportUnusedDisableDirectives && !d.used && d.kind !== 'enable') {
      pushIfOn(kept, config, rules, { ruleId: 'unused-disable-directive', start: d.start, end: d.end, message: `Unused suppression: no ${d.rules.length ? d.rules.join(', ') : 'rsplint'} finding to suppress here.` });
    }
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { mentions, definitions: definitions.map(publicDefinition), findings: kept, protectedRanges: tables };
}

/**
 * The term repeated inside its own definition is part of that definition, not another mention (issue 10,
 * cause 9): "… Gains from fine-tuning are excluded from effective compute" in the defining paragraph. The
 * defining sentence itself stays: it is the definition's mention (corpus rule 15).
 */
function withoutRestatementsInDefinitions(found: RawMention[], definitions: readonly ResolvedDefinition[]): RawMention[] {
  const labelsByBlock = new Map<unknown, { start: number; end: number }[]>();
  for (const d of definitions) {
    if (d.source || d.term !== EFFECTIVE_COMPUTE) continue;
    // Every block of the definition: a glossary row's other cells, its footnotes, its nested items.
    for (const b of d.blocks) {
      const labels = labelsByBlock.get(b);
      if (labels) labels.push(d);
      else labelsByBlock.set(b, [d]);
    }
  }
  // The sentence that holds the label keeps its mention; a label may start on markup before the sentence
  // ("**1. Effective compute (EC).**"), so the two ranges are compared, not the label's first character.
  // A performance-equivalence phrase in the definition ("the FLOP our 2024 recipe would need to reach
  // equivalent performance") is how the term is defined: part of the definition wherever it stands.
  return found.filter((r) => {
    if (r.kind !== 'effective-compute-term' && r.kind !== 'compute-equivalence') return true;
    const labels = labelsByBlock.get(r.sentence.block);
    if (!labels) return true;
    if (r.kind === 'compute-equivalence') return !labels.some((l) => l.end <= r.start);
    return labels.some((l) => l.start < r.sentence.end && r.sentence.start < l.end);
  });
}

/** An amount written in words or figures with its scale: "one hundred million", "5 million", "$100M". */
const AMOUNT = /(?<![\w.,-])(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|seventy-five|hundred|\d[\d.,]{0,12})[ -]){1,4}(?:million|billion)\b/i;

/** The six facet rules (other findings may name a facet too, as example-only-facet does). */
const FACET_RULE = /^missing-(?:baseline|benchmark|scale|post-training|reference|counting-scope)$/;

/** Rules whose repeats in one document come from one source (an extraction, a habit of wording). */
const REPEATED_HABITS: ReadonlySet<string> = new Set(['pdf-flattened-exponent', 'flops-for-quantity']);

/**
 * One problem, said once, where it is fixed (issue 11 §4). A facet a definition leaves out is reported at
 * the definition with the rule's severity; each use that relies on that definition keeps its finding (it
 * is still a use with the facet missing) but as information pointing to the definition, so the Problems
 * panel reads as the decisions the author has to make. A capability phrase that lacks a benchmark is
 * reported by undefined-capability-trigger (its fix defines the phrase once); missing-benchmark on the
 * same phrase, which says the same, becomes information.
 */
function sayEachProblemOnce(findings: Finding[], mentions: readonly Mention[], text: string): void {
  const byMention = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.mentionId === undefined) continue;
    const list = byMention.get(f.mentionId);
    if (list) list.push(f);
    else byMention.set(f.mentionId, [f]);
  }
  const lines = new Map<number, number>();
  const lineOf = (offset: number): number => {
    let line = lines.get(offset);
    if (line === undefined) {
      line = 1;
      for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
      lines.set(offset, line);
    }
    return line;
  };
  // The definition's own mention, by the definition's label.
  const definitionMention = new Map<number, Mention>();
  for (const m of mentions) if (m.role === 'definition' && m.definition && !m.definition.source && m.start === m.definition.start) definitionMention.set(m.definition.start, m);
  for (const m of mentions) if (m.role === 'definition' && m.definition && !m.definition.source && !definitionMention.has(m.definition.start)) definitionMention.set(m.definition.start, m);
  // The document's first definition of effective compute: where a multiple with no definition of its own
  // (a "6x" safety buffer) and a second definition of the same term (a glossary row restating a footnote)
  // have their gaps decided.
  const ecDefinitions = mentions.filter((m) => m.kind === 'effective-compute-term' && m.role === 'definition' && m.definition && !m.definition.source && definitionMention.get(m.definition.start) === m);
  // The definition labelled by the term itself, before one of a quantity built on it ("EC ratio").
  const opensItsLine = (m: Mention): boolean => /^[\s*_|>"'•-]*(?:\d+(?:\.\d+)*[.)]?\s+)?$/.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start));
  const firstEc = ecDefinitions.find(opensItsLine) ?? ecDefinitions[0];
  const exampleOnly = new Set(findings.filter((d) => d.ruleId === 'example-only-facet' && d.facet).map((d) => d.facet!));
  for (const m of mentions) {
    const own = byMention.get(m.id);
    if (!own || (m.role !== 'trigger' && m.role !== 'definition') || m.definition?.source) continue;
    const ecKind = m.kind === 'effective-compute-term' || m.kind === 'relative-effective-compute' || m.kind === 'absolute-effective-compute' || m.kind === 'unit-multiplier';
    let at = m.definition ? definitionMention.get(m.definition.start) : ecKind ? firstEc : undefined;
    // A later definition of the same term points to the first one.
    if (at?.id === m.id && ecKind && firstEc && firstEc.id !== m.id && (firstEc.start < m.start || !opensItsLine(m))) at = firstEc;
    if (!at || at.id === m.id) continue;
    const there = byMention.get(at.id) ?? [];
    for (const f of own) {
      // A reference point belongs to each threshold, except for a capability phrase defined once ("notably
      // more capable" means … than the last model …), whose every use takes it from the definition.
      if (!f.facet || !FACET_RULE.test(f.ruleId) || (f.facet === 'reference' && m.kind !== 'capability-jump') || f.severity === 'info') continue;
      // The definition's gap may be reported as "given only as an example" rather than as missing.
      if (!there.some((d) => d.ruleId === f.ruleId) && !exampleOnly.has(f.facet)) continue;
      const line = lineOf(at.start);
      f.severity = 'info';
      f.message += ` The gap is in the definition (line ${line}), reported there.`;
      (f.related ??= []).push({ start: at.start, end: at.end, message: `Reported at the definition, where a fix states it once for every use` });
    }
  }
  // The same threshold stated again ("more than 10^26 FLOP" in §4 and in the annex; "every 4x" in two
  // sections): the author decides its missing facet once, so the first statement carries the finding and
  // the later ones point to it, as information (issue 11 §4).
  const firstOf = new Map<string, Mention>();
  for (const m of mentions) {
    // A threshold inside a definition ("'Frontier model' means … the cost of which exceeds one hundred million
    // dollars") is stated there as much as in a trigger; the defined term itself is grouped above.
    if (m.role !== 'trigger' && !(m.role === 'definition' && m.kind !== 'effective-compute-term' && m.kind !== 'capability-jump')) continue;
    // A capability phrase used again ("notably more capable" in §4.1 and in §6) is the same decision too;
    // a cost without a parsed value is known by its amount as written ("USD 100 million").
    const amount = m.value === undefined ? (AMOUNT.exec(m.phrase)?.[0].toLowerCase().replace(/\s+/g, ' ') ?? /\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?/i.exec(m.phrase)?.[0].toLowerCase().replace(/\s+/g, ' ')) : undefined;
    const key = m.kind === 'capability-jump' ? `${m.kind}:${m.phrase.toLowerCase()}` : m.value !== undefined ? `${m.kind}:${m.value}:${m.term ?? ''}` : amount ? `${m.kind}:${amount}` : undefined;
    if (!key) continue;
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, m);
      continue;
    }
    const there = byMention.get(first.id) ?? [];
    for (const f of byMention.get(m.id) ?? []) {
      if (!f.facet || !FACET_RULE.test(f.ruleId) || f.severity === 'info' || !there.some((d) => d.ruleId === f.ruleId)) continue;
      f.severity = 'info';
      f.message += ` The same threshold is stated on line ${lineOf(first.start)}, reported there.`;
      (f.related ??= []).push({ start: first.start, end: first.end, message: 'The same threshold, where this gap is reported' });
    }
  }
  // One extraction problem or one wording habit repeated through a document ("1023", "1025", … in a PDF
  // copy; "FLOPS" for a quantity throughout) is one decision: fix the source or the habit. The first is
  // reported at its severity; the rest are information that points to it (issue 11 §4).
  const firstByHabit = new Map<string, Finding>();
  for (const f of findings) {
    if (!REPEATED_HABITS.has(f.ruleId)) continue;
    const first = firstByHabit.get(f.ruleId);
    if (!first) {
      firstByHabit.set(f.ruleId, f);
      continue;
    }
    if (f.severity === 'info') continue;
    f.severity = 'info';
    f.message += ` The same problem is reported on line ${lineOf(first.start)}.`;
    (f.related ??= []).push({ start: first.start, end: first.end, message: 'The first instance, reported at full severity' });
  }
  // A capability phrase with no benchmark: undefined-capability-trigger says it once, with the fix that
  // defines the phrase for every use; missing-benchmark on the same phrase stays, as information.
  for (const f of findings) {
    if (f.ruleId !== 'undefined-capability-trigger' || f.mentionId === undefined) continue;
    const benchmark = byMention.get(f.mentionId)?.find((d) => d.ruleId === 'missing-benchmark');
    if (!benchmark || benchmark.severity === 'info') continue;
    benchmark.severity = 'info';
    benchmark.message += ' Reported as undefined-capability-trigger, whose fix defines the phrase once for every use.';
  }
}

/** The analyst's checks; a rule may lower its own severity (never raise it above the configured one). */
function analystFindings(ctx: RuleContext, rules: RuleSet): Finding[] {
  const out: Finding[] = [];
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  for (const rule of rules.analyst) {
    const setting: SeveritySetting = ctx.config.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    for (const report of rule.check(ctx)) {
      const severity = report.severity && rank[report.severity] < rank[setting] ? report.severity : setting;
      const { severity: _ignored, ...rest } = report;
      out.push({ ruleId: rule.meta.id, severity, ...rest });
    }
  }
  return out;
}

function publicDefinition(d: ResolvedDefinition): Definition {
  const out: Definition = { term: d.term, label: d.label, start: d.start, end: d.end, body: d.body };
  if (d.source) out.source = d.source;
  return out;
}

function facetFindings(raw: RawMention, mention: Mention, config: RsplintConfig, fixCtx: FixContext, rules: RuleSet): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules.facet) {
    const facet = rule.meta.facet;
    if (mention.facets[facet].state !== 'missing') continue;
    const severity = severityFor(rule.meta.id, rule.meta.defaultSeverity, mention, config);
    if (!severity) continue;
    const finding: Finding = {
      ruleId: rule.meta.id,
      severity,
      message: rule.message(mention),
      start: mention.start,
      end: mention.end,
      facet,
      mentionId: mention.id,
    };
    const why = rule.whyFor(mention);
    if (why !== rule.meta.why) finding.why = why;
    const related = relatedFor(mention, fixCtx.doc);
    if (related.length) finding.related = related;
    const fix = facetFix(raw, mention, facet, fixCtx);
    if (fix) finding.fixes = [fix];
    out.push(finding);
  }
  return out;
}

/**
 * Severity by role: a normative trigger or a definition gets the rule's severity; a quoted or attributed
 * mention is at most informational; descriptive uses (estimates, trends, background prose) and changelog
 * restatements are not checked: they set no threshold, and flagging them is the noise that makes careful
 * readers switch a linter off.
 */
function severityFor(ruleId: string, fallback: Severity, mention: Mention, config: RsplintConfig): Severity | undefined {
  const configured: SeveritySetting = config.rules?.[ruleId] ?? fallback;
  if (configured === 'off') return undefined;
  switch (mention.role) {
    case 'trigger':
    case 'definition':
      return configured;
    case 'quoted':
      // Another party's words are not a mention (corpus rule 17): reported only when asked for.
      return config.options?.quoted === 'info' ? 'info' : undefined;
    case 'descriptive':
    case 'historical':
      return undefined;
  }
}

function relatedFor(mention: Mention, doc: ParsedDocument): Finding['related'] & object {
  const related: NonNullable<Finding['related']> = [];
  const d = mention.definition;
  // A mention inside the definition it is resolved against needs no pointer to itself.
  if (d && !(d.source === undefined && d.body.start <= mention.start && mention.end <= d.body.end)) {
    const where = d.source ? `in ${d.source}` : 'in this document';
    related.push({ start: d.start, end: d.end, message: `Definition of ${d.term} used (${where}): "${clip(d.source ? d.label : doc.text.slice(d.body.start, d.body.end))}"`, source: d.source });
  }
  return related;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}

/** ⟨placeholders⟩ left by a quick fix: the facet counts as stated, but the author still has to fill it. */
function placeholderFindings(doc: ParsedDocument, config: RsplintConfig, rules: RuleSet): Finding[] {
  const out: Finding[] = [];
  for (const block of doc.blocks) {
    if (!block.text.includes('⟨') && !block.text.includes('⟩')) continue;
    // A bracket left alone (typing over a placeholder that held another) is as unfinished as a placeholder.
    for (const m of block.text.matchAll(/(?<!⟨[^⟨⟩\n]{0,200})⟩|⟨(?![^⟨⟩\n]{0,200}⟩)/g)) {
      const start = block.start + m.index!;
      pushIfOn(out, config, rules, { ruleId: 'unfilled-placeholder', start, end: start + 1, message: `A stray ${m[0]} is left from a placeholder: remove it or finish the placeholder.` });
    }
    for (const m of block.text.matchAll(/⟨[^⟨⟩\n]{1,200}⟩/g)) {
      const start = block.start + m.index!;
      pushIfOn(out, config, rules, { ruleId: 'unfilled-placeholder', start, end: start + m[0].length, message: `Placeholder ${m[0]} is not filled in yet.` });
    }
  }
  return out;
}

function pushIfOn(out: Finding[], config: RsplintConfig, rules: RuleSet, f: Omit<Finding, 'severity'>): void {
  const meta = rules.all.find((r) => r.id === f.ruleId);
  const setting: SeveritySetting = config.rules?.[f.ruleId] ?? meta?.defaultSeverity ?? 'warning';
  if (setting === 'off') return;
  out.push({ ...f, severity: setting });
}

function benchmarkPattern(config: RsplintConfig): RegExp | undefined {
  const names = config.options?.benchmarks?.filter((n) => n.trim()) ?? [];
  if (names.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

// Exposed for tests that look at segmentation.
export { sentenceText };
