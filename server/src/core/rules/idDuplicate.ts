/** `id-duplicate`: the same id twice in one namespace; reported on the second, pointing to the first. */
import { namespaces } from './namespaces';
import type { AnyRule } from './rule';
import { defineRule } from './ruleMeta';

export const meta = defineRule({
  code: 'id-duplicate',
  severity: 'error',
  files: 'both',
  description: {
    en: 'The same id twice in one namespace.',
    fr: 'Le même identifiant deux fois dans le même espace de noms.',
  },
});

export const idDuplicate: AnyRule = {
  code: meta.code,
  kind: 'any',
  check(model, ctx) {
    for (const { noun, entities } of namespaces(model)) {
      const first = new Map<string, (typeof entities)[number]>();
      for (const entity of entities) {
        const original = first.get(entity.id);
        if (!original) {
          first.set(entity.id, entity);
          continue;
        }
        const originalRange = ctx.range(original.idPath);
        ctx.sink.report('id-duplicate', ctx.range(entity.idPath), ctx.m.idDuplicate(noun, entity.id, originalRange.start.line + 1), {
          data: { id: entity.id, namespace: noun },
          related: [{ uri: ctx.doc.uri, range: originalRange, message: entity.id }],
        });
      }
    }
  },
};
