/** `id-duplicate`: the same id twice in one namespace; reported on the second, pointing to the first. */
import { namespaces } from './namespaces';
import type { AnyRule } from './rule';

export const idDuplicate: AnyRule = {
  code: 'id-duplicate',
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
