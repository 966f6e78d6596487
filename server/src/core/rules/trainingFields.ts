/**
 * `training-fields`: a `format: training` programme must publish its objectives (error),
 * evaluation, prerequisites, audience and accessibility (warnings): Code du travail
 * L6353-1 and Qualiopi indicators 1, 5 and 6. Reported on the `format` value, the reason
 * the fields are required; an empty value counts as missing.
 */
import type { TrainingField } from '../messages';
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

const REQUIRED: [TrainingField, 'error' | 'warning'][] = [
  ['objectives', 'error'],
  ['evaluation', 'warning'],
  ['prerequisites', 'warning'],
  ['audience', 'warning'],
  ['accessibility', 'warning'],
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
      if (!isEmpty(model.data[field])) continue;
      ctx.sink.report('training-fields', ctx.range(['format']), ctx.m.trainingField(field), { severity, data: { field } });
    }
  },
};

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  return false;
}
