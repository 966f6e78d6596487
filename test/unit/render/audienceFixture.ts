/**
 * A two-day atelier with team items (FORMAT.md 7.3, "Who sees what"): a `visibility: team`
 * slot each day, programme and slot notes, materials (one used by two slots of a day, one
 * written twice with another case). `TEAM_CORPUS` lists a distinctive string of each team
 * item: none may reach a participant export; every one is in the team's.
 */
import { createLanguageService } from '../../../server/src/core';
import { exportDocument, type ExportFormat } from '../../../server/src/core/export';

export const AUDIENCE_URI = 'file:///ws/atelier.programme.yaml';

export const AUDIENCE_PROGRAMME = `title: Atelier territorial de Poix-du-Nord
format: workshop
language: fr
organiser: DDTM 59
notes: Prévenir le traiteur du nombre exact la veille
groups:
  - { id: g1, name: Groupe 1 }
  - { id: g2, name: Groupe 2 }
days:
  - date: 2021-10-20
    agenda:
      - time: 08h00-08h30
        title: Dernière mise au point de l'équipe d'animation
        visibility: team
        steps: [Répartir les rôles entre animateurs]
        description: Vérifier la sonorisation de la salle du conseil
      - time: 08h30-09h00
        title: Accueil des participants
        type: welcome
        materials: [Badges nominatifs]
      - time: 09h00-10h30
        title: Atelier cartographique
        type: workshop
        groups: all
        materials: [Post-it 4 couleurs, Gommettes]
        notes: Clés de la salle chez le gardien
      - time: 10h30-11h00
        title: Restitution par groupe
        type: report-back
        per_group: 15min
        materials: [post-it 4 couleurs]
  - date: 2021-10-21
    agenda:
      - time: 09h00-12h00
        title: Visite de terrain
        type: site-visit
        materials: [Gilets de sécurité]
      - time: 12h00-12h30
        title: Débriefing interne des animateurs
        visibility: team
        notes: Noter les retours des élus pour le COPIL
`;

/** A distinctive string of every team item of the fixture. */
export const TEAM_CORPUS = [
  'Dernière mise au point', // a team slot's title (day 1)
  'Répartir les rôles', // its step
  'Vérifier la sonorisation', // its description
  'Débriefing interne', // a team slot (day 2)
  'Noter les retours des élus', // the notes of a team slot
  'Prévenir le traiteur', // programme notes
  'Clés de la salle chez le gardien', // slot notes
  'Post-it 4 couleurs', // materials
  'Gommettes',
  'Badges nominatifs',
  'Gilets de sécurité',
  'Temps par groupe', // the team's accounting of the day
];

/** What every participant export must still show. */
export const PUBLIC_CORPUS = ['Accueil des participants', 'Atelier cartographique', 'Restitution par groupe', 'Visite de terrain'];

export function audienceExport(format: ExportFormat, audience?: 'participants' | 'team'): Promise<string | Uint8Array> {
  const service = createLanguageService();
  return exportDocument(service.analyse(AUDIENCE_URI, AUDIENCE_PROGRAMME), format, { uidBase: 'atelier', ...(audience ? { for: audience } : {}) });
}
