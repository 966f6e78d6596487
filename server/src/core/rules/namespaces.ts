/** The id namespaces of each kind of file, shared by ref-unknown, id-duplicate and unused. */
import type { Noun } from '../messages';
import type { Entity, MissionModel, Model, ProgrammeModel, RefKind } from '../model/types';

export interface Namespace {
  noun: Noun;
  entities: Entity[];
}

export function namespaces(model: Model): Namespace[] {
  if (model.kind === 'mission') {
    return [
      { noun: 'person', entities: model.people },
      { noun: 'territory', entities: territoryIds(model) },
      { noun: 'workstream', entities: model.workstreams },
      { noun: 'phase', entities: model.phases },
      { noun: 'milestone', entities: model.milestones },
      { noun: 'governance', entities: model.governance },
      { noun: 'deliverable', entities: model.deliverables },
    ];
  }
  return [
    { noun: 'person', entities: model.people },
    { noun: 'group', entities: model.groups },
    { noun: 'deliverable', entities: model.deliverables },
    { noun: 'slot', entities: slotIds(model) },
  ];
}

/** The territories of a mission that have an id, as entities (listed once per model). */
const territoryIdsOf = new WeakMap<MissionModel, Entity[]>();
function territoryIds(model: MissionModel): Entity[] {
  let ids = territoryIdsOf.get(model);
  if (!ids) {
    ids = [];
    for (const t of model.territories) if (t.id && t.idPath) ids.push({ id: t.id, idPath: t.idPath, path: t.path, name: t.name.value });
    territoryIdsOf.set(model, ids);
  }
  return ids;
}

/** The slots' ids of a programme, listed once per model (several rules read them). */
const slotIdsOf = new WeakMap<ProgrammeModel, Entity[]>();
function slotIds(model: ProgrammeModel): Entity[] {
  let ids = slotIdsOf.get(model);
  if (!ids) {
    ids = [];
    for (const slot of model.slots) if (slot.id) ids.push(slot.id);
    slotIdsOf.set(model, ids);
  }
  return ids;
}

/** The entities a reference of this kind may point to (an owner: a person or a group). */
export function targetsOf(model: Model, kind: RefKind): Entity[] {
  return kind === 'owner' ? [...entitiesOf(model, 'person'), ...entitiesOf(model, 'group')] : entitiesOf(model, kind);
}

export type EntityNamespace = 'person' | 'group' | 'deliverable' | 'slot' | 'governance' | 'phase' | 'territory' | 'workstream' | 'milestone';

/** The entities of one namespace of a document. */
export function entitiesOf(model: Model, namespace: EntityNamespace): Entity[] {
  if (model.kind === 'mission') {
    switch (namespace) {
      case 'person':
        return model.people;
      case 'territory':
        return territoryIds(model);
      case 'workstream':
        return model.workstreams;
      case 'phase':
        return model.phases;
      case 'milestone':
        return model.milestones;
      case 'governance':
        return model.governance;
      case 'deliverable':
        return model.deliverables;
      default:
        return [];
    }
  }
  switch (namespace) {
    case 'person':
      return model.people;
    case 'group':
      return model.groups;
    case 'deliverable':
      return model.deliverables;
    case 'slot':
      return slotIds(model);
    default:
      return [];
  }
}
