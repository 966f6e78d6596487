/** A two-day training with every field of the French training sheet (FORMAT.md 7.3), in French and in English. */
import { createLanguageService } from '../../../server/src/core';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';

export const TRAINING_URI = 'file:///ws/formation.programme.yaml';

export function trainingProgramme(language: 'fr' | 'en' = 'fr', extra = ''): string {
  return `title: Accompagner les collectivités dans leurs projets de revitalisation
format: training
language: ${language}
organiser: CVRH d'Arras
audience: Agents des DDT(M) en charge de l'appui aux territoires
participants: 16
location: { name: CVRH d'Arras, commune: Arras (62) }
objectives:
  - Qualifier la demande d'une collectivité
  - Mobiliser les dispositifs d'accompagnement adaptés
prerequisites: Aucun
duration: 14h
price: { amount: 450, currency: EUR, per: participant }
access: Inscription sur la plateforme régionale jusqu'au 1er mars ; confirmation 15 jours avant
contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }
methods: [Apports en plénière, Étude de cas sur site, Travail en sous-groupes]
evaluation: Évaluation des acquis à partir du cas pratique
accessibility: Formation accessible aux personnes en situation de handicap ; contactez la référente handicap.
${extra}days:
  - date: 2024-03-14
    agenda:
      - { time: 09h00-12h30, title: Les dispositifs d'accompagnement, type: presentation }
      - { time: 12h30-13h30, title: Déjeuner, type: meal }
      - { time: 13h30-17h00, title: Étude de cas, type: exercise }
  - date: 2024-03-15
    agenda:
      - { time: 09h00-12h30, title: Visite de site, type: site-visit }
      - { time: 13h30-17h00, title: Restitution, type: report-back }
`;
}

export function trainingView(language: 'fr' | 'en' = 'fr', extra = ''): ProgrammeView {
  return buildView(createLanguageService().analyse(TRAINING_URI, trainingProgramme(language, extra))) as ProgrammeView;
}
