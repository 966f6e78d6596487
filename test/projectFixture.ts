/**
 * A project on disk for the tests of `.deroule.yaml` and the project root (FORMAT.md §8),
 * shared by the CLI and the language server's tests so both shells check the same files:
 *
 *   <tmp>/outside.programme.yaml          above the project: never read from inside it
 *   <tmp>/proj/.deroule.yaml              time-gap off, no-break error, maxDayMinutes 420
 *   <tmp>/proj/missions/nct.mission.yaml  links ateliers/celles.programme.yaml and ../../outside.programme.yaml
 *   <tmp>/proj/missions/ateliers/celles.programme.yaml
 *   <tmp>/proj/journee.programme.yaml     a day of 8 h with two gaps and no break
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_CONFIG = '# The team’s rules\nrules:\n  time-gap: off\n  no-break: error\nmaxDayMinutes: 420\n';

export const DAY = `title: Journée d’étude
date: 2022-10-12
agenda:
  - time: 9h-10h
    title: Accueil
  - time: 10h30-12h
    title: Atelier
  - time: 13h-17h
    title: Après-midi
`;

export const LINKED = `title: Atelier de Celles
date: 2022-10-12
agenda:
  - time: 9h-12h
    title: Atelier
`;

export const MISSION = `title: Mission flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    programmes: [ateliers/celles.programme.yaml, ../../outside.programme.yaml]
`;

export interface ProjectOnDisk {
  /** The temporary folder that holds the project and the file outside it. */
  tmp: string;
  /** The project's root (it holds `.deroule.yaml`). */
  root: string;
}

/** The files of the project, by path relative to the folder that holds it. */
export function projectFiles(config: string = PROJECT_CONFIG): Record<string, string> {
  return {
    'outside.programme.yaml': LINKED.replace('Atelier de Celles', 'Hors du projet'),
    'proj/.deroule.yaml': config,
    'proj/missions/nct.mission.yaml': MISSION,
    'proj/missions/ateliers/celles.programme.yaml': LINKED,
    'proj/journee.programme.yaml': DAY,
  };
}

export function projectOnDisk(config: string = PROJECT_CONFIG): ProjectOnDisk {
  const tmp = mkdtempSync(join(tmpdir(), 'deroule-project-'));
  for (const [name, text] of Object.entries(projectFiles(config))) {
    mkdirSync(join(tmp, name, '..'), { recursive: true });
    writeFileSync(join(tmp, name), text);
  }
  return { tmp, root: join(tmp, 'proj') };
}

/** What both shells must say of the project's files: [file relative to the root, code, severity, line, column (1-based)]. */
export const EXPECTED = [
  ['journee.programme.yaml', 'day-too-long', 'warning', 2, 7],
  ['journee.programme.yaml', 'no-break', 'error', 8, 11],
  ['missions/nct.mission.yaml', 'programme-missing', 'error', 6, 50],
];

/** The message of the refused link, in English. */
export const OUTSIDE_MESSAGE =
  '`../../outside.programme.yaml` is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.';
