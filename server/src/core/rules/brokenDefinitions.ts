/**
 * Where a namespace's definitions cannot be read: `people: texte`, a person whose `id` is
 * `42` or `Claire Martin`, an item that is not an object. The schema already reports the
 * cause there; an "unknown" reference into such a namespace is only its consequence (the
 * id may well be the broken one), so `ref-unknown` stays silent for it.
 *
 * Reads the `schema` diagnostics already in the sink: the schema pass runs before the rules.
 */
import type { Path, RefKind } from '../model/types';
import type { RuleContext } from './rule';

/** Lists that define each kind of id (slots: every agenda, at top level or in a day). */
const LISTS: Record<RefKind, string[]> = {
  person: ['people'],
  group: ['groups'],
  owner: ['people', 'groups'],
  deliverable: ['deliverables'],
  governance: ['governance'],
  slot: ['agenda', 'days'],
  phase: ['phases'],
  territory: ['territories'],
  workstream: ['workstreams'],
  milestone: ['milestones'],
};

export function brokenNamespaces(ctx: RuleContext): Set<RefKind> {
  const paths = ctx.sink.items
    .filter((d) => d.code === 'schema' && d.data?.kind !== 'unknown-key' && Array.isArray(d.data?.path))
    .map((d) => d.data!.path as Path);
  const broken = new Set<RefKind>();
  for (const [kind, lists] of Object.entries(LISTS) as [RefKind, string[]][]) {
    if (paths.some((p) => lists.some((list) => definesIds(p, list)))) broken.add(kind);
  }
  return broken;
}

/** `[list]`, `[list, i]`, `[list, i, 'id']`; for slots also inside days (`days.d.agenda.i.id`). */
function definesIds(path: Path, list: string): boolean {
  if (path[0] !== list) return false;
  const rest = list === 'days' ? dayRest(path) : path.slice(1);
  return rest !== undefined && (rest.length <= 1 || (rest.length === 2 && rest[1] === 'id'));
}

function dayRest(path: Path): Path | undefined {
  // `days`, `days.0`: the whole day list or a day; `days.0.agenda…`: as a top-level agenda.
  if (path.length <= 2) return [];
  return path[2] === 'agenda' ? path.slice(3) : undefined;
}
