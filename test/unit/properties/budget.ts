/**
 * How many cases each property runs. `npm test` runs a CI-sized budget (a few thousand
 * cases in all); `npm run fuzz` sets DEROULE_FUZZ_RUNS to multiply it. The seed is random
 * unless DEROULE_FUZZ_SEED is set: fast-check prints the seed and the path of any failure
 * (`{ seed, path }`), which replays it exactly.
 */
import fc from 'fast-check';

const factor = Math.max(1, Number(process.env.DEROULE_FUZZ_RUNS ?? '1') || 1);
const seed = process.env.DEROULE_FUZZ_SEED === undefined ? undefined : Number(process.env.DEROULE_FUZZ_SEED);

/** Parameters for `fc.assert`: `runs` at the CI budget, scaled up by DEROULE_FUZZ_RUNS. */
export function budget(runs: number): fc.Parameters<unknown> {
  return { numRuns: runs * factor, endOnFailure: false, ...(seed !== undefined ? { seed } : {}) };
}
