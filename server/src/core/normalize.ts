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
const NEEDS_NORMALIZING = /[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u2010-\u2015\u2212⋅·∙✕‘’‚′“”„″\t≥≤…⁰¹²³⁴⁵⁶⁷⁸⁹]/;

export function normalize(source: string): Normalized {
  if (!NEEDS_NORMALIZING.test(source)) {
    const map = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) map[i] = i;
    return { text: source, map };
  }
  // Most characters map to themselves, so build into arrays and join once.
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const sup = SUPERSCRIPT_DIGITS[ch];
    if (sup !== undefined) {
      // "10²⁶" → "10^26". Must run before any NFKC-like folding, which would manufacture "1026".
      const prevTwo = out.length >= 2 ? out[out.length - 2]! + out[out.length - 1]! : '';
      if (prevTwo === '10' && !(out.length >= 3 && /\d/.test(out[out.length - 3]!))) {
        out.push('^');
        map.push(i);
      }
      out.push(sup);
      map.push(i);
      continue;
    }
    const single = SINGLE[ch];
    if (single !== undefined) {
      out.push(single);
      map.push(i);
      continue;
    }
    const expanded = EXPAND[ch];
    if (expanded !== undefined) {
      for (const c of expanded) {
        out.push(c);
        map.push(i);
      }
      continue;
    }
    out.push(ch);
    map.push(i);
  }
  map.push(source.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** Maps a half-open range of the normalised text back to a half-open range of the source. */
export function mapRange(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  if (end <= start) return { start: s, end: s };
  const last = n.map[end - 1] ?? s;
  return { start: s, end: last + 1 };
}
