// The adversarial inputs of issue 5, built deterministically. One definition for two users:
// test/robustness/adversarial.test.ts checks what the engine makes of each (within a budget that allows
// for a loaded test run), and `npm run bench` times each on its own against the 2 s bar.

export const TRIGGER = 'every 4x increase in effective compute';

/** A deterministic byte stream (xorshift32), so a failure replays exactly. */
export function pseudoRandomBytes(length, seed = 0x9e3779b9) {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function concat(parts) {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** name → { text(), language } ; `text()` builds the input afresh on each call. */
export const ADVERSARIAL_INPUTS = {
  'a 1 MB single line': {
    text() {
      const filler = 'the committee reviews the deployment record and the incident log with care, ';
      const clause = `and ${TRIGGER} triggers a review, `;
      let text = '';
      while (text.length < 1_000_000) text += clause + filler.repeat(Math.ceil(4000 / filler.length));
      return `${text}and ${TRIGGER} triggers a final review.`;
    },
  },
  '100,000 × "effective "': { text: () => 'effective '.repeat(100_000) + 'compute.' },
  '100,000 × "4x "': { text: () => '4x '.repeat(100_000) },
  '100,000 × "10^"': { text: () => '10^'.repeat(100_000) },
  '100,000 × "every 4x increase in "': { text: () => 'every 4x increase in '.repeat(100_000) + 'effective compute.' },
  'a list nested 10,000 deep': { text: () => `# Policy\n\n${'- '.repeat(10_000)}We will evaluate ${TRIGGER}.\n` },
  'a 5,000-row table': {
    text() {
      const rows = ['| Clause | Requirement |', '|---|---|'];
      for (let i = 1; i <= 5000; i++) rows.push(i % 10 === 1 || i === 5000 ? `| ${i} | We will evaluate ${TRIGGER}. |` : `| ${i} | Keep the access log for ${i} days. |`);
      return `# Thresholds\n\n${rows.join('\n')}\n`;
    },
  },
  '50,000 footnotes': {
    text() {
      const refs = [];
      const defs = [];
      for (let i = 1; i <= 50_000; i++) {
        refs.push(`Clause ${i} applies.[^${i}]`);
        defs.push(`[^${i}]: Source ${i}.`);
      }
      return `# Policy\n\nWe will evaluate ${TRIGGER}.[^1]\n\n${refs.join('\n')}\n\n${defs.join('\n')}\n`;
    },
  },
  '4,000 Definitions sections (issue 12)': {
    text() {
      let text = '';
      for (let i = 0; i < 4000; i++) text += `# Definitions ${i}\n\n**Effective compute** means x.\n\n`;
      return text;
    },
  },
  'a binary file (1 MB of random bytes)': { text: () => new TextDecoder('utf-8').decode(pseudoRandomBytes(1_000_000)) },
  'a binary file read as plain text': { text: () => new TextDecoder('utf-8').decode(pseudoRandomBytes(1_000_000, 12345)), language: 'plaintext' },
  'invalid UTF-8 around policy text': {
    text() {
      const enc = new TextEncoder();
      const parts = [];
      const invalid = [Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xf4, 0x90, 0x80, 0x80), Uint8Array.of(0x80, 0x80)];
      for (let i = 0; i < 1000; i++) {
        parts.push(enc.encode(`Paragraph ${i}: `), invalid[i % invalid.length], enc.encode(`we will evaluate ${TRIGGER} `), invalid[(i + 3) % invalid.length], enc.encode('above 10^26 FLOP.\n\n'));
      }
      return new TextDecoder('utf-8').decode(concat(parts));
    },
  },
};
