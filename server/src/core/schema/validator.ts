/**
 * The JSON Schemas of `schemas/`, as validation code that ajv generated at build time
 * (scripts/compileSchemas.mjs → validators.generated.ts; a unit test keeps it in step with
 * the schemas). The checker validates with exactly the published schemas, and never pays
 * for ajv's compiler at start-up.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import programmeSchema from '../../../../schemas/programme.schema.json';
import missionSchema from '../../../../schemas/mission.schema.json';
import configSchema from '../../../../schemas/config.schema.json';
import type { DocumentKind } from '../types';

import * as generated from './validators.generated';

/** The schemas the checker validates with: the two kinds of document, and a project's `.deroule.yaml`. */
export type SchemaName = DocumentKind | 'config';

const compiled = generated as unknown as Record<SchemaName | 'programmeDay', ValidateFunction>;

export function validate(kind: SchemaName, data: unknown): ErrorObject[] {
  if (kind === 'programme' && typeof data === 'object' && data !== null && Array.isArray((data as { days?: unknown }).days)) {
    return validateByDay(data as Record<string, unknown> & { days: unknown[] });
  }
  const fn = compiled[kind];
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/** Errors of a day, by its data object, with the index it was validated at. */
const dayErrors = new WeakMap<object, { index: number; errors: ErrorObject[] }>();

/**
 * A programme with `days`: the top level is validated with an empty list of days, then each
 * day with the day schema, at its place. That is the same set of errors as validating the
 * whole (the schema applies the day schema to every item of `days` unconditionally, which
 * scripts/compileSchemas.mjs checks, and a unit test compares the two), and a day whose
 * data object is unchanged since the last check (parse/fast/incremental.ts shares them) is not
 * validated again. A document seen for the first time is validated whole, and its errors
 * filed by day.
 */
function validateByDay(data: Record<string, unknown> & { days: unknown[] }): ErrorObject[] {
  const days = data.days;
  const known = (item: unknown, index: number) => {
    const entry = typeof item === 'object' && item !== null ? dayErrors.get(item) : undefined;
    return entry && entry.index === index ? entry : undefined;
  };
  // A document seen for the first time (most days unknown): one validation of the whole,
  // whose errors are then filed by day for the next edit. The same errors, in the same
  // order (the top level's, then each day's), as the day-by-day path below.
  let unknown = 0;
  for (let i = 0; i < days.length && unknown * 2 <= days.length; i++) if (!known(days[i], i)) unknown++;
  if (unknown * 2 > days.length) return validateWhole(data, days);

  const top = compiled.programme;
  const errors = top({ ...data, days: [] }) ? [] : [...(top.errors ?? [])];
  const day = compiled.programmeDay;
  days.forEach((item, index) => {
    const entry = known(item, index);
    if (entry) {
      errors.push(...entry.errors);
      return;
    }
    const context = { instancePath: `/days/${index}`, parentData: days, parentDataProperty: index, rootData: data, dynamicAnchors: {} };
    const found = (day as unknown as (d: unknown, c: typeof context) => boolean)(item, context) ? [] : [...(day.errors ?? [])];
    if (typeof item === 'object' && item !== null) dayErrors.set(item, { index, errors: found });
    errors.push(...found);
  });
  return errors;
}

const DAY_PATH = /^\/days\/(\d+)(?:\/|$)/;

function validateWhole(data: unknown, days: unknown[]): ErrorObject[] {
  const fn = compiled.programme;
  const all = fn(data) ? [] : [...(fn.errors ?? [])];
  const top: ErrorObject[] = [];
  const byDay: ErrorObject[][] = days.map(() => []);
  for (const e of all) {
    const m = DAY_PATH.exec(e.instancePath);
    if (m) byDay[Number(m[1])]!.push(e);
    else top.push(e);
  }
  days.forEach((item, index) => {
    if (typeof item === 'object' && item !== null) dayErrors.set(item, { index, errors: byDay[index]! });
  });
  return top.concat(...byDay);
}

export function schemaFor(kind: SchemaName): typeof programmeSchema | typeof missionSchema | typeof configSchema {
  return kind === 'config' ? configSchema : kind === 'mission' ? missionSchema : programmeSchema;
}
