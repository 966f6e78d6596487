/** A one-day training with the whole French training sheet and a slot with timed steps (FORMAT.md 7.3). */
import { createLanguageService, type Language } from '../../../server/src/core';

export const URI = 'file:///ws/formation/revitalisation.programme.yaml';

export const FORMATION = `title: Accompagner les collectivités dans leurs projets de revitalisation
format: training # catalogue 2024
organiser: CVRH d'Arras
audience: Agents des DDT(M) en charge de l'appui aux territoires
objectives:
  - Qualifier la demande d'une collectivité
prerequisites: Aucun
evaluation: Évaluation des acquis sur le cas pratique
accessibility: Contactez la référente handicap du CVRH
duration: 6h
price: Gratuit pour les agents du ministère
access: Inscription jusqu'au 1er mars
contact: { name: Claire Dufresne, email: claire.dufresne@example.org }
methods: [Apports en plénière, Étude de cas]
date: 2024-03-14
people:
  - id: dufresne
    name: Claire Dufresne
  - id: marchand
    name: Julien Marchand
agenda:
  - time: 09h00-09h30
    title: Accueil café
    type: welcome
  - time: 09h30-10h00
    title: Tour de table et attentes
    type: discussion
    steps:
      - text: Tour de table
        duration: 20min
      - text: Recueil des attentes
        speakers: [dufresne]
        duration: 15min
  - time: 10h00-12h30
    title: Les outils de la revitalisation
    type: presentation
    speakers: [marchand]
  - time: 12h30-13h30
    title: Déjeuner
    type: meal
  - time: 13h30-14h00
    title: Trajet vers le site
    type: travel
  - time: 14h00-16h30
    title: Étude de cas sur site
    type: site-visit
    steps:
      - Lecture du site
      - text: Échanges avec le maire
        duration: 1h
`;

export const serviceFor = (language: Language) => createLanguageService({ settings: { language } });
