// Quick fixes insert ⟨placeholders⟩ for the author to fill in. In VS Code they become tab stops (issue 11
// §2): the first is selected, Tab walks to the next. The placeholder keeps its ⟨…⟩ text as the tab stop's
// default, so a placeholder the author skips stays visible to unfilled-placeholder. Pure: no vscode import.

/** The text as a snippet with one tab stop per ⟨placeholder⟩, or undefined when it has none. */
export function placeholdersToSnippet(text: string): string | undefined {
  if (!text.includes('⟨')) return undefined;
  const escape = (s: string): string => s.replace(/[\\$}]/g, (c) => `\\${c}`);
  let out = '';
  let stop = 0;
  let at = 0;
  // Placeholders are flat (the engine never nests them); a ⟨ without its ⟩ stays literal text.
  for (const m of text.matchAll(/⟨[^⟨⟩\n]{0,400}⟩/gu)) {
    out += escape(text.slice(at, m.index)) + `\${${++stop}:${escape(m[0])}}`;
    at = m.index! + m[0].length;
  }
  if (stop === 0) return undefined;
  return out + escape(text.slice(at));
}
