// Code actions for rsplint diagnostics. Every edit comes from the engine (fixes carried on findings,
// completeDefinitionFix, benchmarkTriggerRewrite) or from the suppression planner; this module only
// decides which to offer, turns offsets into a versioned WorkspaceEdit, and refuses stale versions.
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type Finding, type TextEdit } from '../lint';
import { FACET_LABELS } from './describe';
import type { DiagnosticData } from './diagnostics';
import { SOURCE } from './diagnostics';
import { benchmarkRewriteFor, completeDefinitionFor } from './engine';
import { languageOf, type LintOutcome } from './linter';
import { toLspEdit, toSpan } from './positions';
import { planSuppression } from './suppress';

export const FIX_ALL_KIND = 'source.fixAll.rsplint';
export const COMMANDS = {
  lintWorkspace: 'rsplint.lintWorkspace',
  insertDefinitionsBlock: 'rsplint.insertDefinitionsBlock',
  showThresholdSummary: 'rsplint.showThresholdSummary',
  openRuleDocs: 'rsplint.openRuleDocs',
  selectPlaceholder: 'rsplint.selectPlaceholder',
} as const;

export interface ActionEnv {
  doc: TextDocument;
  /** The analysis of exactly the document's current version. */
  outcome: LintOutcome;
  documentChanges: boolean;
  /** The client can open a document with a selection (window/showDocument). */
  canSelect: boolean;
}

export function codeActions(env: ActionEnv, params: CodeActionParams): CodeAction[] {
  const { doc, outcome } = env;
  if (outcome.version !== doc.version) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  // Grouped so that with several diagnostics under the cursor (one per missing facet of one phrase)
  // the menu reads: the insertions, the whole-term definition, the rewrite, then disable and docs.
  const groups: CodeAction[][] = [[], [], [], [], []];
  const [inserts, completes, rewrites, disables, docs] = groups as [CodeAction[], CodeAction[], CodeAction[], CodeAction[], CodeAction[]];
  const seen = new Set<string>();
  const suppressions = new Map<number, { offset: number; rules: string[]; diagnostics: Diagnostic[] }>();
  const add = (group: CodeAction[], key: string, action: CodeAction) => {
    if (seen.has(key) || !wants(action.kind ?? '')) return;
    seen.add(key);
    group.push(action);
  };

  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
    const ruleId = diagnostic.code;
    const finding = findingFor(env, diagnostic, ruleId);
    if (finding) {
      const mention = outcome.analysis?.mentions.find((m) => m.id === finding.mentionId);
      for (const fix of finding.fixes ?? []) {
        const base = fix.isPreferred && finding.facet ? `Insert the missing definition (${FACET_LABELS[finding.facet].toLowerCase()})` : fix.title;
        const title = `${base}${whereItGoes(outcome.text, fix.edits, finding.start)}`;
        add(inserts, `fix:${title}:${finding.start}`, fixAction(env, title, fix.edits, [diagnostic], fix.isPreferred === true));
      }
      if (mention) {
        const complete = completeDefinitionFor(outcome, mention);
        if (complete) add(completes, `complete:${mention.term ?? mention.id}`, fixAction(env, `${complete.title}${whereItGoes(outcome.text, complete.edits, finding.start)}`, complete.edits, [diagnostic], false));
        const rewrite = benchmarkRewriteFor(outcome, mention);
        if (rewrite) add(rewrites, `rewrite:${mention.id}`, fixAction(env, rewrite.title, rewrite.edits, [diagnostic], false));
      }
      // Disabling is grouped by where the comment goes: one "disable for this line" names every rule there.
      const plan = planSuppression(outcome.text, languageOf(doc), finding.start, ruleId);
      if (plan) {
        const at = plan.edits[0]!.start;
        const group = suppressions.get(at) ?? { offset: finding.start, rules: [], diagnostics: [] };
        if (!group.rules.includes(ruleId)) group.rules.push(ruleId);
        group.diagnostics.push(diagnostic);
        suppressions.set(at, group);
      }
    }
    // One "Learn more": the rule of the first diagnostic under the cursor (each message names its rule).
    if (docs.length === 0) {
      add(docs, `docs:${ruleId}`, {
        title: `Learn more about ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Learn more about ${ruleId}`, command: COMMANDS.openRuleDocs, arguments: [ruleId] },
      });
    }
  }
  for (const [at, group] of suppressions) {
    const plan = planSuppression(outcome.text, languageOf(doc), group.offset, group.rules);
    if (plan) add(disables, `disable:${at}`, fixAction(env, plan.title, plan.edits, group.diagnostics, false));
  }
  const actions = groups.flat();

  if (wants(FIX_ALL_KIND) && only) {
    const fixAll = fixAllAction(env);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/**
 * The finding behind a diagnostic. Its `data` is trusted only when it was computed for the current
 * version; otherwise the diagnostic (whose range the editor has kept up to date) is matched against
 * the current analysis, and a diagnostic that no longer matches gets no fixes rather than stale edits.
 */
function findingFor(env: ActionEnv, diagnostic: Diagnostic, ruleId: string): Finding | undefined {
  const findings = env.outcome.analysis?.findings ?? [];
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  const span = toSpan(env.doc, diagnostic.range);
  const sameSpan = (f: Finding) => f.ruleId === ruleId && f.start === span.start && f.end === span.end;
  if (data && data.version === env.doc.version && data.ruleId === ruleId) {
    return findings.find((f) => sameSpan(f) && (data.mentionId === undefined || f.mentionId === data.mentionId)) ?? {
      ruleId,
      start: span.start,
      end: span.end,
      severity: 'warning',
      message: diagnostic.message,
      mentionId: data.mentionId,
    };
  }
  return findings.find(sameSpan);
}

/**
 * Where a fix writes, when that is not the section the author is in (issue 11 §2: "a fix that edits
 * another section says where in its title"): " in 2. Definitions", " in a new Definitions section at the
 * end", or, in a document without headings, " at line 40" when it is another paragraph.
 */
export function whereItGoes(text: string, edits: readonly TextEdit[], from: number): string {
  const first = [...edits].sort((a, b) => a.start - b.start)[0];
  if (!first) return '';
  const created = /(?:^|\n)(?:#{1,6}[ \t]+)?(Definitions|Glossary)[ \t]*\n/.exec(first.newText);
  if (created) return ` in a new ${created[1]} section${first.start >= text.trimEnd().length ? ' at the end' : ''}`;
  const heading = headingBefore(text, first.start);
  if (heading !== undefined) return heading === headingBefore(text, from) ? '' : ` in ${heading}`;
  // No headings: the same paragraph is where the author is; anything further names its line.
  const [a, b] = first.start < from ? [first.start, from] : [from, first.start];
  return /\n[ \t]*\n/.test(text.slice(a, b)) ? ` at line ${lineOf(text, first.start) + 1}` : '';
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The title of the Markdown heading whose section holds `offset` ("2. Definitions"), if any. */
function headingBefore(text: string, offset: number): string | undefined {
  let title: string | undefined;
  for (const m of text.slice(0, offset).matchAll(/^#{1,6}[ \t]+(.{1,80}?)[ \t#]*$/gm)) title = m[1];
  return title?.replace(/[*_`]/g, '').trim() || undefined;
}

function fixAction(env: ActionEnv, title: string, edits: readonly TextEdit[], diagnostics: Diagnostic[], isPreferred: boolean): CodeAction {
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(env, edits) };
  if (isPreferred) action.isPreferred = true;
  const select = selectPlaceholderCommand(env, edits);
  if (select) action.command = select;
  return action;
}

export function workspaceEdit(env: Pick<ActionEnv, 'doc' | 'documentChanges'>, edits: readonly TextEdit[]): WorkspaceEdit {
  const lspEdits = edits.map((e) => toLspEdit(env.doc, e));
  // With documentChanges the client itself refuses the edit if the document moved on meanwhile.
  return env.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: env.doc.uri, version: env.doc.version }, lspEdits)] }
    : { changes: { [env.doc.uri]: lspEdits } };
}

/** After an insertion with ⟨placeholders⟩, select the first one so the author can type over it. */
function selectPlaceholderCommand(env: ActionEnv, edits: readonly TextEdit[]): Command | undefined {
  if (!env.canSelect) return undefined;
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const match = /⟨[^⟩\n]*⟩/.exec(edit.newText);
    if (match) {
      return {
        title: 'Select the first placeholder',
        command: COMMANDS.selectPlaceholder,
        arguments: [env.doc.uri, edit.start + shift + match.index, match[0]],
      };
    }
    shift += edit.newText.length - (edit.end - edit.start);
  }
  return undefined;
}

/**
 * source.fixAll.rsplint: every deterministic fix, never a placeholder insertion. A fix whose edits
 * overlap an earlier fix is left out whole, so no fix is ever half applied.
 */
export function fixAllAction(env: ActionEnv): CodeAction | undefined {
  const edits = deterministicEdits(env.outcome);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable rsplint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(env, edits) };
}

export function deterministicEdits(outcome: LintOutcome): TextEdit[] {
  const fixes = (outcome.analysis?.findings ?? [])
    .flatMap((f) => (f.fixes ?? []).filter((fix) => fix.deterministic && fix.edits.length > 0))
    .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const clashes = fix.edits.some((e, i) => taken.some((t) => overlaps(t, e)) || fix.edits.some((o, j) => j !== i && overlaps(o, e)));
    if (!clashes) for (const e of fix.edits) taken.push(e);
  }
  // applyFixes is still the one that decides; with no overlaps left it applies every edit.
  return applyFixes(outcome.text, taken).applied;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

