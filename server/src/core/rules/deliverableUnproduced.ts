/** `deliverable-unproduced`: a programme deliverable that no slot `produces`. */
import type { ProgrammeRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'deliverable-unproduced',
  severity: 'warning',
  files: 'programme',
  description: {
    en: 'A deliverable that no slot produces.',
    fr: 'Un livrable qu’aucune séance ne produit.',
  },
});

export const deliverableUnproduced: ProgrammeRule = {
  code: meta.code,
  kind: 'programme',
  check(model, ctx) {
    if (model.deliverables.length === 0) return;
    const produced = new Set<string>();
    for (const slot of model.slots) for (const r of slot.produces) produced.add(r.id);
    for (const d of model.deliverables) {
      if (produced.has(d.id)) continue;
      ctx.sink.report('deliverable-unproduced', ctx.range(d.idPath), ctx.m.unproduced(d.id), {
        data: { id: d.id, due: d.due?.id },
      });
    }
  },
};
