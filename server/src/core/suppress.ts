// Inline suppression comments: markdownlint's grammar under the rsplint- prefix, with a reason after "--".
//   <!-- rsplint-disable-next-line missing-scale -- scale is fixed in Annex B -->
//   <!-- rsplint-disable-line … -->  <!-- rsplint-disable … --> … <!-- rsplint-enable … -->
//   <!-- rsplint-disable-file … -->
import { lineIndexAt as lineAt, type HtmlComment, type ParsedDocument } from './document';
import type { Finding } from './types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = every rule. */
  rules: string[];
  reason?: string;
  start: number;
  end: number;
  line: number;
  used: boolean;
}

const DIRECTIVE = /^<!--\s*rsplint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*?)-->$/;

export function parseDirectives(doc: ParsedDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const d = parseDirective(c, doc);
    if (d) out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}

function parseDirective(c: HtmlComment, doc: ParsedDocument): Directive | undefined {
  const m = DIRECTIVE.exec(c.value.trim());
  if (!m) return undefined;
  const body = m[2]!;
  const sep = body.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = sep >= 0 ? body.slice(0, sep) : body;
  const reason = sep >= 0 ? body.slice(sep).replace(/^\s*--/, '').trim() : undefined;
  const rules = ruleText.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, reason: reason || undefined, start: c.start, end: c.end, line: lineAt(doc, c.start), used: false };
}


const applies = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.includes(ruleId);

/** Whether a finding is suppressed; marks the directive that suppressed it as used. */
export function isSuppressed(f: Finding, directives: Directive[], doc: ParsedDocument): boolean {
  const line = lineAt(doc, f.start);
  for (const d of directives) {
    if (!applies(d, f.ruleId)) continue;
    if (d.kind === 'disable-file' || (d.kind === 'disable-line' && d.line === line) || (d.kind === 'disable-next-line' && nextContentLine(doc, d) === line)) {
      d.used = true;
      return true;
    }
  }
  // Range directives: the last disable/enable for this rule before the finding decides.
  let active: Directive | undefined;
  for (const d of directives) {
    if (d.start > f.start) break;
    if (!applies(d, f.ruleId)) continue;
    if (d.kind === 'disable') active = d;
    else if (d.kind === 'enable') active = undefined;
  }
  if (active) {
    active.used = true;
    return true;
  }
  return false;
}

/** The line a disable-next-line comment governs: the next line after the comment ends. */
function nextContentLine(doc: ParsedDocument, d: Directive): number {
  return lineAt(doc, d.end) + 1;
}
