// Deterministic generator of the benchmark's inputs: programmes of 10 to 10,000 slots
// (several days, people, groups, tracks, per_group restitutions, deliverables, comments)
// with four deliberate errors each, a mission folder of 200 linked seed-sized programmes,
// and a folder of 1,000 typical programmes for the CLI.
//
//   node bench/generate.mjs [outDir]     (default bench/.data)
//
// Every programme is accepted by the checker apart from the deliberate errors; the bench
// counts diagnostics by code to prove it (see EXPECTED below).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIZES = [10, 100, 1000, 5000, 10000];
export const MISSION_PROGRAMMES = 200;
export const TYPICAL_PROGRAMMES = 1000;

/** The diagnostics each generated large programme must produce, by code, and nothing else. */
export const EXPECTED = { 'time-overlap': 1, 'time-gap': 1, 'ref-unknown': 1, schema: 1 };

/** mulberry32: small, fast, and the same numbers on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['garnier', 'Hélène Garnier', 'Cheffe de projet Atelier des territoires', 'DDT 52'],
  ['oudin', 'Bastien Oudin', 'Architecte-urbaniste, mandataire', 'Atelier Lisières'],
  ['royer', 'Camille Royer', 'Paysagiste conseil', 'DDTM 59'],
  ['perrin', 'Lucas Perrin', 'Programmiste, géographe', 'Atelier Lisières'],
  ['marchand', 'Julien Marchand', 'Chef de projet aménagement', 'Cerema Hauts-de-France'],
  ['lemaire', 'Sophie Lemaire', 'Référente territoriale', 'DDTM 62'],
  ['dufresne', 'Claire Dufresne', 'Responsable pédagogique', "CVRH d'Arras"],
  ['vasseur', 'Antoine Vasseur', 'Chef de projet Petites villes de demain', 'CC du Ternois'],
  ['applincourt', 'Frédéric Applincourt', 'Référent territorial', 'DDTM 59'],
];
const GROUPS = [['g1', 'Groupe 1'], ['g2', 'Groupe 2'], ['g3', 'Groupe 3']];
const THEMES = [
  'la revitalisation du centre-bourg', 'la sobriété foncière', 'les mobilités du quotidien',
  "la gestion de l'eau et des crues", 'le logement vacant', 'les friches industrielles',
  'les paysages agricoles', 'les services au public', 'la transition énergétique',
];
const STEPS = [
  'Lecture de paysage depuis les points hauts',
  "Rencontres avec des habitants et des exploitants en chemin",
  'Relevés (croquis, photos, repérage sur plan)',
  "Mise à disposition d'un dossier cartographique support",
  "Formulation d'hypothèses de travail",
  'Questions des participants',
  "Le point de vue de la collectivité sur ses besoins d'ingénierie",
  'Identification des éléments de projet potentiels',
];
const ROOMS = ['Grande salle', 'Salle du conseil', 'Salle des associations'];

/** Clock time in one of the notations of FORMAT.md §2, chosen per day. */
function clock(minutes, style) {
  const h = Math.floor(minutes / 60), m = minutes % 60;
  const mm = String(m).padStart(2, '0');
  if (style === 0) return `${String(h).padStart(2, '0')}h${mm}`;
  if (style === 1) return `${String(h).padStart(2, '0')}:${mm}`;
  return m === 0 ? `${h}h` : `${h}h${mm}`;
}
function range(start, end, style) {
  const sep = style === 0 ? '-' : style === 1 ? ' – ' : ' à ';
  return `${clock(start, style)}${sep}${clock(end, style)}`;
}
function quoteIfNeeded(value) {
  return /[:#]|^[\d"'[{&*!|>%@`-]/.test(value) ? JSON.stringify(value) : value;
}
function addDays(iso, days) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// One day of the template: 08:30–17:00, breaks before 180 min of content, a restitution
// whose per_group × 3 groups fills it exactly. [start, end, kind] in minutes.
const DAY = [
  [510, 540, 'welcome'], [540, 570, 'presentation'], [570, 630, 'workshop'], [630, 645, 'break'],
  [645, 720, 'group-work'], [720, 780, 'meal'], [780, 840, 'site-visit'], [840, 900, 'exercise'],
  [900, 915, 'break'], [915, 960, 'report-back'], [960, 990, 'discussion'], [990, 1020, 'closing'],
];
export const SLOTS_PER_DAY = DAY.length;

/**
 * One programme of `slots` slots. Options: seed, date (first day), errors (the four
 * deliberate errors), title. One day uses `date` + `agenda`, several use `days`.
 */
export function generateProgramme(slots, { seed = 1, date = '2025-03-03', errors = true, title } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const dayCount = Math.ceil(slots / SLOTS_PER_DAY);
  const multi = dayCount > 1;
  // The slot that carries each deliberate error, as [day, slot index in DAY].
  const mid = Math.floor(dayCount / 2);
  const short = slots < SLOTS_PER_DAY; // one partial day: the afternoon's last slots are missing
  const err = errors ? {
    typo: [mid, 7], // exercise: `descripton`
    // discussion starts 10 min before the restitution ends (short: the break before it)
    overlap: short ? [0, 8] : [mid, 10],
    // closing starts 15 min late (short: the site visit)
    gap: short ? [0, 6] : [Math.min(mid + 1, dayCount - 1), 11],
    unknown: [Math.floor(dayCount / 3), 1], // presentation by a misspelt second speaker
  } : {};
  const is = (name, d, s) => err[name] && err[name][0] === d && err[name][1] === s;

  const out = [];
  const theme = pick(THEMES);
  out.push(`# Programme généré pour le banc d'essai (graine ${seed}, ${slots} créneaux).`);
  out.push(`title: ${quoteIfNeeded(title ?? `Atelier territorial sur ${theme}`)}`);
  out.push(`subtitle: Atelier des territoires — session ${seed}`);
  out.push('format: workshop');
  out.push('language: fr');
  out.push('organiser: DDTM 59');
  out.push('audience:');
  out.push('  - Agents de la DDTM (front office)');
  out.push('  - Élus et techniciens des communes');
  out.push(`participants: ${18 + Math.floor(rnd() * 20)}`);
  out.push('location:');
  out.push('  name: Salle des fêtes');
  out.push('  commune: Poix-du-Nord (59)');
  out.push('objectives:');
  out.push(`  - Partager un diagnostic sur ${theme}`);
  out.push('  - Identifier les outils d’accompagnement de la DDTM');
  out.push('context: |');
  out.push('  La commune cherche à raccrocher avec de nouvelles dynamiques en se positionnant');
  out.push('  comme pôle résidentiel secondaire, en jouant sur sa qualité de vie.');
  out.push('');
  // The agenda is written first: only the people it references are declared (a short
  // programme would otherwise report them as `unused`).
  const agenda = [];
  const used = new Set(GROUPS.map((_, i) => PEOPLE[1 + i][0]));
  const header = out.splice(0);
  // One deliverable per group-work slot would make thousands; real programmes have a few,
  // produced on the first days and due at a restitution.
  const deliverables = Math.min(dayCount, 6);
  out.push('deliverables:');
  for (let k = 0; k < deliverables; k++) {
    out.push(`  - id: synthese-${k + 1}`, `    title: Synthèse de diagnostic n° ${k + 1}`, '    owner: each-group', `    due: restitution-${k + 1}`);
    if (k % 2 === 0) out.push('    format: Plan annoté et notes de visite');
  }
  out.push('');
  if (!multi) out.push(`date: ${date}`, 'agenda:');
  else out.push('days:');
  const deliverableLines = out.splice(0);

  let written = 0;
  for (let d = 0; d < dayCount; d++) {
    const style = d % 3;
    const ind = multi ? '      ' : '  ';
    if (multi) {
      out.push(`  - date: ${addDays(date, d)}`);
      out.push(`    title: Jour ${d + 1} — ${pick(THEMES)}`);
      out.push('    agenda:');
    }
    for (let s = 0; s < SLOTS_PER_DAY && written < slots; s++, written++) {
      let [start, end, type] = DAY[s];
      if (is('overlap', d, s)) start -= 10;
      if (is('gap', d, s)) start += 15;
      const slot = [];
      const key = (k, v) => slot.push(`${ind}  ${k}: ${v}`);
      if (s > 0) out.push('');
      if (s === 0 && d % 4 === 1) out.push(`${ind}# Jour ${d + 1} : accueil en mairie, café offert par la commune.`);
      if (s === 6 && d % 2 === 0) out.push(`${ind}# Chaque groupe suit le parcours qu'il a préparé, accompagné de son conseil.`);
      if (type === 'report-back') key('id', `restitution-${d + 1}`);
      key('time', range(start, end, style));
      const titles = {
        welcome: 'Accueil des participants - constitution des groupes',
        presentation: `Présentation du contexte : ${pick(THEMES)}`,
        workshop: `Atelier « forces, fragilités, leviers » sur ${pick(THEMES)}`,
        break: 'Pause',
        'group-work': 'Séquence de recollement par groupe des éléments de la visite',
        meal: 'Pause déjeuner',
        'site-visit': "L'expérience du terrain (visite du site)",
        exercise: "Exercice : formulation d'une proposition d'accompagnement",
        'report-back': 'Restitution par groupe',
        discussion: `Échange : ${pick(THEMES)}`,
        closing: 'Conclusion et suites',
      };
      key('title', quoteIfNeeded(titles[type]));
      key('type', type);
      const person = (k) => {
        const id = PEOPLE[(d + k) % PEOPLE.length][0];
        used.add(id);
        return id;
      };
      switch (type) {
        case 'presentation':
          key('speakers', is('unknown', d, s) ? `[${person(0)}, marchnd]` : `[${person(0)}]`);
          break;
        case 'workshop':
          key('groups', 'all');
          slot.push(`${ind}  tracks:`);
          GROUPS.forEach(([g], i) => {
            slot.push(`${ind}    - title: ${pick(THEMES)} (${g})`, `${ind}      groups: [${g}]`, `${ind}      lead: ${PEOPLE[1 + i][0]}`);
            if (d % 2 === 0) slot.push(`${ind}      room: ${ROOMS[i]}`);
          });
          break;
        case 'group-work':
          key('groups', 'all');
          slot.push(`${ind}  steps:`, `${ind}    - ${pick(STEPS)}`, `${ind}    - ${pick(STEPS)}`);
          if (d < deliverables) key('produces', `[synthese-${d + 1}]`);
          break;
        case 'site-visit':
          slot.push(`${ind}  steps:`, `${ind}    - ${pick(STEPS)}`, `${ind}    - ${pick(STEPS)}`, `${ind}    - ${pick(STEPS)}`);
          key('materials', '[Dossier cartographique]');
          break;
        case 'exercise':
          slot.push(`${ind}  ${is('typo', d, s) ? 'descripton' : 'description'}: >-`);
          slot.push(`${ind}    Il s'agit d'identifier les enjeux appelant une réponse dans le cadre`);
          slot.push(`${ind}    d'un projet de la commune, et les moyens de la formuler.`);
          key('groups', 'all');
          break;
        case 'report-back':
          key('groups', 'all');
          key('per_group', '15min');
          key('speakers', `[${person(2)}]`);
          break;
        case 'discussion':
          key('speakers', `[${person(3)}, ${person(4)}]`);
          slot.push(`${ind}  steps:`, `${ind}    - ${pick(STEPS)}`);
          break;
        case 'closing':
          key('speakers', `[${person(5)}, ${person(6)}]`);
          if (d % 5 === 0) key('notes', 'Rappeler la date de la prochaine session.');
          break;
      }
      slot[0] = `${ind}- ${slot[0].slice(ind.length + 2)}`;
      out.push(...slot);
    }
    if (multi && d < dayCount - 1) out.push('');
  }
  out.push('');
  agenda.push(...out.splice(0));
  const people = ['people:'];
  for (const [id, name, role, org] of PEOPLE.filter(([id]) => used.has(id))) {
    people.push(`  - id: ${id}`, `    name: ${name}`, `    role: ${quoteIfNeeded(role)}`, `    organisation: ${quoteIfNeeded(org)}`);
  }
  people.push('', 'groups:');
  GROUPS.forEach(([id, name], i) => people.push(`  - id: ${id}`, `    name: ${name}`, `    lead: ${PEOPLE[1 + i][0]}`));
  people.push('');
  return [...header, ...people, ...deliverableLines, ...agenda].join('\n');
}

/** A mission linking `count` seed-sized one-day programmes, 4 days apart, in 10 phases. */
export function generateMission(count = MISSION_PROGRAMMES) {
  const first = '2024-01-08';
  const programmes = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(first, 4 * i);
    programmes.push({
      name: `session-${String(i + 1).padStart(3, '0')}.programme.yaml`,
      date,
      text: generateProgramme(SLOTS_PER_DAY, { seed: 1000 + i, date, errors: false, title: `Session ${i + 1} de la mission` }),
    });
  }
  const phases = 10, per = Math.ceil(count / phases);
  const lastDate = programmes[count - 1].date;
  const out = [
    '# Mission générée pour le banc d\'essai : 200 sessions réparties en 10 phases.',
    'title: Accompagnement des communes du Val d\'Argance',
    'scheme: other',
    'client: DDT de la Haute-Marne (DDT 52)',
    'partners: [Communauté de communes du Val d\'Argance, CAUE de la Haute-Marne]',
    'pilot: DDT 52 — service Territoires',
    'contact: atelier-territoires.ddt52@example.org',
    `period: { start: ${first.slice(0, 7)}, end: ${lastDate.slice(0, 7)} }`,
    'territories:',
    '  - name: Communauté de communes du Val d\'Argance',
    '    kind: epci',
    '    population: 14800',
    'governance:',
    '  - id: copil',
    '    name: Comité de pilotage',
    '    members: [Président de la communauté de communes, Direction de la DDT 52]',
    'phases:',
  ];
  for (let p = 0; p < phases; p++) {
    const slice = programmes.slice(p * per, (p + 1) * per);
    if (slice.length === 0) break;
    out.push(`  - id: phase-${p + 1}`, `    title: Phase ${p + 1}`, `    start: ${slice[0].date}`, `    end: ${slice[slice.length - 1].date}`);
    out.push('    programmes:');
    for (const prog of slice) out.push(`      - ${prog.name}`);
    out.push(`    deliverables: [rapport-${p + 1}]`, '    governance: [copil]');
  }
  out.push('deliverables:');
  for (let p = 0; p < phases; p++) out.push(`  - id: rapport-${p + 1}`, `    title: Rapport de la phase ${p + 1}`);
  out.push('');
  return { mission: out.join('\n'), programmes };
}

/**
 * A mission run by workstream (FORMAT.md 7.2), for issue 15's goal: `workstreams` lines of
 * work, one territory and two phases each, and `milestones` milestones spread over them,
 * with a team, deliverables with owners and statuses. Clean: the checker finds nothing.
 */
export function generateWorkstreamMission(workstreams = 50, milestones = 500) {
  const out = [
    'title: Accompagnement des contrats de territoire — banc d\'essai',
    'scheme: crte',
    'client: Agence nationale de la cohésion des territoires',
    'context: |',
    '  Une ligne de travail par territoire, menées en parallèle.',
    'period: { start: 2021-01, end: 2024-12 }',
    'people:',
    '  - id: cheffe',
    '    name: Cheffe de projet',
    '    role: Pilotage',
    'pilot: cheffe',
    'governance:',
    '  - id: copil',
    '    name: Comité de pilotage',
    'territories:',
  ];
  for (let w = 1; w <= workstreams; w++) out.push(`  - id: t${w}`, `    name: Communauté de communes n° ${w}`, '    kind: epci', `    population: ${10000 + w * 37}`);
  out.push('workstreams:');
  const statuses = ['planned', 'in-progress', 'done'];
  for (let w = 1; w <= workstreams; w++) {
    out.push(`  - id: ws${w}`, `    title: Territoire ${w}`, `    territories: [t${w}]`, '    lead: cheffe', `    status: ${statuses[w % 3]}`, '    method: Diagnostic partagé puis ateliers.');
  }
  out.push('phases:');
  for (let w = 1; w <= workstreams; w++) {
    out.push(`  - id: diag-${w}`, `    title: Diagnostic ${w}`, `    workstream: ws${w}`, '    start: 2021-03', '    end: 2022-06', `    deliverables: [carnet-${w}]`, '    governance: [copil]');
    out.push(`  - id: suivi-${w}`, `    title: Suivi ${w}`, `    workstream: ws${w}`, '    kind: follow-up', '    start: 2022-06', '    end: 2024-06');
  }
  out.push('milestones:');
  const kinds = ['launch', 'committee', 'signature', 'deadline', 'restitution'];
  for (let m = 0; m < milestones; m++) {
    const w = (m % workstreams) + 1;
    const day = String((m % 27) + 1).padStart(2, '0');
    const month = String((Math.floor(m / workstreams) % 12) + 1).padStart(2, '0');
    out.push(`  - id: jalon-${m + 1}`, `    title: Jalon ${m + 1}`, `    date: 2022-${month}-${day}`, `    kind: ${kinds[m % kinds.length]}`, `    workstream: ws${w}`, '    governance: copil');
  }
  out.push('deliverables:');
  for (let w = 1; w <= workstreams; w++) out.push(`  - id: carnet-${w}`, `    title: Carnet de territoire ${w}`, '    due: 2022-06', '    owner: cheffe', '    status: delivered');
  out.push('');
  return out.join('\n');
}

/** Writes every input under `dir`; returns their paths. */
export function generateAll(dir = fileURLToPath(new URL('./.data', import.meta.url))) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const programmes = {};
  for (const size of SIZES) {
    const file = join(dir, `slots-${size}.programme.yaml`);
    writeFileSync(file, generateProgramme(size, { seed: size }));
    programmes[size] = file;
  }
  const missionDir = join(dir, 'mission');
  mkdirSync(missionDir);
  const { mission, programmes: linked } = generateMission();
  writeFileSync(join(missionDir, 'mission.mission.yaml'), mission);
  for (const p of linked) writeFileSync(join(missionDir, p.name), p.text);
  const workstreamMission = join(dir, 'workstreams.mission.yaml');
  writeFileSync(workstreamMission, generateWorkstreamMission());
  const typicalDir = join(dir, 'typical');
  mkdirSync(typicalDir);
  for (let i = 0; i < TYPICAL_PROGRAMMES; i++) {
    // Distinct dates, so the same people are never double-booked across files.
    const date = addDays('2020-01-06', i);
    writeFileSync(join(typicalDir, `atelier-${String(i + 1).padStart(4, '0')}.programme.yaml`),
      generateProgramme(SLOTS_PER_DAY, { seed: 5000 + i, date, errors: false }));
  }
  return { dir, programmes, missionDir, missionFile: join(missionDir, 'mission.mission.yaml'), typicalDir, workstreamMission };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = generateAll(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`generated into ${result.dir}`);
}
