/**
 * Random missions (FORMAT.md §4) as YAML text, with the programmes their phases link to
 * (generated programmes dated inside their phase, given as in-memory files).
 */
import fc from 'fast-check';
import { chance, comment, int, pick, text, title, type G } from './notation';
import { programmeSpec, programmeYaml } from './programmeArb';
import { entry, map, raw, render, seq, type Entry } from './yamlText';

export interface GeneratedMission {
  text: string;
  /** Linked programmes by URI (`file:///ws/…`), for the in-memory file system. */
  files: Record<string, string>;
}

export const MISSION_URI = 'file:///ws/mission/nct.mission.yaml';
const SCHEMES = ['nct', 'crte', 'atelier-flash', 'atelier-local', 'contrat-territoire', 'other'];

/** Month index (year × 12 + month − 1) → `YYYY-MM`, or the first/last day as `YYYY-MM-DD`. */
function monthText(g: G, month: number, as: 'start' | 'end'): string {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const ym = `${y}-${String(m).padStart(2, '0')}`;
  if (chance(g, 0.6)) return ym;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${as === 'start' ? '01' : String(last)}`;
}

function dayOfMonth(month: number, d: number): number {
  return Math.floor(Date.UTC(Math.floor(month / 12), month % 12, d) / 86_400_000);
}

export const validMission: fc.Arbitrary<GeneratedMission> = fc.gen().map((g) => {
  const files: Record<string, string> = {};
  const start = 2016 * 12 + int(g, 0, 100);
  const nPhases = int(g, 0, 4);
  const lengths = Array.from({ length: nPhases }, () => int(g, 1, 5));
  const end = start + Math.max(1, lengths.reduce((a, b) => a + b, 0) + int(g, 0, 3));
  const root: Entry[] = [entry('title', text(g, pick(g, ['Le Nouveau Conseil aux Territoires — retour d’expérience', 'Atelier des territoires : vallée de la Lys', title(g)])), comment(g))];
  root.push(entry('scheme', raw(pick(g, SCHEMES)), comment(g)));
  if (chance(g, 0.6)) root.push(entry('client', text(g, 'DDTM 34')));
  if (chance(g, 0.4)) root.push(entry('partners', seq([text(g, 'Communes de Celles, Ganges et Clermont', true), text(g, "Communauté d'agglomération", true)], chance(g, 0.5))));
  if (chance(g, 0.4)) root.push(entry('pilot', text(g, 'Cerema Méditerranée')));
  if (chance(g, 0.3)) root.push(entry('contact', raw('relation-clients@example.org')));
  root.push(entry('period', map([entry('start', raw(monthText(g, start, 'start'))), entry('end', raw(monthText(g, end - 1, 'end')))], chance(g, 0.5)), comment(g)));
  if (chance(g, 0.4)) {
    root.push(entry('territories', seq([map([entry('name', text(g, 'Ganges', true)), entry('kind', raw(pick(g, ['commune', 'epci', 'departement', 'region', 'other']))), entry('population', raw('4000'))], chance(g, 0.4))])));
  }
  if (chance(g, 0.3)) root.push(entry('themes', seq([text(g, 'Sobriété foncière', true)], true)));
  if (chance(g, 0.3)) root.push(entry('needs', seq([text(g, "Définir le cadre d'intervention de la DDTM", true)])));
  if (chance(g, 0.2)) root.push(entry('response', { kind: 'literal', lines: ['Une analyse des retours d’expérience', 'et trois ateliers.'] }));
  const governance = chance(g, 0.5) ? ['copil', 'cotech'].slice(0, int(g, 1, 2)) : [];
  if (governance.length) root.push(entry('governance', seq(governance.map((id) => map([entry('id', raw(id)), entry('name', text(g, id === 'copil' ? 'Comité de pilotage' : 'Comité technique', true))], chance(g, 0.3))))));
  const deliverables = chance(g, 0.5) ? ['rapport'] : [];
  let month = start;
  const phases = lengths.map((len, i) => {
    const e: Entry[] = [entry('id', raw(`phase-${i + 1}`)), entry('title', text(g, pick(g, ['Diagnostic partagé', 'Ateliers de projet', 'Plan d’action', title(g)])), comment(g))];
    e.push(entry('start', raw(monthText(g, month, 'start'))), entry('end', raw(monthText(g, month + len - 1, 'end'))));
    if (chance(g, 0.5)) {
      const path = `ateliers/atelier-${i + 1}.programme.yaml`;
      const spec = programmeSpec(g, { date: dayOfMonth(month, int(g, 1, 28)) });
      files[`file:///ws/mission/${path}`] = render(programmeYaml(g, spec));
      e.push(entry('programmes', seq([text(g, path, true)], chance(g, 0.5))));
    }
    if (deliverables.length && chance(g, 0.5)) e.push(entry('deliverables', seq(deliverables.map(raw), true)));
    if (governance.length && chance(g, 0.5)) e.push(entry('governance', seq([raw(governance[0]!)], true)));
    month += len;
    return map(e);
  });
  if (phases.length) root.push(entry('phases', seq(phases), undefined, chance(g, 0.3) ? 'les phases de la mission' : undefined));
  if (deliverables.length) root.push(entry('deliverables', seq([map([entry('id', raw('rapport')), entry('title', text(g, 'Rapport final')), entry('due', raw(monthText(g, end - 1, 'end')))])])));
  if (chance(g, 0.3)) root.push(entry('indicators', seq([map([entry('label', text(g, 'Projets inscrits')), entry('value', raw('280')), entry('target', raw('300'))])])));
  return { text: render(map(root)), files };
});

