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

const compiled = generated as unknown as Record<DocumentKind, ValidateFunction>;

export function validate(kind: DocumentKind, data: unknown): ErrorObject[] {
  const fn = compiled[kind];
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

export function schemaFor(kind: DocumentKind): typeof programmeSchema | typeof missionSchema {
  return kind === 'mission' ? missionSchema : programmeSchema;
}
