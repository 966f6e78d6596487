/** What the programme and the mission views share: texts, places, lookups by id, source lines, enum labels. */
import type { Analysis } from '../languageService';
import type { Path, Person, Place, Texts, Value } from '../model/types';
import { enumValues, schemaAt } from '../schema/schemaLookup';
import type { DerouleDiagnostic } from '../types';
import type { Audience, PersonView, RenderLanguage } from './viewModel';

export interface BuildOptions {
  /** Who the rendering is for (default `participants`): the team's form keeps team slots, notes and materials, marked. */
  for?: Audience;
  /** The earlier name of `for: 'team'` (true) / `for: 'participants'` (false); `for` wins when both are given. */
  withNotes?: boolean;
  /** Problems to show on their slot (the preview); exports pass none. */
  diagnostics?: DerouleDiagnostic[];
  /** A programme linked from a mission, by the path written in it. */
  linked?: (path: string) => { uri: string; analysis: Analysis } | undefined;
  /**
   * The labels of a mission, which has no `language` key: French unless asked. (A programme's
   * labels follow its own `language`.)
   */
  missionLanguage?: RenderLanguage;
}

/** The texts that are not blank. */
export function strings(texts: Texts | undefined): string[] {
  if (!texts) return [];
  const out: string[] = [];
  for (const t of texts) if (t.value.trim() !== '') out.push(t.value);
  return out;
}

export function placeText(place: Value<Place> | undefined): string | undefined {
  if (!place) return undefined;
  const p = place.value;
  if (typeof p === 'string') return p;
  return [p.name?.value, p.address?.value, p.commune?.value].filter((v) => v).join(', ') || undefined;
}

/** The first item of each id (a duplicated id is reported; the first one is the one shown). */
export function byId<T extends { id: string }, V>(items: readonly T[], view: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, view(item));
  return map;
}

/** The first and last source lines of the value at `path` ([0, 0] when it has none). */
export function linesOf(analysis: Analysis, path: Path): [number, number] {
  const lines = analysis.lines(path);
  return lines ? [lines.first, lines.last] : [0, 0];
}

/** An enum value's label from the schema, in the rendering's language (the value itself when it has none). */
export function label(kind: 'programme' | 'mission', path: (string | number)[], value: string, language: RenderLanguage): string {
  return enumValues(schemaAt(kind, path), language).find((v) => v.value === value)?.label ?? value;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A person as a reader knows them: without a name, the role ("Architecte conseil"), not the id. */
export function personView(p: Person): PersonView {
  const role = p.role?.value;
  const organisation = p.organisation?.value;
  const view: PersonView = { id: p.id, name: p.name ?? role ?? p.id };
  if (role && p.name) view.role = role;
  if (organisation) view.organisation = organisation;
  return view;
}

/** The audience a rendering is for: `for`, else `withNotes` (its earlier name), else participants. */
export function audienceOf(options: Pick<BuildOptions, 'for' | 'withNotes'>): Audience {
  return options.for ?? (options.withNotes ? 'team' : 'participants');
}
