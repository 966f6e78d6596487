/**
 * The JSON Schemas of `schemas/`, compiled once per process by ajv. The schemas are the
 * published artefacts; the checker validates with exactly them.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import programmeSchema from '../../../../schemas/programme.schema.json';
import missionSchema from '../../../../schemas/mission.schema.json';
import type { DocumentKind } from '../types';

/** Annotation keywords of our schemas that ajv does not know (labels, French texts). */
const ANNOTATIONS = ['x-description-fr', 'enumDescriptions', 'x-enumDescriptions-fr', 'x-enumLabels-en', 'x-enumLabels-fr'];

let compiled: Record<DocumentKind, ValidateFunction> | undefined;

function validators(): Record<DocumentKind, ValidateFunction> {
  if (!compiled) {
    // verbose: errors carry their parent schema, which the messages need (allowed keys, labels).
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword, schemaType: ['string', 'array'] });
    compiled = { programme: ajv.compile(programmeSchema), mission: ajv.compile(missionSchema) };
  }
  return compiled;
}

export function validate(kind: DocumentKind, data: unknown): ErrorObject[] {
  const fn = validators()[kind];
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

export function schemaFor(kind: DocumentKind): typeof programmeSchema | typeof missionSchema {
  return kind === 'mission' ? missionSchema : programmeSchema;
}
