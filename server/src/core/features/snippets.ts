/**
 * The snippets of `snippets/*.json` (the ones VS Code shows) offered by the server too, so
 * every editor gets the same whole structures: a slot of each type, a day, a person…
 */
import missionSnippets from '../../../../snippets/mission.json';
import programmeSnippets from '../../../../snippets/programme.json';
import { lookup } from '../model/read';
import type { DocumentKind } from '../types';

export interface Snippet {
  prefix: string;
  description: string;
  body: string;
}

type SnippetFile = Record<string, { prefix: string[]; description: string; body: string[] }>;

/** Which snippets start a new item of which list. */
const LIST_OF: Record<string, (name: string) => boolean> = {
  agenda: (n) => n.startsWith('slot-'),
  days: (n) => n === 'day',
  people: (n) => n === 'person',
  groups: (n) => n === 'group',
  deliverables: (n) => n === 'deliverable',
  phases: (n) => n === 'phase',
  governance: (n) => n === 'governance',
  territories: (n) => n === 'territory',
};

export function snippetsFor(kind: DocumentKind, listKey: string): Snippet[] {
  const file = (kind === 'mission' ? missionSnippets : programmeSnippets) as SnippetFile;
  const accepts = lookup(LIST_OF, listKey);
  if (!accepts) return [];
  return Object.entries(file)
    .filter(([name]) => accepts(name))
    .map(([, s]) => ({ prefix: s.prefix[0]!, description: s.description, body: s.body.join('\n') }));
}
