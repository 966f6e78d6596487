/**
 * Largest values of the counts in schemas/*.json (`maximum`, kept equal by a test). A value
 * the schema refuses is reported there and shown nowhere else: a preview or an export never
 * prints `Infinity` or `1e+300 participants`.
 */
export const MAX_HEAD_COUNT = 100_000; // participants, a group's size
export const MAX_POPULATION = 100_000_000; // a territory's inhabitants

/** The value when it is a whole number from `min` to `max`, else undefined. */
export function countUpTo(value: unknown, max: number, min = 0): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}
