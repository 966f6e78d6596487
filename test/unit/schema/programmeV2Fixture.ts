/** A clean training programme with every programme key of FORMAT.md 7.3 (no diagnostic at all). */
export const TRAINING_V2 = `title: Sobriété foncière et ZAN
format: training
organiser: CVRH de Nantes — Cerema Ouest
audience: Agents des DDT(M) en charge de la planification
objectives: [Mesurer la consommation d'espaces d'une commune]
prerequisites: Aucun
evaluation: Cas pratique en fin de matinée
accessibility: Contactez le référent handicap du CVRH quinze jours avant la session.
duration: 2h30
price: { amount: 450, currency: EUR, per: participant }
access: Inscription sur la plateforme régionale jusqu'au 1er mars
contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }
methods: [Apports en plénière, Étude de cas sur site]
people:
  - id: rt
    name: Romain Tessier
  - { id: agent-1, role: Agent formé }
date: 2024-03-12
agenda:
  - time: 08h30-09h00
    title: Dernière mise au point de l'équipe d'animation
    visibility: team
  - time: 09h00-09h15
    title: Accueil café
    type: welcome
  - time: 09h15-10h45
    title: Projets d'aménagement
    type: presentation
    pinned: true
    steps:
      - Séquence d'échange avec les participants
      - text: Présentation du site d'étude
        speakers: [rt]
        duration: 10min
  - time: 10h45-11h00
    title: Pause
    type: break
  - time: 11h00-12h00
    title: Cas pratique
    type: exercise
    speakers: [agent-1]
`;
