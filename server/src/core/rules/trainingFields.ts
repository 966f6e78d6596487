/**
 * `training-fields`: a `format: training` programme must publish its objectives (error),
 * evaluation, prerequisites, audience and accessibility (warnings): Code du travail
 * L6353-1 and Qualiopi indicators 1, 5 and 6; and, since v2 (FORMAT.md 7.4), the rest of
 * indicator 1 as warnings: duration, price, access, contact and methods. Reported on the
 * `format` value, the reason the fields are required; an empty value counts as missing.
 */
import type { TrainingField } from '../messages';
import type { ProgrammeModel, Value } from '../model/types';
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

const REQUIRED: [TrainingField, 'error' | 'warning'][] = [
  ['objectives', 'error'],
  ['evaluation', 'warning'],
  ['prerequisites', 'warning'],
  ['audience', 'warning'],
  ['accessibility', 'warning'],
  ['duration', 'warning'],
  ['price', 'warning'],
  ['access', 'warning'],
  ['contact', 'warning'],
  ['methods', 'warning'],
];

export const meta = defineRule({
  code: 'training-fields',
  severity: 'warning',
  severityNote: 'error for `objectives`',
  files: 'programme',
  description: {
    en: 'A training programme lacks a field French law requires it to publish.',
    fr: 'Un programme de formation omet une mention que la loi impose de publier.',
  },
});

export const trainingFields: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    if (model.format !== 'training') return;
    for (const [field, severity] of REQUIRED) {
      if (!isMissing(model, field, (ctx.doc.data as Record<string, unknown> | null)?.[field])) continue;
      ctx.sink.report('training-fields', ctx.range(['format']), ctx.m.trainingField(field), { severity, data: { field } });
    }
  },
};

/**
 * Not written, or written blank (`''`, `[]`, a list of blank texts, a contact with no
 * value). A value the schema refuses — of the wrong type, a list of numbers, a price
 * object without its amount — is written: the schema reports it, not this rule, so one
 * mistake gives one diagnostic.
 */
function isMissing(model: ProgrammeModel, field: TrainingField, raw: unknown): boolean {
  if (!model.written.has(field)) return true;
  const value = model[field];
  if (value === undefined) return false;
  return texts(value).every((t) => t.trim() === '') && isBlank(raw, field);
}

/** Nothing but blank texts, empty lists and empty objects — except a price object, whose `amount` the schema requires. */
function isBlank(raw: unknown, field: TrainingField): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.every((item) => isBlank(item, field));
  if (typeof raw === 'object') return field !== 'price' && Object.values(raw).every((v) => isBlank(v, field));
  return false;
}

/** The texts a training field holds: a price's amount or a duration count as filled in. */
function texts(value: NonNullable<ProgrammeModel[TrainingField]>): string[] {
  if (Array.isArray(value)) return value.map((t: Value<string>) => t.value);
  if ('value' in value) return [String(value.value)];
  if ('text' in value) return [value.text.value];
  return Object.values(value)
    .filter((v): v is Value<string | number> => typeof v === 'object' && v !== null && 'value' in v)
    .map((v) => String(v.value));
}
