// Every cue row, by facet and variant. A row list for a (facet, variant, configured benchmarks) key is
// built once and is the same array each time, so cue searches can be remembered per block.
import type { FacetId } from '../../types';
import { cue, servesVariant, type CueRow, type CueVariant } from '../cue';
import { BASELINE } from './baseline';
import { BENCHMARK } from './benchmark';
import { COST_COUNTING, COUNTING } from './counting';
import { POST_TRAINING } from './post-training';
import { REFERENCE } from './reference';
import { SCALE } from './scale';

export const CUE_ROWS: readonly CueRow[] = [...BASELINE, ...BENCHMARK, ...SCALE, ...POST_TRAINING, ...REFERENCE, ...COUNTING, ...COST_COUNTING];

const LISTS = new Map<string, CueRow[]>();

export function cueRowsFor(facet: FacetId, variant: CueVariant, extraBenchmarks?: RegExp): CueRow[] {
  const extra = facet === 'benchmark' ? (extraBenchmarks?.source ?? '') : '';
  const key = `${facet}|${variant}|${extra}`;
  let rows = LISTS.get(key);
  if (rows) return rows;
  rows = CUE_ROWS.filter((r) => r.facet === facet && servesVariant(r, variant));
  if (extra && extraBenchmarks) {
    rows = [...rows, cue({ id: 'benchmark.configured-name', facet: 'benchmark', pattern: extraBenchmarks, source: '.rsplint.json options.benchmarks', states: [], doesNotState: [] })];
  }
  if (LISTS.size > 256) LISTS.clear();
  LISTS.set(key, rows);
  return rows;
}
