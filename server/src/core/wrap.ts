// Inserted text follows the document's layout (issue 11 §2): in a draft hard-wrapped at 80 columns, a
// quick fix's sentence is wrapped at 80 too, continuing the line it starts on and indented like it (a list
// item's continuation lines under its text, a blockquote's behind its ">"). Only the inserted text gets
// line breaks; the author's characters are never touched, and a ⟨placeholder⟩ is never split.
import type { Fix } from './types';

/** The column a hard-wrapped document wraps its prose at, or undefined when its paragraphs are one line each. */
export function wrapWidth(text: string): number | undefined {
  const lines = text.split('\n', 20_000);
  const wrapped: number[] = [];
  let fence = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const next = lines[i + 1]!.replace(/\r$/, '');
    if (/^\s*(?:```|~~~)/.test(line)) fence = !fence;
    if (fence || line.trim() === '' || next.trim() === '') continue;
    // A line followed by more of the same paragraph was broken by the author (or their editor).
    if (/^\s*(?:#|\||<!--|```|~~~)/.test(line) || /^\s*(?:#|\||[-*+]\s|\d{1,3}[.)]\s|```|~~~)/.test(next)) continue;
    wrapped.push(line.length);
  }
  if (wrapped.length < 8) return undefined;
  wrapped.sort((a, b) => a - b);
  const width = wrapped[Math.floor(wrapped.length * 0.9)]!;
  if (width < 40 || width > 120) return undefined;
  // Most broken lines end near the width: not a list of short lines or a poem.
  const near = wrapped.filter((l) => l >= width - 25).length;
  return near >= wrapped.length * 0.6 ? width : undefined;
}

/** The fix with its insertions wrapped at `width` (unchanged when the document is not hard-wrapped). */
export function wrapLikeDocument(fix: Fix, text: string, width = wrapWidth(text)): Fix {
  if (width === undefined || !fix.edits.some((e) => e.start === e.end && e.newText.length > width / 2)) return fix;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { ...fix, edits: fix.edits.map((e) => (e.start === e.end ? { ...e, newText: wrapInsertion(text, e.start, e.newText, width, eol) } : e)) };
}

const TOKEN = /⟨[^⟨⟩\n]*⟩[^\s⟨]*|[^\s⟨]+(?:⟨[^⟨⟩\n]*⟩[^\s⟨]*)*|⟨/gu;

function wrapInsertion(text: string, at: number, newText: string, width: number, eol: string): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  // Continuation lines line up under the text of a list item, behind a blockquote's markers.
  const lead = /^(?:[ \t]{0,3}>)*[ \t]{0,8}(?:(?:[-*+]|\d{1,3}[.)])[ \t]{1,4})?/.exec(line)?.[0] ?? '';
  const indent = lead.replace(/[^\s>]/g, ' ');
  const segments = newText.split(/\r?\n/);
  return segments
    .map((segment, i) => {
      // Headings, table rows and blank lines of the insertion stay as they are.
      if (segment.trim() === '' || /^\s*(?:#|\|)/.test(segment)) return segment;
      const first = i === 0;
      const col = first ? at - lineStart : 0;
      const pad = first ? indent : (/^\s*/.exec(segment)?.[0] ?? '');
      return wrapSegment(segment, col, pad, width, eol);
    })
    .join(eol);
}

function wrapSegment(segment: string, col: number, indent: string, width: number, eol: string): string {
  const leading = /^\s*/.exec(segment)![0];
  const rest = segment.slice(leading.length);
  const trailing = rest.slice(rest.trimEnd().length);
  const body = segment.slice(leading.length, segment.length - trailing.length);
  let out = leading;
  let column = col + leading.length;
  let firstToken = true;
  for (const m of body.matchAll(TOKEN)) {
    const token = m[0];
    if (firstToken) {
      // The first word stays where the insertion puts it, unless the line is already full.
      if (column + token.length > width && column > indent.length && leading.length > 0) {
        out = `${out.slice(0, -1)}${eol}${indent}`;
        column = indent.length;
      }
      out += token;
      column += token.length;
      firstToken = false;
      continue;
    }
    if (column + 1 + token.length > width && column > indent.length) {
      out += `${eol}${indent}${token}`;
      column = indent.length + token.length;
    } else {
      out += ` ${token}`;
      column += 1 + token.length;
    }
  }
  return out + trailing;
}
