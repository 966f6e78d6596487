/**
 * A mission with every key of FORMAT.md 7.2 (after seed 001, the CRTE accompaniment in
 * Normandie, and seed 000, the NCT card), and the programme it links: the render, export,
 * calendar and browser tests all read them from here.
 */
import { createLanguageService } from '../../../server/src/core';
import { buildView } from '../../../server/src/core/render/buildView';
import type { MissionView, RenderLanguage } from '../../../server/src/core/render/viewModel';
import { memoryFiles } from '../../helpers';

export const MISSION_URI = 'file:///ws/crte.mission.yaml';
export const PROGRAMME_URI = 'file:///ws/seminaire.programme.yaml';

export const CRTE_MISSION = `title: Accompagnement des CRTE en Normandie
scheme: crte
client: ANCT
partners: [DDTM de l'Eure, DDT de l'Orne]
context: |
  Les contrats de relance et de transition écologique (CRTE) engagent l'État et les
  territoires sur six ans.

  Le Cerema accompagne :
  - la CC de Pont-Audemer Val de Risle,
  - la CC des Sources de l'Orne,
    par des ateliers co-animés.
funding: Gratuit pour les collectivités
pilot: guiot
contact: crte@example.org
period: { start: 2021-09, end: 2022-06 }
people:
  - id: guiot
    name: Mélanie Guiot
    role: Cheffe de projet
    organisation: Cerema Normandie-Centre
  - id: martin
    name: Paul Martin
territories:
  - id: pont-audemer
    name: CC de Pont-Audemer Val de Risle
    kind: epci
    population: 30000
  - id: sources-orne
    name: CC des Sources de l'Orne
    kind: epci
    population: 1
themes: [Transition écologique]
needs: [Construire un projet de territoire partagé]
response: |
  Un diagnostic à partir des vécus des élus,
  puis des ateliers.
governance:
  - id: copil
    name: Comité de pilotage
    members: [Préfecture de l'Eure, Cerema]
workstreams:
  - id: pa
    title: Pont-Audemer Val de Risle
    territories: [pont-audemer]
    lead: guiot
    status: done
    method: |
      Diagnostic à partir des vécus des élus ;
      ateliers co-animés avec des agents formés.
  - id: so
    title: Sources de l'Orne
    territories: [sources-orne]
    lead: martin
    status: in-progress
  - id: lv
    title: Lisieux Normandie
    status: abandoned
phases:
  - id: cadrage
    title: Cadrage régional
    kind: preparation
    start: 2021-09
    end: 2021-09
  - id: diagnostic-pa
    title: Diagnostic Pont-Audemer
    workstream: pa
    start: 2021-10
    end: 2021-12
    description: |
      Entretiens avec les maires
      et visite du territoire.
    programmes: [seminaire.programme.yaml]
    deliverables: [carnet]
    governance: [copil]
  - id: strategie-pa
    title: Stratégie Pont-Audemer
    workstream: pa
    start: 2022-01
    end: 2022-03
  - id: diagnostic-so
    title: Diagnostic Sources de l'Orne
    workstream: so
    start: 2021-11
    end: 2022-02
  - id: bilan
    title: Bilan
    kind: follow-up
    start: 2022-05
    end: 2022-06
milestones:
  - id: lancement
    title: Lancement régional
    date: 2021-09-14
    kind: launch
  - id: signature-pa
    title: Signature du CRTE de Pont-Audemer
    date: 2021-12
    kind: signature
    phase: diagnostic-pa
    governance: copil
  - id: copil-so
    title: COPIL Sources de l'Orne
    date: 2022-02-08
    kind: committee
    workstream: so
deliverables:
  - id: carnet
    title: Carnet de territoire
    due: 2022-02
    owner: CAUE de l'Eure
    status: delivered
    link: https://www.example.org/carnet?a=1&b=2
  - id: rapport
    title: Rapport final
    due: 2022-06-30
    owner: guiot
    status: in-progress
    description: Synthèse des six territoires.
  - id: note
    title: Note d'étape
    due: 2022-03
    link: "javascript:alert(1)"
indicators:
  - label: Territoires accompagnés
    value: 2
    target: 6
`;

export const SEMINAIRE = `title: Séminaire des élus
date: 2021-11-18
location: Salle des fêtes de Pont-Audemer
agenda:
  - time: 09h00-12h00
    title: Diagnostic partagé
  - time: 13h30-16h30
    title: Ateliers
`;

export function crteService() {
  return createLanguageService({ files: memoryFiles({ [MISSION_URI]: CRTE_MISSION, [PROGRAMME_URI]: SEMINAIRE }) });
}

/** The view the preview and the exports build of the CRTE mission. */
export function crteView(language: RenderLanguage = 'fr', text = CRTE_MISSION): MissionView {
  const service = crteService();
  const analysis = service.analyse(MISSION_URI, text);
  return buildView(analysis, { linked: (path) => service.linked(MISSION_URI, path), missionLanguage: language }) as MissionView;
}
