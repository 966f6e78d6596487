/** The id namespaces of each kind of file, shared by ref-unknown, id-duplicate and unused. */
import type { Noun } from '../messages';
import type { Entity, Model, RefKind } from '../model/types';

export interface Namespace {
  noun: Noun;
  entities: Entity[];
}

export function namespaces(model: Model): Namespace[] {
  if (model.kind === 'mission') {
    return [
      { noun: 'phase', entities: model.phases },
      { noun: 'governance', entities: model.governance },
      { noun: 'deliverable', entities: model.deliverables },
    ];
  }
  return [
    { noun: 'person', entities: model.people },
    { noun: 'group', entities: model.groups },
    { noun: 'deliverable', entities: model.deliverables },
    { noun: 'slot', entities: model.slots.flatMap((s) => (s.id ? [s.id] : [])) },
  ];
}

/** The entities a reference of this kind may point to. */
export function targetsOf(model: Model, kind: RefKind): Entity[] {
  if (model.kind === 'mission') {
    return kind === 'governance' ? model.governance : kind === 'deliverable' ? model.deliverables : [];
  }
  switch (kind) {
    case 'person':
      return model.people;
    case 'group':
      return model.groups;
    case 'deliverable':
      return model.deliverables;
    case 'slot':
      return model.slots.flatMap((s) => (s.id ? [s.id] : []));
    case 'owner':
      return [...model.people, ...model.groups];
    case 'governance':
      return [];
  }
}
