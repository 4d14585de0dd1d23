// Quick-fix placeholders become VS Code snippet tab stops (issue 11 §2); the literal text survives intact.
import { describe, expect, it } from 'vitest';
import { placeholdersToSnippet } from '../../client/src/snippets';

/** What VS Code inserts for a snippet when every tab stop keeps its default text. */
function expand(snippet: string): string {
  return snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_m, body: string) => body).replace(/\\([\\$}])/g, '$1');
}

describe('placeholders to snippet tab stops', () => {
  it('makes one tab stop per placeholder, in order, keeping the placeholder as the default text', () => {
    const text = ' The 4x is counted from ⟨the last model that completed a full evaluation⟩, re-estimated every ⟨k⟩ weeks.';
    const snippet = placeholdersToSnippet(text)!;
    expect(snippet).toBe(' The 4x is counted from ${1:⟨the last model that completed a full evaluation⟩}, re-estimated every ${2:⟨k⟩} weeks.');
    expect(expand(snippet)).toBe(text);
  });

  it('escapes the snippet syntax in the author-facing text, so $, } and \\ are inserted as written', () => {
    const text = 'A cost above $100,000,000 {see §2} in C:\\models, priced at ⟨price source⟩.';
    const snippet = placeholdersToSnippet(text)!;
    expect(snippet).toContain('\\$100,000,000');
    expect(expand(snippet)).toBe(text);
  });

  it('leaves text without a complete placeholder alone', () => {
    expect(placeholdersToSnippet('No placeholder here.')).toBeUndefined();
    expect(placeholdersToSnippet('A stray ⟨ with no end')).toBeUndefined();
  });
});
