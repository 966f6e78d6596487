/**
 * The JSON Schemas of `schemas/`, as validation code that ajv generated at build time
 * (scripts/compileSchemas.mjs → validators.generated.ts; a unit test keeps it in step with
 * the schemas). The checker validates with exactly the published schemas, and never pays
 * for ajv's compiler at start-up.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import programmeSchema from '../../../../schemas/programme.schema.json';
import missionSchema from '../../../../schemas/mission.schema.json';
import type { DocumentKind } from '../types';

import * as generated from './validators.generated';

const compiled = generated as unknown as Record<DocumentKind | 'programmeDay', ValidateFunction>;

export function validate(kind: DocumentKind, data: unknown): ErrorObject[] {
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
 * data object is unchanged since the last check (parse/incremental.ts shares them) is not
 * validated again.
 */
function validateByDay(data: Record<string, unknown> & { days: unknown[] }): ErrorObject[] {
  const top = compiled.programme;
  const errors = top({ ...data, days: [] }) ? [] : [...(top.errors ?? [])];
  const day = compiled.programmeDay;
  data.days.forEach((item, index) => {
    const known = typeof item === 'object' && item !== null ? dayErrors.get(item) : undefined;
    if (known && known.index === index) {
      errors.push(...known.errors);
      return;
    }
    const context = { instancePath: `/days/${index}`, parentData: data.days, parentDataProperty: index, rootData: data, dynamicAnchors: {} };
    const found = (day as unknown as (d: unknown, c: typeof context) => boolean)(item, context) ? [] : [...(day.errors ?? [])];
    if (typeof item === 'object' && item !== null) dayErrors.set(item, { index, errors: found });
    errors.push(...found);
  });
  return errors;
}

export function schemaFor(kind: DocumentKind): typeof programmeSchema | typeof missionSchema {
  return kind === 'mission' ? missionSchema : programmeSchema;
}
