// An editor re-analyses after every keystroke with the document's parse cache; the result must be
// exactly what a fresh analysis of the same text gives, whatever the edit history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createParseCache } from '../../server/src/lint';

const draft = readFileSync(join(__dirname, '..', '..', 'examples', 'rsp-draft.md'), 'utf8');
const SNIPPETS = ['x', ' ', '\n', '\n\n', '4x ', 'effective compute', '10^26 FLOP', '[^1]', '```\n', '<!-- ', ' -->', '# Definitions\n', '- ', '> ', '| a | b |\n'];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('analysis with a parse cache', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`equals a fresh analysis after every edit of a random sequence (seed ${seed})`, () => {
      const rnd = seeded(seed);
      const cache = createParseCache();
      let text = draft;
      for (let step = 0; step < 40; step++) {
        const at = Math.floor(rnd() * text.length);
        const kind = rnd();
        if (kind < 0.4) text = text.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + text.slice(at);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 30));
        else {
          const from = Math.floor(rnd() * text.length);
          text = text.slice(0, at) + text.slice(from, from + 200) + text.slice(at);
        }
        const cached = analyze(text, { cache });
        const fresh = analyze(text);
        expect(cached.findings).toEqual(fresh.findings);
        expect(cached.mentions).toEqual(fresh.mentions);
      }
    });
  }
});
