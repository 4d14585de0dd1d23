// Validation sets that were first measured blind (figures in README.md › Accuracy) and then absorbed:
// fresh drafts in policy teams' styles and further real documents, annotated by helpers who never saw the
// engine, following ../shared/corpus/README.md. They are tuned on now, so these floors guard against
// regressions; they do not measure generalisation. Scored exactly as the dev corpus is: the built CLI's
// JSON output through ../shared/tools/score.mjs (skipped where ../shared is not beside the repository).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const scorer = resolve(root, '..', 'shared', 'tools', 'score.mjs');
const present = existsSync(scorer);
if (!present) console.warn(`absorbed-set scores skipped: ${scorer} is not beside the repository`);

/**
 * Floors a little under the figures after tuning (README.md › Accuracy), so noise does not fail CI. Five were
 * lowered in session 19 by the partial-definition role (a sentence that states one of the metric's facets is
 * a mention, corpus rule 15): over all absorbed sets it added 72 correct findings and 34 wrong ones, and these
 * five sets' annotators did not annotate such sentences.
 */
const FLOORS: Record<string, { f1: number; precision: number }> = {
  'drafts-a': { f1: 0.8, precision: 0.85 },
  'drafts-b': { f1: 0.8, precision: 0.85 },
  'real-c': { f1: 0.6, precision: 0.7 },
  'drafts-d': { f1: 0.68, precision: 0.7 },
  'drafts-e': { f1: 0.78, precision: 0.85 },
  'drafts-f': { f1: 0.74, precision: 0.8 },
  'drafts-g': { f1: 0.78, precision: 0.78 },
  'drafts-h': { f1: 0.6, precision: 0.65 },
  'drafts-i': { f1: 0.25, precision: 0.2 },
  'real-j': { f1: 0.8, precision: 0.9 },
  'real-l': { f1: 0.45, precision: 0.9 },
  'drafts-k': { f1: 0.78, precision: 0.85 },
  'drafts-m': { f1: 0.5, precision: 0.55 },
  'drafts-n': { f1: 0.55, precision: 0.62 },
  'real-o': { f1: 0.9, precision: 0.9 },
  'drafts-q': { f1: 0.65, precision: 0.68 },
  'drafts-s': { f1: 0.5, precision: 0.48 },
  'drafts-t': { f1: 0.52, precision: 0.75 },
  'drafts-u': { f1: 0.5, precision: 0.55 },
  'real-v': { f1: 0.75, precision: 0.8 },
  'drafts-w': { f1: 0.6, precision: 0.58 },
  'real-x': { f1: 0.75, precision: 0.85 },
  'drafts-y': { f1: 0.6, precision: 0.53 },
  'drafts-z': { f1: 0.5, precision: 0.45 },
  'drafts-aa': { f1: 0.7, precision: 0.9 },
  'drafts-ab': { f1: 0.47, precision: 0.55 },
  'drafts-ac': { f1: 0.55, precision: 0.54 },
  'real-ad': { f1: 0.2, precision: 0.9 },
  'drafts-ae': { f1: 0.63, precision: 0.65 },
  'drafts-af': { f1: 0.42, precision: 0.44 },
  'drafts-ag': { f1: 0.52, precision: 0.48 },
  'drafts-ah': { f1: 0.38, precision: 0.36 },
  'drafts-ai': { f1: 0.66, precision: 0.72 },
  'drafts-aj': { f1: 0.55, precision: 0.56 },
  'drafts-ak': { f1: 0.54, precision: 0.52 },
  'drafts-al': { f1: 0.2, precision: 0.2 },
  'drafts-am': { f1: 0.78, precision: 0.67 },
  'drafts-an': { f1: 0.62, precision: 0.57 },
  'drafts-ao': { f1: 0.74, precision: 0.75 }, // lowered in session 19: partial definitions (see README › Accuracy)
  'drafts-aq': { f1: 0.48, precision: 0.41 },
  'drafts-ar': { f1: 0.63, precision: 0.64 },
  'drafts-as': { f1: 0.51, precision: 0.52 },
  'real-ap': { f1: 0.33, precision: 0.6 },
  'drafts-at': { f1: 0.73, precision: 0.86 },
  'drafts-au': { f1: 0.58, precision: 0.5 },
  'drafts-av': { f1: 0.66, precision: 0.67 },
  'drafts-aw': { f1: 0.9, precision: 0.9 },
  'drafts-ax': { f1: 0.75, precision: 0.7 },
  'drafts-ay': { f1: 0.72, precision: 0.88 },
  'drafts-az': { f1: 0.8, precision: 0.8 },
  'drafts-ba': { f1: 0.64, precision: 0.7 },
  'drafts-bb': { f1: 0.62, precision: 0.66 },
  'drafts-bc': { f1: 0.8, precision: 0.8 },
  'drafts-bd': { f1: 0.58, precision: 0.62 },
  'drafts-be': { f1: 0.88, precision: 0.85 },
  'drafts-bf': { f1: 0.66, precision: 0.58 },
  'drafts-bg': { f1: 0.83, precision: 0.8 },
  'drafts-bh': { f1: 0.65, precision: 0.58 },
  'drafts-bi': { f1: 0.76, precision: 0.76 },
  'drafts-bj': { f1: 0.6, precision: 0.65 },
  'drafts-bk': { f1: 0.69, precision: 0.66 },
  // Measured blind at the end of one session; the next session's changes kept or raised them.
  'drafts-bl': { f1: 0.75, precision: 0.7 },
  'drafts-bm': { f1: 0.66, precision: 0.62 },
  'drafts-bn': { f1: 0.64, precision: 0.6 }, // lowered in session 19: partial definitions (see README › Accuracy)
  'drafts-bo': { f1: 0.8, precision: 0.8 }, // lowered in session 19: partial definitions (see README › Accuracy)
  'drafts-bp': { f1: 0.56, precision: 0.58 },
  'drafts-bq': { f1: 0.72, precision: 0.62 },
  // Rounds 13–15 (7 December 2026): measured blind, then tuned on (README.md › Accuracy).
  'drafts-br': { f1: 0.86, precision: 0.83 },
  'drafts-bs': { f1: 0.74, precision: 0.7 },
  'drafts-bt': { f1: 0.63, precision: 0.59 },
  'drafts-bu': { f1: 0.87, precision: 0.95 },
  'drafts-bv': { f1: 0.63, precision: 0.61 },
  'drafts-bw': { f1: 0.87, precision: 0.87 },
  'drafts-bx': { f1: 0.65, precision: 0.68 },
  'drafts-by': { f1: 0.75, precision: 0.95 },
  'drafts-bz': { f1: 0.63, precision: 0.75 },
  // Rounds 16–17: measured blind on the session's engine of the moment, then tuned on.
  'drafts-ca': { f1: 0.79, precision: 0.69 },
  'drafts-cb': { f1: 0.86, precision: 0.83 },
  'drafts-cc': { f1: 0.75, precision: 0.9 },
  'drafts-cd': { f1: 0.75, precision: 0.77 },
  'drafts-ce': { f1: 0.74, precision: 0.64 },
  'drafts-cf': { f1: 0.84, precision: 0.85 },
  // Round 18: measured blind, then tuned on by one commit.
  'drafts-cg': { f1: 0.79, precision: 0.84 },
  'drafts-ch': { f1: 0.79, precision: 0.85 },
  'drafts-ci': { f1: 0.74, precision: 0.79 }, // lowered in session 19: partial definitions (see README › Accuracy)
  // Round 19: measured blind, then tuned on by one commit.
  'drafts-cj': { f1: 0.64, precision: 0.75 },
  'drafts-ck': { f1: 0.66, precision: 0.8 },
  'drafts-cl': { f1: 0.78, precision: 0.88 },
  // Round 20: measured blind on the session's final engine and not tuned on: floors just under the blind figures.
  'drafts-cm': { f1: 0.66, precision: 0.73 },
  'drafts-cn': { f1: 0.74, precision: 0.68 },
  'drafts-co': { f1: 0.8, precision: 0.8 },
  'drafts-cp': { f1: 0.78, precision: 0.9 },
  'drafts-cq': { f1: 0.68, precision: 0.75 },
  'drafts-cr': { f1: 0.82, precision: 0.88 },
  'drafts-cs': { f1: 0.7, precision: 0.72 }, // lowered in session 19: partial definitions (see README › Accuracy)
  'drafts-ct': { f1: 0.57, precision: 0.54 },
  'drafts-cu': { f1: 0.95, precision: 0.95 },
  'drafts-cv': { f1: 0.92, precision: 0.9 },
  'drafts-cw': { f1: 0.69, precision: 0.72 },
  'drafts-cx': { f1: 0.87, precision: 0.84 },
  'drafts-cy': { f1: 0.92, precision: 0.93 },
  // Round 24: measured on the session's final engine and not tuned on; floors just under the blind figures.
  'drafts-cz': { f1: 0.69, precision: 0.74 },
  'drafts-da': { f1: 0.74, precision: 0.88 },
  'drafts-db': { f1: 0.78, precision: 0.75 },
  // Round 25 (session 19): measured blind at ac5a105, then tuned on; floors just under the tuned figures.
  'drafts-dc': { f1: 0.66, precision: 0.9 },
  'drafts-dd': { f1: 0.92, precision: 0.9 },
  'drafts-de': { f1: 0.87, precision: 0.92 },
  // Round 26 (session 19): measured blind at 6b1a7ad, then tuned on.
  'drafts-dg': { f1: 0.82, precision: 0.79 },
  'drafts-dh': { f1: 0.86, precision: 0.83 },
  'drafts-di': { f1: 0.77, precision: 0.93 },
  // Round 27 (session 19): measured blind at 18070d3, then tuned on.
  'drafts-dj': { f1: 0.58, precision: 0.47 },
  'drafts-dk': { f1: 0.85, precision: 0.82 },
  'drafts-dl': { f1: 0.74, precision: 0.74 },
  // Round 28: measured on the session's final engine (3deb6f5) and not tuned on; floors just under the blind figures.
  'drafts-dm': { f1: 0.84, precision: 0.87 },
  'drafts-dn': { f1: 0.81, precision: 0.89 },
  'drafts-do': { f1: 0.43, precision: 0.59 },
  // Round 29: measured on the session's final engine (efb42e8) and not tuned on; floors just under the blind figures.
  'drafts-dp': { f1: 0.52, precision: 0.49 },
  'drafts-dq': { f1: 0.76, precision: 0.85 },
  'drafts-dr': { f1: 0.58, precision: 0.59 },
  // Round 30 (session 20): measured blind at 2cb94a0 (ds F1 0.59, dt 0.66, du 0.66), then tuned on.
  'drafts-ds': { f1: 0.71, precision: 0.73 },
  'drafts-dt': { f1: 0.80, precision: 0.77 },
  'drafts-du': { f1: 0.74, precision: 0.83 },
  // Round 31 (session 20): measured blind at 28d70f1 (dv F1 0.80, dw 0.77, dx 0.85), then tuned on.
  'drafts-dv': { f1: 0.82, precision: 0.92 },
  'drafts-dw': { f1: 0.91, precision: 0.85 },
  'drafts-dx': { f1: 0.88, precision: 0.91 },
  // Round 32: measured on 0994735 before anyone read it; floors just under the blind figures (tuned on a little after).
  'drafts-dy': { f1: 0.78, precision: 0.77 },
  'drafts-dz': { f1: 0.66, precision: 0.69 },
  'drafts-ea': { f1: 0.53, precision: 0.77 },
  // Round 33: measured on the session's final engine (c362882) before anyone read it; floors just under the blind figures.
  'drafts-eb': { f1: 0.76, precision: 0.73 },
  'drafts-ec': { f1: 0.56, precision: 0.78 },
  'drafts-ed': { f1: 0.72, precision: 0.90 },
  // Round 34: measured on the session's final engine (4f44857) before anyone read it (ee F1 0.52, ef 0.64,
  // eg 0.49), then tuned on a little.
  'drafts-ee': { f1: 0.67, precision: 0.67 },
  'drafts-ef': { f1: 0.65, precision: 0.61 },
  'drafts-eg': { f1: 0.48, precision: 0.57 },
  // Round 35: measured on 02ae4ec before anyone read it; floors just under the blind figures (three rows added after).
  'drafts-eh': { f1: 0.66, precision: 0.72 },
  'drafts-ei': { f1: 0.82, precision: 0.74 },
  'drafts-ej': { f1: 0.84, precision: 0.79 },
  // Round 36: measured on 13f5f5a before anyone read it; floors just under the blind figures.
  'drafts-ek': { f1: 0.89, precision: 0.95 },
  'drafts-el': { f1: 0.89, precision: 0.86 },
  'drafts-em': { f1: 0.76, precision: 0.63 },
  // Round 37: measured on df6fc73 before anyone read it; floors just under the blind figures.
  'drafts-en': { f1: 0.83, precision: 0.98 },
  'drafts-eo': { f1: 0.68, precision: 0.79 },
  'drafts-ep': { f1: 0.77, precision: 0.75 },
  // Round 38: measured on 62fe87b before anyone read it; floors just under the blind figures.
  'drafts-eq': { f1: 0.63, precision: 0.69 },
  'drafts-er': { f1: 0.40, precision: 0.45 },
  'drafts-es': { f1: 0.84, precision: 0.90 },
  // Round 39: measured on 0060774 before anyone read it; floors just under the blind figures.
  'drafts-et': { f1: 0.70, precision: 0.90 },
  'drafts-eu': { f1: 0.63, precision: 0.57 },
  'drafts-ev': { f1: 0.73, precision: 0.88 },
  // Round 40: measured on e9f71ac before anyone read it; floors just under the blind figures.
  'drafts-ew': { f1: 0.78, precision: 0.84 },
  'drafts-ex': { f1: 0.94, precision: 0.90 },
  'drafts-ey': { f1: 0.75, precision: 0.61 },
  // Round 41: measured on 4b9084c before anyone read it; floors just under the blind figures.
  'drafts-ez': { f1: 0.61, precision: 0.62 },
  'drafts-fa': { f1: 0.73, precision: 0.72 },
  'drafts-fb': { f1: 0.64, precision: 0.58 },
  // Round 42: measured on 3dcd5fb before anyone read it; floors just under the blind figures.
  'drafts-fc': { f1: 0.72, precision: 0.94 },
  'drafts-fd': { f1: 0.66, precision: 0.69 },
  'drafts-fe': { f1: 0.72, precision: 0.81 },
  // Round 43: measured on a5f0c69 before anyone read it; floors just under the blind figures.
  'drafts-ff': { f1: 0.76, precision: 0.76 },
  'drafts-fg': { f1: 0.50, precision: 0.54 },
  'drafts-fh': { f1: 0.59, precision: 0.57 },
  // Round 44: measured on b9bb82f before anyone read it; floors just under the blind figures.
  'drafts-fi': { f1: 0.87, precision: 0.81 },
  'drafts-fj': { f1: 0.79, precision: 0.75 },
  'drafts-fk': { f1: 0.67, precision: 0.71 },
  // Round 45: measured on 879d97b before anyone read it; floors just under the blind figures.
  'drafts-fl': { f1: 0.54, precision: 0.56 },
  'drafts-fm': { f1: 0.57, precision: 0.65 },
  'drafts-fn': { f1: 0.88, precision: 0.88 },
  // Round 46: measured on 1b5af17 (the session's final engine) before anyone read it; two rows widened after it.
  'drafts-fo': { f1: 0.89, precision: 0.89 },
  'drafts-fp': { f1: 0.79, precision: 0.92 },
  'drafts-fq': { f1: 0.66, precision: 0.92 },
  // Round 47: measured on 3d8d29c (the engine that landed) before anyone read it; not tuned on.
  // Round 48: measured on 9526b5d (the engine that landed in session 21) before anyone read it.
  'drafts-fu': { f1: 0.39, precision: 0.45 },
  'drafts-fv': { f1: 0.44, precision: 0.38 },
  'drafts-fw': { f1: 0.54, precision: 0.71 },
  // Round 49: measured on af294c1 before anyone read it.
  'drafts-fx': { f1: 0.66, precision: 0.61 },
  'drafts-fy': { f1: 0.33, precision: 0.33 },
  'drafts-fz': { f1: 0.26, precision: 0.18 },
  // Round 50: measured on b2bd2a0 (the seventh session's final engine) before anyone read it; not tuned on.
  'drafts-ga': { f1: 0.78, precision: 0.78 },
  'drafts-gb': { f1: 0.55, precision: 0.7 },
  'drafts-gc': { f1: 0.51, precision: 0.43 },
  'drafts-fr': { f1: 0.86, precision: 0.84 },
  'drafts-fs': { f1: 0.71, precision: 0.68 },
  'drafts-ft': { f1: 0.55, precision: 0.52 },
};

const run = promisify(execFile);

/** The CLI's JSON report; exit status 1 (findings) is a normal outcome, anything else fails. */
async function lint(files: string[]): Promise<string> {
  try {
    return (await run(process.execPath, [join(root, 'bin', 'rsplint.js'), '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    if (e.code === 1 && e.stdout) return e.stdout;
    throw error;
  }
}

// Asynchronous on purpose: over a hundred sets of synchronous child processes would block the test worker
// for more than the 60 s in which vitest's runner expects an answer ("Timeout calling onTaskUpdate").
describe.skipIf(!present)('absorbed validation sets (tuned on after their blind measurement)', () => {
  it.each(Object.keys(FLOORS))('%s stays at or above its floor', async (set) => {
    const dir = join(__dirname, 'absorbed', set);
    const files = readdirSync(dir).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => join(dir, f));
    const out = join(mkdtempSync(join(tmpdir(), 'rsplint-absorbed-')), `${set}.json`);
    writeFileSync(out, await lint(files));
    const report = JSON.parse((await run(process.execPath, [scorer, '--gold', join(dir, 'gold.json'), '--near', join(dir, 'near_misses.json'), '--json', out], { encoding: 'utf8' })).stdout);
    expect(report.overall.f1).toBeGreaterThanOrEqual(FLOORS[set]!.f1);
    expect(report.overall.precision).toBeGreaterThanOrEqual(FLOORS[set]!.precision);
  });
});
