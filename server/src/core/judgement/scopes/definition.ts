// The definition in force for the mention's term, every other definition of the same term (a glossary row
// and a footnote often share the work), and the definitions those use in turn: a definition of effective
// compute that relies on a separately defined reference recipe or comparison model (followed with a visited
// set, three steps at most).
import type { ResolvedDefinition } from '../../definitions';
import type { FacetId } from '../../types';
import { crossReferencedBlocks } from './cross-reference';
import { supplementsOf } from './purpose-clause';
import { containsWord, wholeBlock, type ScopeContext, type ScopeProvider, type ScopeRegion } from './scope';

const MAX_DEPTH = 3;
const EC_DEFINITION_FACETS: readonly FacetId[] = ['baseline', 'benchmark', 'scale', 'postTraining'];

/** Regions by definition, once per analysis: every mention of a term shares its definition's text. */
const DEFINITION_REGIONS = new WeakMap<ScopeContext, Map<ResolvedDefinition, ScopeRegion[]>>();
const REFERENCED = new WeakMap<ScopeContext, Map<ResolvedDefinition, ResolvedDefinition[]>>();

function memo<T>(store: WeakMap<ScopeContext, Map<ResolvedDefinition, T>>, ctx: ScopeContext, d: ResolvedDefinition, make: () => T): T {
  let byDef = store.get(ctx);
  if (!byDef) store.set(ctx, (byDef = new Map()));
  let v = byDef.get(d);
  if (v === undefined) byDef.set(d, (v = make()));
  return v;
}

export const definitionScope: ScopeProvider = {
  id: 'definition',
  where: 'the definition',
  regions(_m, ctx, definition) {
    if (!definition) return [];
    return memo(DEFINITION_REGIONS, ctx, definition, () => {
      const regions = definitionRegions(definition, ctx);
      // A definition of effective compute says what the quantity is; "relative to the Reference Model"
      // there is its baseline, not the comparison point of each threshold counted in it (corpus rule 5).
      return definition.term === 'effective compute' ? regions.map((r) => ({ ...r, facets: EC_DEFINITION_FACETS })) : regions;
    });
  },
};

/** Other definitions of the same term read with the one in force: a real policy has a handful; a generated
 * file with thousands must not make every mention read every one of them. */
export const MAX_SAME_TERM_DEFINITIONS = 8;

function definitionRegions(definition: ResolvedDefinition, ctx: ScopeContext): ScopeRegion[] {
  const all = ctx.definitionsByTerm.get(definition.term) ?? [definition];
  const out: ScopeRegion[] = [];
  const others: ResolvedDefinition[] = [];
  for (let i = 0; i < all.length && others.length < MAX_SAME_TERM_DEFINITIONS; i++) if (all[i] !== definition) others.push(all[i]!);
  for (const d of [definition, ...others]) {
    for (const b of d.blocks) out.push(wholeBlock(b, d.source ? 'glossary' : 'definition', d.source));
    if (!d.source) {
      for (const b of supplementsOf(d.blocks[0]!, ctx)) out.push(wholeBlock(b, 'definition'));
      // "… determined in accordance with Annex II": the method the definition points to is part of it.
      for (const b of crossReferencedBlocks(d.blocks[0]!.norm.text, d.blocks[0]!, ctx, true)) out.push(wholeBlock(b, 'definition'));
    }
  }
  return out;
}

export const referencedDefinitionScope: ScopeProvider = {
  id: 'referenced-definition',
  where: 'a definition that the definition relies on',
  regions(_m, ctx, definition) {
    if (!definition) return [];
    // A referenced definition may itself hand over to a numbered item ("BASELINE METHOD means the method
    // described in Item 6 of the Schedule"): what it points to is part of it (a whole section is not).
    return referencedDefinitions(definition, ctx).flatMap((d) => {
      const regions = [
        ...d.blocks.map((b) => wholeBlock(b, 'referenced-definition', d.source)),
        ...(d.source ? [] : crossReferencedBlocks(d.blocks[0]!.norm.text, d.blocks[0]!, ctx, true, false).map((b) => wholeBlock(b, 'referenced-definition'))),
      ];
      // A definition the definition relies on speaks for what its term is: a validation set's freeze date
      // is the benchmark's version, not the baseline recipe's date.
      const facets = facetsOfTerm(d.term);
      return facets ? regions.map((r) => ({ ...r, facets })) : regions;
    });
  },
};

const MEASURE_TERM = /\b(?:set|corpus|suite|benchmark|battery|metric|measure(?:ment)?|basis|evaluations?|tests?|dataset|loss|score)\b/;
const RECIPE_TERM = /\b(?:recipe|method|methods|baseline|architecture|setup|procedure|algorithms?|techniques?)\b/;

/** The facets a referenced definition can state, by what its term names; undefined when it may state any. */
function facetsOfTerm(term: string): FacetId[] | undefined {
  const measure = MEASURE_TERM.test(term);
  const recipe = RECIPE_TERM.test(term);
  if (measure && !recipe) return ['benchmark'];
  if (recipe && !measure) return ['baseline', 'scale', 'postTraining'];
  return undefined;
}

/** Definitions of other terms named inside `definition`'s text, transitively (once per definition). */
export function referencedDefinitions(definition: ResolvedDefinition, ctx: ScopeContext): ResolvedDefinition[] {
  return memo(REFERENCED, ctx, definition, () => findReferenced(definition, ctx));
}

function findReferenced(definition: ResolvedDefinition, ctx: ScopeContext): ResolvedDefinition[] {
  const visited = new Set<string>([definition.term]);
  const out: ResolvedDefinition[] = [];
  let frontier = [definition];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
    const next: ResolvedDefinition[] = [];
    const raw = frontier.flatMap((d) => d.blocks.map((b) => b.norm.text)).join('\n');
    const text = raw.toLowerCase();
    // A term is used by its name or by the abbreviation the document coined for it ("The yearly growth in EC").
    const named = (term: string): boolean => containsWord(text, term) || ctx.abbreviations.some((a) => a.term === term && containsWord(raw, a.abbr));
    for (const [term, defs] of ctx.definitionsByTerm) {
      if (visited.has(term) || term.length < 4 || !named(term)) continue;
      visited.add(term);
      out.push(...defs);
      next.push(...defs);
    }
    frontier = next;
  }
  return out;
}
