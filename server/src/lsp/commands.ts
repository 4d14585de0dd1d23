// Commands served over workspace/executeCommand, so every editor gets them, not only VS Code.
import { MessageType, type Connection, type TextDocuments } from 'vscode-languageserver';
import { notifyUser } from './notify';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type TextEdit } from '../lint';
import { expandArguments } from '../node/files';
import { readTextFile } from '../node/read';
import { COMMANDS, workspaceEdit } from './code-actions';
import { ruleDocsUri } from './docs';
import { completeDefinitionFor } from './engine';
import type { Linter, LintOutcome } from './linter';
import { fileUri, fsPath, type ProjectConfig } from './project-config';
import type { SettingsStore } from './settings';
import { thresholdSummary } from './summary';
import { toRange } from './positions';

export interface CommandEnv {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  linter: Linter;
  settings: SettingsStore;
  projectConfig: ProjectConfig;
  documentChanges: boolean;
  canShowDocument: boolean;
  /** The document opened or edited last: the target of a document command sent without arguments. */
  lastActive?: string;
  /** Publishes diagnostics for a file that is not open (workspace linting). */
  publishClosed(uri: string, outcome: LintOutcome): void;
}

export const SERVER_COMMANDS = Object.values(COMMANDS);

export async function executeCommand(env: CommandEnv, command: string, args: unknown[]): Promise<unknown> {
  switch (command) {
    case COMMANDS.showThresholdSummary: {
      const doc = documentArg(env, args[0]);
      if (!doc) return undefined;
      return thresholdSummary(doc, await env.linter.lint(doc));
    }
    case COMMANDS.insertDefinitionsBlock:
      return insertDefinitionsBlock(env, args[0]);
    case COMMANDS.lintWorkspace:
      return lintWorkspace(env, typeof args[0] === 'string' ? args[0] : undefined);
    case COMMANDS.openRuleDocs:
      return openRuleDocs(env, String(args[0] ?? ''));
    case COMMANDS.selectPlaceholder:
      return selectPlaceholder(env, args);
    default:
      return undefined;
  }
}

function documentArg(env: CommandEnv, arg: unknown): TextDocument | undefined {
  // Editors whose command pickers send no arguments (Helix) get the document the user worked in last.
  const given = typeof arg === 'string' ? arg : (arg as { uri?: unknown } | undefined)?.uri;
  const uri = typeof given === 'string' ? given : env.lastActive;
  const doc = uri ? env.documents.get(uri) : undefined;
  if (!doc) notifyUser(env.connection, MessageType.Warning, 'rsplint: open a Markdown or text document first (the command needs the document URI).');
  return doc;
}

/**
 * One Definitions block with a complete definition of every term the document uses without defining
 * it. The engine proposes one term at a time; each proposal is applied to a scratch copy and analysed
 * again, so the second term lands in the section the first one created, never in a second one. The
 * result is sent as pure insertions on the author's original text.
 */
async function insertDefinitionsBlock(env: CommandEnv, arg: unknown): Promise<{ terms: string[]; applied: boolean }> {
  const doc = documentArg(env, arg);
  if (!doc) return { terms: [], applied: false };
  const first = await env.linter.lint(doc);
  if (!first.analysis || first.version !== doc.version) return { terms: [], applied: false };
  const original = first.text;
  const insertions: Insertion[] = [];
  const done = new Set<string>();
  let scratch: LintOutcome = first;
  for (let round = 0; round < 20; round++) {
    const mention = scratch.analysis?.mentions.find((m) => m.term && !done.has(m.term) && completeDefinitionFor(scratch, m));
    if (!mention?.term) break;
    done.add(mention.term);
    const fix = completeDefinitionFor(scratch, mention)!;
    if (fix.edits.some((e) => e.start !== e.end)) continue; // only pure insertions can be carried back
    for (const edit of fix.edits) addInsertion(insertions, edit);
    const text = applyFixes(scratch.text, fix.edits).text;
    const next = TextDocument.create(doc.uri, doc.languageId, doc.version, text);
    scratch = await env.linter.lintText(next, await env.settings.get(doc.uri));
  }
  if (insertions.length === 0) {
    notifyUser(env.connection, MessageType.Info, 'rsplint: every term this document uses already has a complete definition.');
    return { terms: [], applied: false };
  }
  if (doc.version !== first.version || doc.getText() !== original) return { terms: [], applied: false };
  const edits: TextEdit[] = insertions.map((i) => ({ start: i.at, end: i.at, newText: i.text }));
  const result = await env.connection.workspace.applyEdit({ label: 'Insert definitions block', edit: workspaceEdit({ doc, documentChanges: env.documentChanges }, edits) });
  // Show what was inserted (issue 11 §2: the command "changed nothing on screen"): reveal and select the
  // first insertion in the edited text.
  if (result.applied && env.canShowDocument) {
    const first = [...insertions].sort((a, b) => a.at - b.at)[0]!;
    const after = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, applyFixes(original, edits).text);
    const lead = first.text.length - first.text.trimStart().length;
    await env.connection.window.showDocument({ uri: doc.uri, takeFocus: true, selection: toRange(after, { start: first.at + lead, end: first.at + first.text.trimEnd().length }) });
  }
  return { terms: [...done], applied: result.applied };
}

interface Insertion {
  /** Offset in the original text. */
  at: number;
  text: string;
}

/**
 * Records an insertion made on the scratch text (original + earlier insertions) in original
 * coordinates; an insertion that lands inside an earlier one is merged into it.
 */
function addInsertion(insertions: Insertion[], edit: TextEdit): void {
  let shift = 0;
  for (const ins of insertions) {
    const startInScratch = ins.at + shift;
    if (edit.start < startInScratch) break;
    if (edit.start <= startInScratch + ins.text.length) {
      const k = edit.start - startInScratch;
      ins.text = ins.text.slice(0, k) + edit.newText + ins.text.slice(k);
      return;
    }
    shift += ins.text.length;
  }
  insertions.push({ at: edit.start - shift, text: edit.newText });
  insertions.sort((a, b) => a.at - b.at);
}

async function lintWorkspace(env: CommandEnv, folderArg?: string): Promise<{ files: number; problems: number; errors: number; warnings: number }> {
  const folders = folderArg ? [folderArg] : env.projectConfig.workspaceFolders();
  const totals = { files: 0, problems: 0, errors: 0, warnings: 0 };
  for (const folder of folders) {
    if (!folder.startsWith('file:')) continue;
    const root = fsPath(folder);
    const { files } = expandArguments([root], { cwd: root });
    for (const file of files) {
      const uri = fileUri(file);
      const open = [...env.documents.all()].find((d) => d.uri === uri || fsPath(d.uri) === file);
      let outcome: LintOutcome;
      if (open) {
        outcome = await env.linter.lint(open);
      } else {
        const read = readTextFile(file);
        if ('error' in read) {
          env.connection.console.warn(`lint workspace: ${file} ${read.error}`);
          continue;
        }
        const doc = TextDocument.create(uri, /\.txt$/i.test(file) ? 'plaintext' : 'markdown', 0, read.text);
        outcome = await env.linter.lintText(doc, await env.settings.get(uri));
        env.publishClosed(uri, outcome);
      }
      totals.files++;
      totals.problems += outcome.diagnostics.length;
      totals.errors += outcome.diagnostics.filter((d) => d.severity === 1).length;
      totals.warnings += outcome.diagnostics.filter((d) => d.severity === 2).length;
      // Let other requests through between files: a big workspace must not freeze the editor.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  notifyUser(env.connection, MessageType.Info, 
    `rsplint: linted ${totals.files} file${totals.files === 1 ? '' : 's'}: ${totals.errors} error${totals.errors === 1 ? '' : 's'}, ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}, ${totals.problems - totals.errors - totals.warnings} info.`,
  );
  return totals;
}

async function openRuleDocs(env: CommandEnv, ruleId: string): Promise<string | undefined> {
  const uri = ruleDocsUri(ruleId);
  if (!uri) return undefined;
  if (env.canShowDocument) await env.connection.window.showDocument({ uri, takeFocus: true });
  else notifyUser(env.connection, MessageType.Info, `rsplint: ${ruleId} is documented in ${fsPath(uri)}`);
  return uri;
}

/** Selects the placeholder a quick fix just inserted (arguments: uri, offset, placeholder text). */
async function selectPlaceholder(env: CommandEnv, args: unknown[]): Promise<boolean> {
  const [uri, offset, placeholder] = args;
  if (!env.canShowDocument || typeof uri !== 'string' || typeof offset !== 'number' || typeof placeholder !== 'string') return false;
  const doc = env.documents.get(uri);
  if (!doc) return false;
  const text = doc.getText();
  let at = text.startsWith(placeholder, offset) ? offset : text.indexOf(placeholder, Math.max(0, offset - 200));
  if (at < 0) at = text.indexOf(placeholder);
  if (at < 0) return false;
  const result = await env.connection.window.showDocument({ uri, takeFocus: true, selection: toRange(doc, { start: at, end: at + placeholder.length }) });
  return result.success;
}
