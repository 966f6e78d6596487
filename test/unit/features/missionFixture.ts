/** A CRTE-like mission with every v2 reference (seed 001), and a service to ask about it. */
import { createLanguageService, type Language, type Workspace } from '../../../server/src/core';

export const URI = 'file:///ws/crte.mission.yaml';

export const CRTE = `title: Accompagnement CRTE — Eure
scheme: crte
period: { start: 2021-09, end: 2022-06 }
people:
  - id: guiot
    name: Mélanie Guiot
    role: Cheffe de projet
    organisation: Cerema Normandie-Centre
  - id: leroy
    name: Paul Leroy
pilot: guiot
territories:
  - id: pont-audemer
    name: CC de Pont-Audemer Val de Risle
    kind: epci
    population: 30000
  - id: lieuvin
    name: Lieuvin Pays d'Auge
workstreams:
  - id: pont-audemer
    title: Pont-Audemer Val de Risle
    territories: [pont-audemer, lieuvin]
    lead: guiot
    status: done
  - id: bernay
    title: Intercom Bernay Terres de Normandie
    territories: [lieuvin]
    lead: leroy
governance:
  - id: copil
    name: Comité de pilotage
phases:
  - id: cadrage
    title: Cadrage
    start: 2021-09
    end: 2021-09
  - id: diagnostic
    title: Diagnostic partagé
    workstream: pont-audemer
    start: 2021-10
    end: 2021-12
    programmes: [atelier.programme.yaml]
milestones:
  - id: signature
    title: Signature du CRTE
    date: 2021-12-15
    kind: signature
    phase: diagnostic
    governance: copil
    workstream: pont-audemer
  - id: lancement
    title: Lancement
    date: 2021-09
    kind: launch
deliverables:
  - id: carnet
    title: Carnet de territoire
    due: 2022-02
    owner: CAUE de l'Eure
  - id: rapport
    title: Rapport
    due: 2022-06
    owner: guiot
`;

export const PROGRAMME = 'title: Atelier de diagnostic\ndate: 2021-11-04\n';

export function serviceFor(language: Language, files: Record<string, string> = {}) {
  const workspace: Workspace = {
    readFile: (uri) => files[uri],
    list: () => Object.keys(files),
    onDidChange: () => ({ dispose: () => undefined }),
  };
  return createLanguageService({ workspace, settings: { language } });
}

/** Line of the first line containing `needle` (after line `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const line = text.split('\n').findIndex((l, i) => i >= from && l.includes(needle));
  if (line < 0) throw new Error(`no line with ${needle}`);
  return line;
}

/** The position of `needle` (its first character plus `offset`) on the first line holding `lineNeedle`. */
export function positionOf(text: string, lineNeedle: string, needle = lineNeedle, offset = 0, from = 0) {
  const line = lineOf(text, lineNeedle, from);
  const character = text.split('\n')[line]!.indexOf(needle) + offset;
  return { line, character };
}
