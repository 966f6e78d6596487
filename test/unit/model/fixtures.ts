/** Documents that write every key of the published schemas, for the model's tests. */

/** A programme over two days with every key a programme, a day, a slot and a track may have. */
export const EVERY_KEY_PROGRAMME = `title: Séminaire des référents
subtitle: Deux journées à Poix-du-Nord
format: training
language: en
organiser: DDTM 59
audience: [Élus, Techniciens]
participants: 24
location:
  name: Salle des fêtes
  address: 1 rue de la Mairie
  commune: Poix-du-Nord
objectives: [Comprendre les outils, Construire une stratégie]
prerequisites: [Aucun]
evaluation: Questionnaire de fin de session
accessibility: Salle accessible en fauteuil
context: Un bourg rural de 1 500 habitants
notes: Prévoir le café
people:
  - id: claire
    name: Claire Martin
    role: Architecte conseil
    organisation: DDTM 59
  - id: paul
    name: Paul Durand
groups:
  - id: g1
    name: Groupe 1
    lead: claire
    members: [Ana, Bruno]
    size: 8
  - id: g2
deliverables:
  - id: carte
    title: Carte annotée
    owner: g1
    due: restitution
    format: A3
    description: Les enjeux sur un fond de plan
  - id: synthese
    title: Synthèse
    owner: each-group
days:
  - date: 2024-03-12
    title: Diagnostic
    location: Mairie de Poix-du-Nord
    start: 08h30
    agenda:
      - id: accueil
        duration: 30min
        title: Accueil
        type: welcome
      - time: 09h00-12h00
        title: Ateliers
        type: group-work
        description: En sous-groupes
        steps: [Lecture de paysage, Croquis]
        speakers: [claire]
        groups: [g1, g2]
        tracks:
          - title: Piste A
            description: Le centre-bourg
            groups: [g1]
            lead: claire
            speakers: [paul]
            room: Salle du conseil
        materials: [Plans au 1/2000]
        produces: [carte]
        notes: Tenir le temps
  - date: 2024-03-13
    location:
      name: Salle B
      commune: Poix-du-Nord
    agenda:
      - id: restitution
        start: 14h00
        end: 15h00
        title: Restitution
        type: report-back
        groups: all
        per_group: 15min
`;

/** The one-day form: \`date\`, \`start\` and \`agenda\` at the top. */
export const ONE_DAY_PROGRAMME = `title: Atelier
date: 2024-03-12
start: 9h
agenda:
  - duration: 1h
    title: Atelier
`;

export const EVERY_KEY_MISSION = `title: Nouveaux contrats territoriaux
scheme: nct
client: Commune de Poix-du-Nord
partners: [Cerema, CAUE du Nord]
pilot: DDTM 59
contact: referent@example.fr
period:
  start: 2023-01
  end: 2023-12
territories:
  - name: Poix-du-Nord
    kind: commune
    population: 1500
themes: [Eau, Mobilités]
needs: [Ingénierie de projet]
response: Un accompagnement en trois phases
governance:
  - id: copil
    name: Comité de pilotage
    members: [Maire, DDTM]
phases:
  - id: diag
    title: Diagnostic
    description: Comprendre le territoire
    start: 2023-01
    end: 2023-04
    programmes: [diag.programme.yaml]
    deliverables: [rapport]
    governance: [copil]
deliverables:
  - id: rapport
    title: Rapport de diagnostic
    due: 2023-04
    description: Le rapport remis au COPIL
indicators:
  - label: Réunions tenues
    value: 3
    target: 5
    unit: réunions
`;

/** A mission that writes every key of FORMAT.md 7.2 (workstreams, milestones, the team…). */
export const EVERY_KEY_MISSION_V2 = `title: Accompagnement des CRTE de l'Eure
scheme: crte
client: DDTM de l'Eure
pilot: guiot
context: Mettre en œuvre les CRTE dans six territoires de l'Eure.
funding: Gratuit pour les collectivités (Nouveau Conseil aux Territoires)
period: { start: 2021-09, end: 2022-06 }
people:
  - id: guiot
    name: Mélanie Guiot
    role: Cheffe de projet
    organisation: Cerema Normandie-Centre
territories:
  - id: pont-audemer
    name: CC de Pont-Audemer Val de Risle
    kind: epci
    population: 30000
governance:
  - id: copil
    name: Comité de pilotage
workstreams:
  - id: pa
    title: Pont-Audemer Val de Risle
    territories: [pont-audemer]
    lead: guiot
    status: done
    method: Diagnostic à partir des vécus des élus.
    description: Le premier territoire accompagné.
phases:
  - id: diagnostic
    title: Diagnostic
    workstream: pa
    kind: core
    start: 2021-09
    end: 2021-12
    deliverables: [carnet]
milestones:
  - id: signature
    title: Signature du CRTE
    date: 2021-12-15
    kind: signature
    phase: diagnostic
    governance: copil
    workstream: pa
    description: Signature en préfecture.
deliverables:
  - id: carnet
    title: Carnet de territoire
    due: 2021-12
    owner: guiot
    status: delivered
    link: https://www.example.org/carnet
`;
