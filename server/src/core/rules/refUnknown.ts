/** `ref-unknown`: a reference to an id that does not exist, with the nearest existing id. */
import type { Noun } from '../messages';
import type { RefKind } from '../model/types';
import { nearest } from '../schema/suggest';
import { brokenNamespaces } from './brokenDefinitions';
import { targetsOf } from './namespaces';
import type { AnyRule } from './rule';
import { defineRule } from './ruleMeta';

const MAX_LISTED = 6;
/** What French authors write for `each-group`. */
const EACH_GROUP_WORDS = new Set(['chaque-groupe', 'chaque_groupe', 'par-groupe', 'par_groupe', 'each_group', 'groupes', 'tous-les-groupes']);

const NOUN: Record<Exclude<RefKind, 'owner'>, Noun> = {
  person: 'person',
  group: 'group',
  deliverable: 'deliverable',
  slot: 'slot',
  governance: 'governance',
  phase: 'phase',
  territory: 'territory',
  workstream: 'workstream',
  milestone: 'milestone',
};

export const meta = defineRule({
  code: 'ref-unknown',
  severity: 'error',
  files: 'both',
  description: {
    en: 'A reference to an id that does not exist.',
    fr: 'Une référence à un identifiant qui n’existe pas.',
  },
});

export const refUnknown: AnyRule = {
  code: meta.code,
  kind: 'any',
  check(model, ctx) {
    const idsByKind = new Map<RefKind, Set<string>>();
    const broken = brokenNamespaces(ctx);
    const refs = model.refs;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      if (broken.size > 0 && broken.has(ref.kind)) continue;
      let ids = idsByKind.get(ref.kind);
      if (!ids) idsByKind.set(ref.kind, (ids = new Set(targetsOf(model, ref.kind).map((e) => e.id))));
      if (ids.has(ref.id)) continue;
      const candidates = ref.kind === 'owner' ? [...ids, 'each-group'] : [...ids];
      const suggestion = ref.kind === 'owner' && EACH_GROUP_WORDS.has(ref.id) ? 'each-group' : nearest(ref.id, candidates);
      // Without a near id, a short list of the existing ones is the next best help.
      const listed = ids.size <= MAX_LISTED ? [...ids] : [];
      const message =
        ref.kind === 'owner' ? ctx.m.refUnknownOwner(ref.id, suggestion, listed) : ctx.m.refUnknown(NOUN[ref.kind], ref.id, suggestion, listed);
      ctx.sink.report('ref-unknown', ctx.range(ref.path), message, {
        data: { id: ref.id, refKind: ref.kind, suggestion, candidates },
      });
    }
  },
};
