// The editing session the latency bar is measured on: n edits at random positions of a draft, from a
// seeded PRNG so every run (and the in-process and server measurements) replays the same session.
// Mix: 60% typing a character, 25% deleting a word, 15% pasting a paragraph (taken from the draft).
// Each edit's offsets refer to the document as it is after the edits before it.

/** mulberry32: small, fast, and the same sequence everywhere. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'etaoinshrdlu etaoinshrdlucmfwypvbgkqjxz,.';

/** @returns {{kind: 'type'|'delete'|'paste', start: number, end: number, text: string}[]} */
export function makeEdits(initial, n, seed) {
  const random = prng(seed);
  const paragraphs = initial.split(/\n{2,}/).filter((p) => p.length >= 80 && p.length <= 1200 && !p.startsWith('#'));
  const edits = [];
  let doc = initial;
  for (let i = 0; i < n; i++) {
    const r = random();
    const at = Math.floor(random() * (doc.length + 1));
    let edit;
    if (r < 0.6 || paragraphs.length === 0) {
      edit = { kind: 'type', start: at, end: at, text: LETTERS[Math.floor(random() * LETTERS.length)] };
    } else if (r < 0.85) {
      // The word at or after `at`, with the spaces after it.
      const re = /[\p{L}\p{N}]+[ \t]*/gu;
      re.lastIndex = at;
      const m = re.exec(doc) ?? /[\p{L}\p{N}]+[ \t]*/u.exec(doc);
      const start = m ? m.index : Math.max(0, at - 1);
      const end = m ? m.index + m[0].length : Math.min(doc.length, start + 1);
      edit = { kind: 'delete', start, end, text: '' };
    } else {
      // Pasted at the start of the line the position falls on, as its own paragraph.
      const lineStart = doc.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
      const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
      edit = { kind: 'paste', start: lineStart, end: lineStart, text: `${paragraph}\n\n` };
    }
    edits.push(edit);
    doc = doc.slice(0, edit.start) + edit.text + doc.slice(edit.end);
  }
  return edits;
}
