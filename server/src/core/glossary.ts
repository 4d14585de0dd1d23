// The document's own vocabulary: every term it defines, in any of the forms policy teams use, and the
// abbreviations it coins. Definitions are found by their form, not by their term, so "Reference Model",
// "Assessed Model" or "LFEM" resolve like "effective compute" does (issue 10, causes 1, 5 and 6):
//   - legal style:      “Covered model” means …, “Equivalent training compute” or “ETC” means …
//   - bold labels:      **Effective compute**: …, **Reference Model** — …, The **last fully evaluated model (LFEM)** is …
//   - glossary tables:  | Term | Definition | rows, in a table headed Term/Definition or in a Definitions section
//   - section entries:  "Reference Model: the most recent …" or "X means …" inside a Definitions section
//   - in passing:       "We call the most recent model that completed a full review the anchor model.",
//                       "… (which we call “Critical Capability Levels”)", "internally we call this the 2024 recipe"
//   - abbreviations:    "effective compute (EC)", "last fully evaluated model (LFEM)"
import type { Block, ParsedDocument } from './document';
import { firstHeaderOf, opensBodyRow } from './tables';
import { mapRange } from './normalize';
import type { Span } from './types';

export interface DefinedTerm {
  /** Normalised key: lower case, single spaces, no surrounding markup or trailing abbreviation. */
  term: string;
  /** Where the label is, in document offsets. */
  label: Span;
  /** The block that holds the definition text. */
  block: Block;
  /** How it was recognised. */
  form: 'legal' | 'bold-label' | 'italic-means' | 'glossary-row' | 'section-entry' | 'in-passing';
  /** A second name given with it: “Equivalent training compute” or “ETC” means … */
  alias?: string;
}

export interface Abbreviation {
  /** As written: "EC", "LFEM", "eFLOP". */
  abbr: string;
  /** Normalised long form: "effective compute". */
  term: string;
}

const LEGAL = /(?:^|\n|[.;:]|\(\w{1,4}\)|\b\d{1,3}(?:\.\d{1,3}){0,3}\.?|\b(?:is|are)\b)[ \t*_]{0,12}(?:"([^"\n]{2,60}?)"|'([^'\n]{2,60}?)')[ \t*_]{0,6}(?:,?[ \t]{1,3}or[ \t]{1,3}[*_]{0,4}"([^"\n]{1,20}?)"[ \t*_]{0,6})?(?:[ \t]{1,3}\([^()\n]{1,80}\))?(?:,?[ \t](?:in|as[ \t]used[ \t]in|for[ \t]the[ \t]purposes[ \t]of)[ \t](?:this|these)[ \t][\w-]{2,20})?,?[ \t]{1,3}(?:means|(?:shall|would|will|should)\s+mean|refers\s+to|has\s+the\s+(?:same\s+)?meaning|is\s+defined\s+as|(?:if|when|where)\b)/gu;
const SECTION_ENTRY = /^[ \t\n>*_-]{0,12}(?:\(?\w{1,4}[.)][ \t]{1,3})?([A-Z][\w-]{0,30}(?:[ \t][\w()-]{1,30}){0,6}?)[*_]{0,4}(?::\s|[ \t]{1,4}[—–-][ \t]|[ \t]means\b)/u;
/** A term named in passing: "we call X the Y", "which we call “Y”", "we call this the Y". */
const IN_PASSING = /\b(?:[Ww]e|I)\s+(?:call|term)\s+(?:this|these|it|them|[^.;:]{3,140}?)\s+(?:the\s+)?["“'‘]?((?!the\b)[A-Za-z0-9][\w-]*(?:\s+(?!the\b)[\w-]+){0,3})["”'’]?\s*(?=[.;,)]|$)|\bwhich\s+we\s+(?:call|term)\s+["“'‘]?([A-Za-z0-9][\w-]*(?:\s+[\w-]+){0,3})["”'’]?/gu;
const TERM_HEADER = /\b(?:terms?|names?|concepts?|words?|abbreviations?|acronyms?)\b/i;
/** "Long Form (ABBR)": the abbreviation in brackets, optionally quoted or after "the". */
const COINED = /\(\s*(?:the\s+)?["']?([A-Za-z][A-Za-z0-9-]{1,9})["']?\s*\)/gu;

/** The last word of a numbered division's label: "Recommendation 5", "Tier III", "Annex B". */
const DIVISION_LABEL = /\s(?:\d+(?:\.\d+)*|[IVX]{1,5}|[A-Z])$/u;

function withoutTrailingPunctuation(label: string): string {
  let end = label.length;
  while (end > 0 && '.:—–- '.includes(label[end - 1]!)) end--;
  return label.slice(0, end);
}

/** A bold label, a short qualifier, then the copula: "The **Anchor Model** for any trigger in section 4 is …". */
const QUALIFIED_COPULA = /^[ \t]{1,3}(?:for|in|under)[ \t][^.;:\n]{1,40}?[ \t](?:is|means)[ \t]/u;

/**
 * An italic term opening the block, then "means": "(e) *Anchor Model* means the last model that completed a
 * full Tier review" (drafts-dj 04), the legal style of quoted terms with emphasis for quotation marks.
 */
const ITALIC_MEANS = /^[ \t>-]{0,6}(?:\(?\w{1,4}[.)][ \t]{1,3})?(?:[Tt]he[ \t]+)?([*_])(?!\1)([A-Z][\w-]{0,30}(?:[ \t][\w()-]{1,30}){0,5}?)\1[ \t]{1,3}(?:means|refers[ \t]+to|is[ \t]+defined[ \t]+as)\b/u;

/** What a run-in label's paragraph says in its first sentences when it says what the term is. */
// A full stop inside a number ("For 4.2, effective compute is …") does not end the sentence.
const RUN_IN_SAYS_WHAT = /^(?:(?:[^.;]|\.(?=\d)){0,200}?[.;]\s+){0,2}?(?:[^.;]|\.(?=\d)){0,120}?\b(?:is|are|means|refers\s+to|we\s+(?:define|use|mean|call))\b/u;

export function normaliseTerm(label: string): string {
  return label
    .replace(/[*_"'`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:.,;—–-]{1,5}$/, '')
    .replace(/ ?\([^()]{1,12}\)$/, '')
    .replace(/[:.,;—–-]{1,5}$/, '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    // A clause number before a run-in label is not part of the term ("**A.1 Training compute.**").
    .replace(/^(?:[a-z]?\d{1,3}(?:\.\d{1,3}){0,3}|[a-z](?:\.\d{1,3}){1,3})\.?\s(?=[a-z])/, '');
}

function strip(text: string): string {
  return text.replace(/[*_`]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Every term the document defines, in document order. */
export function findDefinedTerms(doc: ParsedDocument): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  const seen = new Set<string>();
  const add = (label: string, start: number, end: number, block: Block, form: DefinedTerm['form']): void => {
    // The abbreviation first and its long form after it ("**EC (effective compute)**: …"): the long form is
    // the term and the abbreviation its alias, as in "effective compute (EC)".
    const reversed = abbreviationFirst(strip(label).replace(/[:.,;—–-]{1,5}$/, '').trim());
    const term = normaliseTerm(reversed?.long ?? label);
    if (term.length < 2 || term.split(' ').length > 8 || seen.has(`${term}@${block.start}`)) return;
    seen.add(`${term}@${block.start}`);
    out.push({ term, label: { start, end }, block, form, ...(reversed ? { alias: reversed.abbr } : {}) });
  };
  for (const block of doc.blocks) {
    if (block.kind === 'heading') continue;
    const n = block.norm.text;
    // Legal style, anywhere in the block.
    if (n.includes('"') || n.includes("'")) {
      for (const m of n.matchAll(LEGAL)) {
        const label = (m[1] ?? m[2])!;
        const a = m.index! + m[0].indexOf(label);
        const r = mapRange(block.norm, a, a + label.length);
        add(label, block.start + r.start, block.start + r.end, block, 'legal');
        if (m[3] && out.length) out[out.length - 1]!.alias = m[3].trim();
      }
    }
    // A term named in passing, inside running prose.
    if (/\b(?:call|term)\b/.test(n)) {
      for (const m of n.matchAll(IN_PASSING)) {
        const label = (m[1] ?? m[2])!;
        const a = m.index! + m[0].lastIndexOf(label);
        const r = mapRange(block.norm, a, a + label.length);
        add(label, block.start + r.start, block.start + r.end, block, 'in-passing');
      }
    }
    // A bold label opening the block (or its first sentence), followed by a colon, a dash or a copula.
    const first = block.strong[0];
    if (first && first.start - block.start < 40) {
      const before = block.text.slice(0, first.start - block.start);
      const after = doc.text.slice(first.end, first.end + 12);
      const inner = doc.text.slice(first.start, first.end);
      // ISO-style entries put the term alone on its line and the definition below it ("3.4 **effective compute**").
      const ownLine = block.section.isDefinitions && /^[ \t]*\n/.test(after);
      // A run-in label ("**Effective compute (EC).** For a checkpoint, EC is the …") defines when the
      // sentence after it says what the term is.
      // sentence after it says what the term is; the paragraph under such a label is about the term, so
      // a copula in its first sentences will do ("**Effective compute (EC).** We use EC as our main
      // yardstick. A model's EC is its physical pre-training compute multiplied by …").
      // Inside a Definitions / Terms section a run-in label is an entry whatever its body's grammar: glossaries
      // give a noun phrase ("**Baseline recipe.** The T-Base recipe as frozen on 1 June 2024").
      const runIn = /\.\s*\**$/.test(inner) && (block.section.isDefinitions || RUN_IN_SAYS_WHAT.test(doc.text.slice(first.end, first.end + 320)));
      // The clause number of an ISO entry may sit inside the bold ("**3.4 effective compute**").
      const numbered = /^\s*\(?\d+(?:\.\d+)*[.)]?\s+(?=\p{L})/u.exec(strip(inner));
      // A numbered division ("**Recommendation 5.**", "**Step 2:**", "**Tier III**") is a heading, not a term.
      const division = DIVISION_LABEL.test(withoutTrailingPunctuation(strip(inner)));
      if (!division && /^[\s>*_•●○-]*(?:\(?\w{1,4}[.)]\s+|\d+(?:\.\d+)+\s+|[A-Z]\.\d+(?:\.\d+)*\s+)?(?:the\s+)?$/i.test(before) && (ownLine || runIn || /[:—–]\s*\**$/.test(inner) || /^\s*(?:[:—–=]|-\s|is\b|are\b|means\b|refers\b)/.test(after) || QUALIFIED_COPULA.test(doc.text.slice(first.end, first.end + 60)))) {
        add(numbered ? strip(inner).slice(numbered[0].length) : strip(inner), first.start, first.end, block, 'bold-label');
      }
    }
    if (block.kind === 'paragraph' && (!first || first.start - block.start >= 40)) {
      // The block's text masks the emphasis marks; the document's text keeps them.
      const m = ITALIC_MEANS.exec(doc.text.slice(block.start, Math.min(block.end, block.start + 200)));
      if (m) {
        const at = block.start + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!));
        add(m[2]!, at, at + m[2]!.length, block, 'italic-means');
      }
    }
    // A glossary table row: the first cell of a body row, in a Term/Definition table or a Definitions section.
    if (block.kind === 'tableCell' && block.tableStart !== undefined && (block.section.isDefinitions || TERM_HEADER.test(firstHeaderOf(block)))) {
      if (opensBodyRow(doc, block) && strip(block.text).length > 0) {
        add(strip(block.text), block.start, block.end, block, 'glossary-row');
      }
    }
    // An entry of a Definitions section: "Reference Model: the most recent …", "Covered model means …".
    if (block.section.isDefinitions && block.kind === 'paragraph') {
      const m = SECTION_ENTRY.exec(n);
      if (m) {
        const a = m.index + m[0].indexOf(m[1]!);
        const r = mapRange(block.norm, a, a + m[1]!.length);
        add(m[1]!, block.start + r.start, block.start + r.end, block, 'section-entry');
      }
    }
  }
  return out;
}

/** Abbreviations the document coins: "effective compute (EC)", "Largest Fully Evaluated Model (LFEM)", “X” or “Y” means. */
export function findAbbreviations(doc: ParsedDocument, defined: readonly DefinedTerm[] = []): Abbreviation[] {
  const out: Abbreviation[] = [];
  const seen = new Set<string>();
  const coin = (abbr: string, term: string): void => {
    if (seen.has(abbr)) return;
    seen.add(abbr);
    out.push({ abbr, term });
  };
  for (const d of defined) {
    // An abbreviation list ("**EC** = effective compute (defined below)", "- **LCA**: last comprehensively
    // assessed model"): the entry's first words, when the initials account for them, are the long form.
    if (!d.alias) {
      const label = doc.text.slice(d.label.start, d.label.end).replace(/[*_"'`:=—–\s]{1,8}$/u, '').replace(/^[*_"'`\s]{1,8}/u, '');
      if (/^[A-Z][A-Za-z0-9-]{0,7}$/u.test(label) && /[A-Z].*[A-Z]/u.test(label)) {
        const body = /^[*_"'`\s]{0,6}(?:[:=—–]|-\s)[*_"'`\s]{0,4}(?:the\s+)?([\p{L}][\p{L}\p{N}-]*(?:\s+[\p{L}][\p{L}\p{N}-]*){0,5})/u.exec(doc.text.slice(d.label.end, d.label.end + 120));
        const words = body?.[1]!.split(/\s+/) ?? [];
        for (let n = 1; n <= words.length; n++) {
          const r = expandsTo(label, words.slice(0, n).join(' '));
          if (r) {
            coin(r.abbr, normaliseTerm(r.long));
            break;
          }
        }
      }
    }
    // "**Proposed trigger T1.**": the code at the end of a label names the provision ("if it meets T1").
    const code = d.form === 'bold-label' ? /\b([A-Z]{1,3}\d{1,2})$/.exec(d.term.toUpperCase()) : null;
    for (const abbr of [d.alias, code?.[1]]) if (abbr) coin(abbr, d.term);
  }
  for (const block of doc.blocks) {
    const n = block.norm.text;
    if (!n.includes('(')) continue;
    // "EC (effective compute)": the abbreviation before its long form.
    for (const m of n.matchAll(ABBREVIATION_FIRST)) {
      const r = expandsTo(m[1]!, m[2]!);
      if (r) coin(r.abbr, normaliseTerm(r.long));
    }
    for (const m of n.matchAll(COINED)) {
      const abbr = m[1]!;
      if (seen.has(abbr) || !/[A-Z]/.test(abbr) || /^\d/.test(abbr)) continue;
      const words = n.slice(Math.max(0, m.index! - 80), m.index!).replace(/[*_"']/g, ' ').trim().split(/\s+/);
      const long = longFormFor(abbr, words);
      if (long) coin(abbr, normaliseTerm(long));
    }
  }
  return out;
}

/** An abbreviation written before its long form in brackets: "EC (effective compute)", "ECM (effective compute multiplier)". */
const ABBREVIATION_FIRST = /\b([A-Z][A-Za-z0-9-]{0,8})["'*_]{0,2}[ \t]{0,2}\([ \t]{0,2}([\p{L}][\p{L}\p{N} -]{2,60}?)[ \t]{0,2}\)/gu;

/** The abbreviation and its long form when the label is "ABBR (long form)" and the initials agree. */
function abbreviationFirst(label: string): { abbr: string; long: string } | undefined {
  ABBREVIATION_FIRST.lastIndex = 0;
  const m = ABBREVIATION_FIRST.exec(label);
  if (!m || m.index !== 0 || m[0].length !== label.length) return undefined;
  return expandsTo(m[1]!, m[2]!);
}

/** The long form in brackets after an abbreviation, when every one of its words is accounted for by the initials. */
function expandsTo(abbr: string, inner: string): { abbr: string; long: string } | undefined {
  if (!/[A-Z].*[A-Z]|^[A-Z][a-z]?[A-Z]?$/.test(abbr) || abbr.length < 2) return undefined;
  const words = inner.trim().split(/\s+/);
  const long = longFormFor(abbr, words);
  return long && long.split(' ').length === words.length ? { abbr, long } : undefined;
}

/** The words before "(ABBR)" that the abbreviation stands for, by initials ("ETC" ← "Equivalent training compute"). */
function longFormFor(abbr: string, words: string[]): string | undefined {
  const a = abbr.toLowerCase().replace(/-/g, '');
  for (let n = 1; n <= Math.min(6, words.length); n++) {
    const w = words.slice(words.length - n);
    if (w.some((x) => !/^[\p{L}][\p{L}\p{N}-]*$/u.test(x))) return undefined;
    const initials = w.map((x) => x[0]!.toLowerCase()).join('');
    if (initials === a) return w.join(' ');
    // A hyphenated word may give one letter per part: "Last fully-evaluated model (LFEM)".
    const parts = w.map((x) => x.split('-').filter(Boolean).map((p) => p[0]!.toLowerCase()).join('')).join('');
    if (parts === a) return w.join(' ');
    // "Effective FLOP (eFLOP)": a prefix letter and the last word.
    if (n >= 2 && a[0] === initials[0] && a.endsWith(w[n - 1]!.toLowerCase().replace(/s$/, '')) && a.length <= w[n - 1]!.length + n) return w.join(' ');
  }
  return undefined;
}
