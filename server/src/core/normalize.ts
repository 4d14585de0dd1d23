// Normalisation before matching (domain.md §3.1), with a map back to the author's offsets.
//
// Patterns run on the normalised copy; every match is mapped back through `map`, so a finding's range
// always lies on the original characters even when normalisation changed the length ("10²⁶" → "10^26").

export interface Normalized {
  text: string;
  /** map[i] = offset in the source string of normalised character i; map[text.length] = source length. */
  map: Int32Array;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

const SINGLE: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '⋅': '×', '·': '×', '∙': '×', '✕': '×',
  '‘': "'", '’': "'", '‚': "'", '′': "'",
  '“': '"', '”': '"', '„': '"', '″': '"',
  '\t': ' ',
};

const EXPAND: Record<string, string> = { '≥': '>=', '≤': '<=', '…': '...' };

/** Characters normalize() changes; most prose has none, and then the map is the identity. */
const NEEDS_NORMALIZING = /[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u2010-\u2015\u2212⋅·∙✕‘’‚′“”„″\t≥≤…⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/**
 * A footnote marker that PDF extraction glued to the word before it ("effective compute3", "Effective
 * Compute4)"): blanked to a space so the word is matched as written, at the same offsets. Three lower-case
 * letters before it keep identifiers such as "GPT4" or "H100" out.
 */
const GLUED_MARKER = /(?<=\p{Ll}{3})\d{1,2}(?=[\s.,;:)"'\]]|$)/gu;
const HAS_GLUED_MARKER = /\p{Ll}\d/u;

function unglue(n: Normalized): Normalized {
  if (!HAS_GLUED_MARKER.test(n.text)) return n;
  const text = n.text.replace(GLUED_MARKER, (d) => ' '.repeat(d.length));
  return text === n.text ? n : { text, map: n.map };
}

/**
 * Inline TeX around a magnitude ("< $10^{23}$ FLOPs", "$3 \times 10^{25}$"), as Markdown copied from a
 * paper or a GitHub page writes it: the dollar delimiters and "\times" are read as spaces and "×", at the
 * same offsets, so the magnitude and its unit are matched (issue 10, cause 3). A dollar amount ("$10
 * million") has no "^" after its number and is left alone.
 */
const TEX_MAGNITUDE = /\$(?=\s?(?:\d+(?:\.\d+)?\s?(?:\\times|\\cdot|×|x)\s?)?10\s?\^)|(?<=10\s?\^\s?\{?\d{1,2}\}?)\$|\\(?:times|cdot)(?=\s?10\s?\^)/g;

/**
 * A Markdown escape a word processor's converter writes before a caret or a dollar sign ("10\^26 FLOP",
 * "US\$100 million"): the backslash is dropped, so the magnitude or the amount is read as it renders.
 */
const ESCAPED_SIGN = /\\(?=[\^$])/g;

function unescapeSigns(n: Normalized): Normalized {
  return n.text.includes('\\') ? replaceMapped(n, ESCAPED_SIGN, () => '') : n;
}

function untex(n: Normalized): Normalized {
  // A dollar sign is dropped; "\times" becomes "×", mapped to the backslash.
  return n.text.includes('$') ? replaceMapped(n, TEX_MAGNITUDE, (m) => (m === '$' ? '' : '×')) : n;
}

/**
 * Replaces each match of `re` by a short string, keeping the map to the source: the characters written in
 * place of a match map to the match's first character; the rest map as before.
 */
function replaceMapped(n: Normalized, re: RegExp, by: (match: string) => string): Normalized {
  const parts: string[] = [];
  const map: number[] = [];
  let at = 0;
  let changed = false;
  for (const m of n.text.matchAll(re)) {
    changed = true;
    parts.push(n.text.slice(at, m.index));
    for (let i = at; i < m.index!; i++) map.push(n.map[i]!);
    const put = by(m[0]);
    if (put) {
      parts.push(put);
      for (let k = 0; k < put.length; k++) map.push(n.map[m.index!]!);
    }
    at = m.index! + m[0].length;
  }
  if (!changed) return n;
  parts.push(n.text.slice(at));
  for (let i = at; i <= n.text.length; i++) map.push(n.map[i]!);
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/**
 * HTML character references, as a web page saved as Markdown keeps them ("&gt;2x", "model&rsquo;s",
 * "10&nbsp;FLOP"): read as the characters they stand for, already normalised (a curly quote as "'").
 */
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,8}));/g;
const NAMED_ENTITY: Record<string, string> = {
  gt: '>', lt: '<', amp: '&', nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', quot: '"', apos: "'", rsquo: "'", lsquo: "'",
  sbquo: "'", ldquo: '"', rdquo: '"', bdquo: '"', mdash: '-', ndash: '-', minus: '-', hyphen: '-', times: '×',
  middot: '×', sdot: '×', ge: '>=', le: '<=', hellip: '...', sect: '§', para: '¶', percnt: '%', dollar: '$',
  euro: '€', pound: '£', sup1: '1', sup2: '2', sup3: '3', asymp: '~', sim: '~', approx: '~',
};

function decodeEntity(m: string): string {
  const e = /^&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(\w+));$/.exec(m);
  if (!e) return m;
  if (e[3] !== undefined) return NAMED_ENTITY[e[3]] ?? m;
  const code = e[1] !== undefined ? Number(e[1]) : parseInt(e[2]!, 16);
  if (!(code > 0 && code <= 0x10ffff)) return m;
  const ch = String.fromCodePoint(code);
  return SINGLE[ch] ?? EXPAND[ch] ?? ch;
}

function unentity(n: Normalized): Normalized {
  return n.text.includes('&') ? replaceMapped(n, ENTITY, decodeEntity) : n;
}

/**
 * A superscript written as markup ("10<sup>26</sup>", the tags already blanked to "10^    26"): the blanks
 * after the caret are dropped, so the magnitude reads as "10^26".
 */
const CARET_GAP = /(?<=\b10\s?\^)[ \t]+\d{1,2}(?:[ \t]{2,}(?=\S))?/g;

function closeCaretGaps(n: Normalized): Normalized {
  if (!n.text.includes('^')) return n;
  // The exponent's digits are kept; the blanks of its closing tag fold to one space.
  return replaceMapped(n, CARET_GAP, (m) => {
    const digits = /\d+/.exec(m)![0];
    return /\d[ \t]+$/.test(m) ? `${digits} ` : digits;
  });
}

/** A phrase as a reader sees it on a rendered page: character references decoded, "10^ 26" closed up. */
export function readable(phrase: string): string {
  const decoded = phrase.includes('&') ? phrase.replace(ENTITY, decodeEntity) : phrase;
  return decoded.includes('^') ? decoded.replace(/\b10\s?\^\s+(?=\d)/g, '10^') : decoded;
}

export function normalize(source: string, options: { rejoinHyphenation?: boolean; column?: boolean } = {}): Normalized {
  const n = closeCaretGaps(unentity(untex(unescapeSigns(unglue(normalizeCharacters(source))))));
  const joined = options.rejoinHyphenation ? rejoin(n) : n;
  return options.column ? foldColumnBlanks(joined) : joined;
}

/**
 * One column of a two-column page: the other column's place is blank at the end or the start of each line;
 * those blanks are dropped, so "a 4x increase in ⏎ effective compute" reads as one phrase.
 */
const COLUMN_BLANKS = /(?<![ \t])[ \t]{2,}(?=\n)|(?<=\n)[ \t]{2,}/g;

function foldColumnBlanks(n: Normalized): Normalized {
  return replaceMapped(n, COLUMN_BLANKS, () => '');
}

/**
 * A word a printed page broke across two lines ("float-\n20 ing-point", the line number already blanked):
 * joined again ("floating-point"), with the map skipping the hyphen, the line break and the indent (and the
 * blanks where the other column of a two-column page was). Only for plain text extracted from PDFs (issue
 * 10, cause 3); between two lower-case letters only.
 */
const BROKEN_WORD = /(?<=\p{Ll})-[ \t]{0,120}\n[ \t]*(?=\p{Ll})/gu;

function rejoin(n: Normalized): Normalized {
  return /-[ \t]{0,120}\n/.test(n.text) ? replaceMapped(n, BROKEN_WORD, () => '') : n;
}

function normalizeCharacters(source: string): Normalized {
  const changes = new RegExp(NEEDS_NORMALIZING.source, 'g');
  let m = changes.exec(source);
  if (!m) {
    const map = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) map[i] = i;
    return { text: source, map };
  }
  // Runs of unchanged characters are copied whole; only the characters that change are looked at.
  // No character expands to more than three ("…" → "..."), which bounds the map.
  const map = new Int32Array(source.length * 3 + 1);
  const parts: string[] = [];
  let length = 0;
  let tail = ''; // the last three characters written, for the superscript rule
  const write = (piece: string, from: number, identity: boolean): void => {
    for (let k = 0; k < piece.length; k++) map[length + k] = identity ? from + k : from;
    length += piece.length;
    parts.push(piece);
    tail = (tail + piece.slice(-3)).slice(-3);
  };
  let at = 0;
  for (; m; m = changes.exec(source)) {
    const i = m.index;
    if (i > at) write(source.slice(at, i), at, true);
    const ch = m[0];
    const sup = SUPERSCRIPT_DIGITS[ch];
    if (sup !== undefined) {
      // "10²⁶" → "10^26". Must run before any NFKC-like folding, which would manufacture "1026".
      if (tail.endsWith('10') && !(tail.length === 3 && /\d/.test(tail[0]!))) write('^', i, false);
      // After a letter a superscript digit is a footnote marker ("EC¹", "compute³"), not part of the word.
      write(/\p{L}$/u.test(tail) ? ' ' : sup, i, false);
    } else {
      write(SINGLE[ch] ?? EXPAND[ch] ?? ch, i, false);
    }
    at = i + 1;
  }
  if (at < source.length) write(source.slice(at), at, true);
  map[length] = source.length;
  return { text: parts.join(''), map: map.slice(0, length + 1) };
}

/** Maps a half-open range of the normalised text back to a half-open range of the source. */
export function mapRange(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  if (end <= start) return { start: s, end: s };
  const last = n.map[end - 1] ?? s;
  return { start: s, end: last + 1 };
}
