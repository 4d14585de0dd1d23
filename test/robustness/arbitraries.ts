// fast-check generators for text an author (or an accident) might hand the engine: Markdown built from
// the constructs that stress offsets and parsing (nested lists, tables, footnotes, HTML comments and
// rsplint directives, CRLF and lone CR, a BOM, astral characters right before a mention) and filled
// with the threshold language the engine looks for.
import fc from 'fast-check';

/** Fuzz budget: small by default so `npm test` stays fast; raise with RSPLINT_FUZZ_RUNS=5000. */
export function fuzzRuns(defaultRuns: number): number {
  const env = Number(process.env.RSPLINT_FUZZ_RUNS);
  return Number.isFinite(env) && env > 0 ? Math.floor(env) : defaultRuns;
}

/** A test timeout that grows with the fuzz budget (about 250 ms a run on a loaded 2-core machine). */
export function fuzzTimeout(defaultRuns: number): number {
  return Math.max(30_000, fuzzRuns(defaultRuns) * 250);
}

/** fast-check parameters: a fixed seed only when asked for (RSPLINT_FUZZ_SEED), to replay a failure. */
export function fuzzParams(defaultRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.RSPLINT_FUZZ_SEED);
  return { numRuns: fuzzRuns(defaultRuns), ...(Number.isFinite(seed) && process.env.RSPLINT_FUZZ_SEED ? { seed } : {}) };
}

/** Threshold language of every family, written the ways drafts write it. */
export const PHRASES = [
  'effective compute',
  'Effective Compute',
  'effective FLOP',
  'effective training compute',
  'E-FLOP',
  'compute-equivalent gain',
  'compute multiplier',
  'every 4x increase in effective compute',
  'every 4× increase in effective compute',
  'a >2x effective compute increase',
  'a four-fold increase in compute',
  'doubling of training compute',
  'an order of magnitude more compute',
  'a third of the original model’s compute',
  '10^26 FLOP',
  '10²⁶ FLOP',
  '10^{26} floating-point operations',
  '1e26 operations',
  '3 × 10^25 FLOP',
  'more than 10^26 integer or floating-point operations',
  '1026 FLOP',
  'a quantity of computing power determined by the Agency',
  'the cost of which exceeds one hundred million dollars',
  '$100,000,000 of compute',
  'speed up algorithmic progress by 3x',
  'two years of progress in one',
  'notably more capable',
  'a major algorithmic breakthrough',
  'a material increase in performance',
  'similar performance on benchmarks',
];

/** Words that state (or almost state) facets, and ordinary prose around them. */
const WORDS = [
  'the', 'model', 'we', 'will', 'must', 'every', 'whenever', 'if', 'evaluate', 'trigger', 'threshold', 'means',
  'We define', 'is defined as', 'baseline', 'relative to the 2023 recipe', 'measured on MMLU', 'e.g.',
  'such as', 'at a scale of 10^24 FLOP', 'excluding fine-tuning', 'including RL and scaffolding',
  'counted from the last model that completed a comprehensive evaluation', 'pre-training only',
  'cumulative', 'historically', 'was trained', 'estimated', 'previously', 'per second', 'FLOP/s', 'GPUs',
  'faster', '⟨baseline⟩', '⟨', '⟩', 'and', 'or', 'of', 'in', '4x', '10^', '^', '×', 'x', '%', '"', '“', '”',
  '‘', '’', '*', '**', '_', '~~', '`', '`code`', '[link](https://example.org)', '<br>', '&amp;', '\\',
  '[^1]', '[^note]', '|', ':', ';', '.', ',', '!', '?', '—', '…',
];

/** Characters that break naive offset arithmetic: astral (two UTF-16 units), combining, zero-width, RTL. */
const ODD = ['😀', '𝐀', '🏳️‍🌈', '𠀀', 'e\u0301', '\u200b', '\u200d', '\u00a0', '\u2028', '\u2029', 'ﬁ', 'שלום', '计算', 'İ', 'ß', '\t', '\uFFFD', '\uFEFF'];

const astral = fc.constantFrom('😀', '𝐀', '𠀀', '🏳️‍🌈', '\u{10FFFF}');
const odd = fc.constantFrom(...ODD);

/** A phrase, sometimes glued to an astral character right before it (the classic offset bug). */
const phrase = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.tuple(astral, fc.constantFrom('', ' '), fc.constantFrom(...PHRASES)).map(([a, s, p]) => a + s + p) },
);

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: phrase },
  { weight: 1, arbitrary: odd },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

export const sentence = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '.', ':', '', '?', ';', '…'))
  .map(([ts, end]) => ts.join(' ') + end);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(sentence, fc.constantFrom('Definitions', 'Glossary', 'Changelog', 'Thresholds')))
  .map(([level, text]) => `${'#'.repeat(level)} ${text}`);

const setextHeading = sentence.map((s) => `${s}\n${'='.repeat(3)}`);

const definition = fc
  .tuple(fc.constantFrom('**Effective compute** means', 'We define effective compute as', 'Effective compute: ', '“Covered model” means'), paragraph)
  .map(([lead, body]) => `${lead} ${body}`);

const listItem = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.', '2)'), fc.constantFrom('', '[ ] ', '[x] '), sentence);
const list = fc.array(listItem, { minLength: 1, maxLength: 8 }).map((items) => items.map(([depth, marker, task, text]) => `${'  '.repeat(depth * 2)}${marker} ${task}${text}`).join('\n'));

const cell = fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...WORDS), fc.constant(''), fc.constant('a \\| b'));
const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), fc.boolean())
  .chain(([cols, rows, ragged]) =>
    fc.tuple(
      fc.array(cell, { minLength: cols, maxLength: cols }),
      fc.array(fc.array(cell, { minLength: ragged ? 0 : cols, maxLength: ragged ? cols + 2 : cols }), { minLength: rows, maxLength: rows }),
      fc.constantFrom('---', ':--', '--:', ':-:'),
    ),
  )
  .map(([head, rows, align]) => [`| ${head.join(' | ')} |`, `|${head.map(() => align).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'));

const footnoteId = fc.constantFrom('1', '2', 'note', 'a-b', '😀', '10^26');
const footnoteRef = fc.tuple(sentence, footnoteId).map(([s, id]) => `${s}[^${id}] ${s}`);
const footnoteDef = fc.tuple(footnoteId, paragraph, fc.option(paragraph)).map(([id, p, more]) => `[^${id}]: ${p}${more ? `\n    ${more}` : ''}`);

const RULE_IDS = ['missing-baseline', 'missing-benchmark', 'missing-scale', 'missing-post-training', 'missing-reference', 'missing-counting-scope', 'no-such-rule', ''];
const directive = fc
  .tuple(
    fc.constantFrom('rsplint-disable-next-line', 'rsplint-disable-line', 'rsplint-disable', 'rsplint-enable', 'rsplint-disable-file', 'rsplint-disabled', 'RSPLINT-DISABLE'),
    fc.subarray(RULE_IDS),
    fc.constantFrom('', ' -- scale is fixed in Annex B', ' --', ' -- '),
    fc.constantFrom(' -->', '-->', ' --->', ''),
  )
  .map(([kind, rules, reason, close]) => `<!-- ${kind}${rules.length ? ' ' + rules.join(rules.length > 1 ? ', ' : ' ') : ''}${reason}${close}`);
const htmlComment = fc.oneof(directive, paragraph.map((p) => `<!-- ${p} -->`), fc.constant('<!--'), fc.constant('<div>\n\n10^26 FLOP\n\n</div>'));

const codeBlock = fc.tuple(fc.constantFrom('```', '~~~', '````'), paragraph, fc.boolean()).map(([fence, body, closed]) => `${fence}\n${body}\n${closed ? fence : ''}`);
const indentedCode = paragraph.map((p) => `    ${p}`);
const quote = fc.tuple(fc.integer({ min: 1, max: 4 }), paragraph).map(([depth, p]) => `${'> '.repeat(depth)}${p}`);
const thematic = fc.constantFrom('---', '***', '___');
const frontMatter = paragraph.map((p) => `---\ntitle: ${p.replace(/\n/g, ' ')}\n---`);
const mathBlock = fc.constantFrom('$$\n10^{26}\n$$', '$10^{26}$ FLOP');
const linkDef = fc.constantFrom('[link]: https://example.org "effective compute"', '[^]: empty');

const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 2, arbitrary: definition },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: footnoteRef },
  { weight: 2, arbitrary: footnoteDef },
  { weight: 3, arbitrary: htmlComment },
  { weight: 1, arbitrary: codeBlock },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: thematic },
  { weight: 1, arbitrary: mathBlock },
  { weight: 1, arbitrary: linkDef },
);

const separator = fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n', '\r\n', '\r\r', '\r', '\n\n\n', '\n \n');

/** Line endings applied to the whole document after it is built. */
const lineEndings = fc.constantFrom('keep', 'keep', 'crlf', 'cr', 'mixed');

function applyLineEndings(text: string, mode: string, flip: boolean[]): string {
  if (mode === 'keep') return text;
  let i = 0;
  return text.replace(/\r\n|\r|\n/g, () => {
    if (mode === 'crlf') return '\r\n';
    if (mode === 'cr') return '\r';
    const f = flip[i++ % Math.max(1, flip.length)];
    return f ? '\r' : '\r\n';
  });
}

/** A Markdown document made of random blocks, with random line endings and an optional BOM. */
export const markdownDocument = fc
  .tuple(
    fc.option(frontMatter, { freq: 8 }),
    fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 12 }),
    lineEndings,
    fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    fc.boolean(),
    fc.constantFrom('', '\n', '\r\n', '\r', '  '),
  )
  .map(([fm, blocks, endings, flip, bom, tail]) => {
    const body = (fm ? fm + '\n' : '') + blocks.map(([b, s]) => b + s).join('') + tail;
    return (bom ? '\uFEFF' : '') + applyLineEndings(body, endings, flip);
  });

/** Any UTF-16 string, lone surrogates included (what a broken decoder or a binary file can produce). */
export const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

/** Any sequence of Unicode code points. */
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 300 });

/** Random Unicode spliced into policy text: mostly prose, with garbage in unexpected places. */
export const policyWithNoise = fc
  .tuple(fc.array(fc.oneof(sentence, anyUnicode, fc.constantFrom(...PHRASES)), { minLength: 1, maxLength: 8 }), fc.array(separator, { minLength: 1, maxLength: 8 }))
  .map(([parts, seps]) => parts.map((p, i) => p + seps[i % seps.length]).join(''));
