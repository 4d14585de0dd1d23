// Where a rule's documentation lives, as a URI an editor can open. The docs ship beside the bundle:
// dist/server.js sits one folder below the package root in the repository and in the .vsix alike.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleById } from '../lint';

const packageRoot = resolve(__dirname, '..');

/** Computed once per rule: every diagnostic of every keystroke carries one. */
const uris = new Map<string, string | undefined>();

export function ruleDocsUri(ruleId: string): string | undefined {
  if (!uris.has(ruleId)) {
    const rule = ruleById(ruleId);
    uris.set(ruleId, rule ? pathToFileURL(resolve(packageRoot, rule.docs)).href : undefined);
  }
  return uris.get(ruleId);
}

const ownDocs = pathToFileURL(resolve(packageRoot, 'docs')).href + '/';

/** rsplint's own documentation (a rule page opened from a link) is not a policy draft: it is not linted. */
export function isOwnDocumentation(uri: string): boolean {
  return uri.startsWith(ownDocs) && uri.endsWith('.md');
}
