/**
 * The Word export (server/src/core/export/docx.ts): views built by hand (the seed-004
 * Poix-du-Nord atelier, a two-day training, the NCT Hérault mission) are exported, then read
 * back with mammoth (text and HTML) and by unzipping the package: every slot's time, title
 * and speakers, the table header, the day summary, notes only when the view has them, Word
 * structure (styled table, repeated header row, page numbers), and user text that looks like
 * markup, entities or formulas comes back as literal text in well-formed XML.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { toDocx } from '../../server/src/core/export/docx';
import { labelsFor } from '../../server/src/core/render/labels';
import type { Labels, MissionView, PersonView, ProgrammeView, SlotView } from '../../server/src/core/render/viewModel';
import { formatClock, formatDuration } from '../../server/src/core/time';
import { createLanguageService } from '../../server/src/core';
import { buildView } from '../../server/src/core/render/buildView';
import { memoryFiles } from '../helpers';
import { HOSTILE, hostileMission, hostileProgramme } from './render/injection';

// ---------------------------------------------------------------------------------------------
// Reading the package back

/** The files of a zip archive (stored or deflated entries), by name. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'end of central directory found');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataStart, dataStart + size);
    files.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

interface ReadBack {
  bytes: Uint8Array;
  text: string;
  html: string;
  files: Map<string, string>;
  document: string;
}

async function readBack(view: ProgrammeView | MissionView): Promise<ReadBack> {
  const bytes = await toDocx(view);
  const buffer = Buffer.from(bytes);
  const raw = await mammoth.extractRawText({ buffer });
  const html = await mammoth.convertToHtml({ buffer });
  // mammoth parses every part strictly and rejects a malformed one; it reports problems as messages.
  assert.deepEqual(raw.messages.filter((m) => m.type === 'error'), []);
  assert.deepEqual(html.messages.filter((m) => m.type === 'error'), []);
  const files = unzip(bytes);
  return { bytes, text: nbsp(raw.value), html: nbsp(html.value), files, document: files.get('word/document.xml') ?? '' };
}

/** French typography puts a no-break space before the colon. */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

function part(r: ReadBack, pattern: RegExp): string {
  const name = [...r.files.keys()].find((n) => pattern.test(n));
  assert.ok(name, `a part matching ${pattern}`);
  return r.files.get(name)!;
}

/** Text content (no markup, entities kept) of every `w:t` in a part. */
function texts(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** What a strict XML parser needs beyond mammoth's: every `&` starts an entity, no raw markup in text. */
function assertWellFormedText(xml: string): void {
  assert.doesNotMatch(xml, /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/, 'bare & in XML');
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/, 'character XML cannot carry');
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) assert.doesNotMatch(m[1]!, />/, 'raw > inside w:t');
}

// ---------------------------------------------------------------------------------------------
// Views

// The labels and time notation the real rendering uses.
const fr: Labels = labelsFor('fr');

const person = (id: string, name: string, role?: string): PersonView => ({ id, name, ...(role ? { role } : {}), organisation: 'DDTM 59' });
const archi1 = person('architecte-conseil-1', 'Architecte conseil du groupe 1', 'Architecte conseil');
const archi2 = person('architecte-conseil-2', 'Architecte conseil du groupe 3', 'Architecte conseil');
const paysagiste = person('paysagiste-conseil', 'Paysagiste conseil du groupe 2', 'Paysagiste conseil');
const applincourt = person('applincourt', 'Frédéric Applincourt', 'Référent territorial (RT) sur ce secteur');
const animation = person('animation', 'Équipe d’animation', 'Animateurs de la journée');

let line = 100;
const clock = (m: number) => formatClock(m, 'h');
const duration = formatDuration;

function slot(from: string, to: string, title: string, type: string, typeLabel: string, extra: Partial<SlotView> = {}): SlotView {
  const [start, end] = [from, to].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
  line += 5;
  return {
    line,
    endLine: line + 4,
    start: start!,
    end: end!,
    startText: clock(start!),
    endText: clock(end!),
    durationText: duration(end! - start!),
    title,
    type,
    typeLabel,
    isPause: ['welcome', 'break', 'meal'].includes(type),
    steps: [],
    speakers: [],
    groups: [],
    tracks: [],
    turns: [],
    materials: [],
    produces: [],
    problems: [],
    ...extra,
  };
}

const perGroupTracks = (titles: [string, string, string]) => [
  { title: titles[0], groups: ['Groupe 1'], lead: archi1, speakers: [] },
  { title: titles[1], groups: ['Groupe 2'], lead: paysagiste, speakers: [] },
  { title: titles[2], groups: ['Groupe 3'], lead: archi2, speakers: [] },
];

const SYNTHESE = 'Synthèse de diagnostic « à première vue » et éléments de projet contextualisés';
const BOITE = '« Boîte à outils » d’accompagnement de la DDTM, complétée par les participants';
const PROPOSITION = 'Proposition d’accompagnement de la commune (enjeux et méthodes)';
const EXERCICE =
  'Exercice : formulation d’une proposition d’accompagnement de la commune, identification des enjeux appelant à une réponse, identification des méthodes permettant d’obtenir cette réponse';

function poixDuNord(): ProgrammeView {
  line = 100;
  const slots: SlotView[] = [
    slot('08:30', '09:00', 'Accueil des participants - Constitution des groupes (3 groupes)', 'welcome', 'accueil'),
    slot('09:00', '09:15', 'Présentation de l’organisation, du contexte et des attendus de la journée', 'presentation', 'exposé', { speakers: [animation] }),
    slot('09:15', '09:45', 'Projets d’aménagement : l’accompagnement DDTM, quel positionnement et pourquoi ?', 'discussion', 'échange', {
      steps: [
        'Séquence d’échange avec les participants, centrée sur l’apport d’exemples ou contre-exemples d’appui aux collectivités sur leurs projets (ex. friche Jalla — accompagnement positif ; Zuydcoote — absence d’accompagnement que la collectivité pourrait regretter)',
        'L’avis des conseils : ayant participé à cet accompagnement, quelle est leur vision du besoin de la collectivité ?',
        'Introduction et présentation du site d’étude au travers d’une intervention de Frédéric Applincourt, RT sur ce secteur',
      ],
      speakers: [animation, archi1, paysagiste, archi2, applincourt],
    }),
    slot('09:45', '10:00', 'Préparation de la visite de terrain (par groupe avec un Conseil)', 'group-work', 'travail en groupe', {
      description: 'Objectif : développement par les stagiaires d’une stratégie de découverte, en recherchant l’appui des participants issus de la commune.',
      steps: [
        'Mise à disposition d’un dossier cartographique support à la visite de terrain et au travail en salle',
        'Découverte « cartographique » du territoire, formulation d’hypothèses de travail',
        'Mise au point d’une stratégie de découverte du site (parcours, séquence, points d’arrêt…)',
      ],
      materials: ['Dossier cartographique'],
      tracks: perGroupTracks(['Groupe 1', 'Groupe 2', 'Groupe 3']).map((t, i) => (i === 0 ? { ...t, room: 'Salle du conseil' } : t)),
    }),
    slot('10:00', '12:00', 'L’expérience du terrain (visite du site)', 'site-visit', 'visite de terrain', {
      steps: [
        'Prise de notes (écrites, graphiques)',
        'Prise de photos',
        'Repérage sur plan',
        'Identification des éléments de projet potentiels (formulés par la collectivité ou identifiés de manière indépendante)',
      ],
      materials: ['Dossier cartographique'],
      tracks: perGroupTracks(['Parcours du groupe 1', 'Parcours du groupe 2', 'Parcours du groupe 3']),
    }),
    slot('12:00', '13:00', 'Pause déjeuner', 'meal', 'repas'),
    slot('13:00', '14:15', 'Séquence de recollement par groupe des éléments d’information obtenus au cours de la visite', 'group-work', 'travail en groupe', {
      groups: ['Tous les groupes'],
      steps: ['Il s’agit de formuler autant une synthèse de diagnostic « à première vue » que d’y inscrire de manière contextualisée les éléments de projet identifiés'],
      produces: [SYNTHESE],
    }),
    slot('14:15', '14:45', 'Présentation de la « boîte à outils » dont la DDTM dispose en matière d’accompagnement', 'presentation', 'exposé', {
      steps: ['Sous forme de séquence interactive, alimentation de la boîte à outils par les participants + compléments par les animateurs'],
      speakers: [animation],
      produces: [BOITE],
    }),
    slot('14:45', '16:00', EXERCICE, 'exercise', 'exercice', {
      groups: ['Tous les groupes'],
      steps: [
        'Il s’agit ici d’être capable d’identifier d’une part les enjeux appelant à une réponse impérative dans le cadre d’un projet de la commune, et d’autre part d’identifier les moyens à mettre en œuvre pour formuler effectivement un projet de la commune',
      ],
      produces: [PROPOSITION],
    }),
    slot('16:00', '16:45', 'Restitution par groupe', 'report-back', 'restitution', {
      groups: ['Tous les groupes'],
      steps: ['15 mn / groupe'],
      turns: [
        { group: 'Groupe 1', startText: '16h00', endText: '16h15' },
        { group: 'Groupe 2', startText: '16h15', endText: '16h30' },
        { group: 'Groupe 3', startText: '16h30', endText: '16h45' },
      ],
    }),
    slot('16:45', '17:00', 'Conclusion', 'closing', 'conclusion', { speakers: [animation] }),
  ];
  return {
    kind: 'programme',
    language: 'fr',
    labels: fr,
    title: 'Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement',
    subtitle: 'Atelier territorial — commune de Poix-du-Nord',
    formatLabel: 'atelier',
    organiser: 'DDTM 59',
    datesText: '20 octobre 2021',
    location: 'Poix-du-Nord (59)',
    audience: ['Agents de la DDTM 59 (front office), stagiaires de l’atelier territorial', 'Participants issus de la commune de Poix-du-Nord'],
    objectives: [
      'Échanger sur le positionnement de la DDTM dans l’accompagnement des projets « autonomes » des collectivités et notre légitimité à porter et défendre les enjeux de nos politiques publiques dans le cadre de cet accompagnement',
      'Aborder notamment les conséquences que les projets d’aménagement sont susceptibles d’entraîner, au-delà du strict contexte réglementaire',
      'Anticiper sur les éventuelles procédures auxquelles ils se confrontent au cours de leur déroulement',
      'Balayer les compétences, les méthodes et les outils d’accompagnement dont dispose la DDTM pour accompagner les collectivités en réponse à leur besoin, fréquent chez les petites collectivités, de cadrage technique voire d’une pré-ingénierie',
      'Au travers d’un cas d’étude sur la ville de Poix du Nord, les outils et les conditions de mise en œuvre de cet accompagnement',
    ],
    prerequisites: [],
    evaluation: [],
    context:
      'Dans le cadre de la réorganisation de janvier 2020, les postures des agents de la DDTM\névoluent, avec une organisation front/back office.\n\nSite et contexte : la ville de Poix du Nord est une petite commune rurale de 2200\nhabitants environ, située dans un secteur à dominante agricole, entre Cambrai et\nMaubeuge.\n',
    people: [archi1, archi2, paysagiste, applincourt, animation],
    groups: [
      { id: 'g1', name: 'Groupe 1', lead: archi1.name, members: [] },
      { id: 'g2', name: 'Groupe 2', lead: paysagiste.name, members: [] },
      { id: 'g3', name: 'Groupe 3', lead: archi2.name, members: [] },
    ],
    deliverables: [
      { id: 'synthese-diagnostic', title: SYNTHESE, owner: 'Chaque groupe', dueText: 'Restitution par groupe (16h00)', format: 'Plan annoté et notes de visite' },
      { id: 'boite-a-outils', title: BOITE, owner: animation.name },
      { id: 'proposition-accompagnement', title: PROPOSITION, owner: 'Chaque groupe', dueText: 'Restitution par groupe (16h00)' },
    ],
    days: [
      {
        line: 12,
        date: 18920,
        dateText: '20 octobre 2021',
        slots,
        summary: {
          startText: '08h30',
          endText: '17h00',
          contentText: '7 h',
          pauseText: '1 h 30',
          slots: slots.length,
          perGroup: ['Groupe 1', 'Groupe 2', 'Groupe 3'].map((group) => ({ group, durationText: '5 h 30' })),
        },
      },
    ],
  };
}

function training(): ProgrammeView {
  line = 300;
  const dufresne: PersonView = { id: 'dufresne', name: 'Claire Dufresne', role: 'Responsable pédagogique', organisation: 'CVRH d’Arras' };
  const marchand: PersonView = { id: 'marchand', name: 'Julien Marchand', role: 'Chef de projet aménagement', organisation: 'Cerema Hauts-de-France' };
  const day1 = [
    slot('09:00', '09:30', 'Accueil café', 'welcome', 'accueil'),
    slot('09:30', '11:00', 'Le rôle de la DDT(M) dans les projets de revitalisation', 'presentation', 'exposé', { speakers: [marchand] }),
  ];
  const day2 = [
    slot('09:00', '12:00', 'Cas pratique : une proposition d’accompagnement', 'exercise', 'exercice', { speakers: [dufresne, marchand], groups: ['Tous les groupes'] }),
    slot('12:00', '12:30', 'Évaluation des acquis', 'evaluation', 'évaluation', { speakers: [dufresne] }),
  ];
  return {
    kind: 'programme',
    language: 'fr',
    labels: fr,
    title: 'Accompagner les collectivités dans leurs projets de revitalisation',
    formatLabel: 'formation',
    organiser: 'CVRH d’Arras — Cerema Hauts-de-France',
    datesText: '14 mars 2024, 15 mars 2024',
    location: 'CVRH d’Arras, salle Vauban, Arras (62)',
    audience: ['Agents des DDT(M) en charge de l’appui aux territoires'],
    participants: 16,
    objectives: ['Qualifier la demande d’une collectivité'],
    prerequisites: ['Être en poste en DDT(M) sur une mission d’appui aux territoires'],
    evaluation: ['Questionnaire de positionnement envoyé trois semaines avant la session', 'Attestation de fin de formation remise à chaque stagiaire'],
    accessibility: 'Formation accessible aux personnes en situation de handicap : contactez la référente handicap du CVRH d’Arras.',
    people: [dufresne, marchand],
    groups: [],
    deliverables: [],
    days: [
      {
        line: 40,
        date: 19796,
        dateText: '14 mars 2024',
        title: 'Comprendre',
        location: 'CVRH d’Arras, salle Vauban',
        slots: day1,
        summary: { startText: '09h00', endText: '11h00', contentText: '1 h 30', pauseText: '30 min', slots: 2, perGroup: [] },
      },
      {
        line: 80,
        date: 19797,
        dateText: '15 mars 2024',
        title: 'Mettre en pratique',
        location: 'Mairie de Saint-Pol-sur-Ternoise',
        slots: day2,
        summary: { startText: '09h00', endText: '12h30', contentText: '3 h 30', pauseText: '0 min', slots: 2, perGroup: [] },
      },
    ],
  };
}

function nctHerault(): MissionView {
  return {
    kind: 'mission',
    language: 'fr',
    labels: fr,
    title: 'Le Nouveau Conseil aux Territoires — retour d’expérience de la DDTM 34 et organisation en région Occitanie',
    schemeLabel: 'Nouveau conseil aux territoires (NCT)',
    client: 'DDTM 34',
    partners: ['Communes de Celles, de Ganges et de Clermont l’Hérault', 'Collectivités d’Occitanie'],
    pilot: 'Cerema Méditerranée',
    contact: 'relation-clients-paca@cerema.fr',
    periodStart: 16801,
    periodEnd: 17531,
    periodText: '1er janvier 2016 – 31 décembre 2017',
    territories: [
      { name: 'Celles', kind: 'commune', population: 30, populationText: '30 habitants' },
      { name: 'Ganges', kind: 'commune', population: 3950, populationText: '3\u202f950 habitants' },
      { name: 'Clermont l’Hérault', kind: 'commune', population: 8720, populationText: '8\u202f720 habitants' },
    ],
    themes: ['Lutte contre l’artificialisation des sols et sobriété foncière'],
    needs: ['Définir le cadre d’intervention de la DDTM pour la mission NCT', 'Mettre au point la méthodologie d’intervention'],
    response: 'Une analyse des retours d’expériences de la DDTM 34 a été réalisée.\n\nL’état des lieux a été mené dans les DDT(M) de la région Occitanie.',
    governance: [
      { id: 'copil', name: 'Comité de pilotage', members: ['Direction de la DDTM 34', 'Cerema Méditerranée', 'DREAL Occitanie'] },
      { id: 'groupe-projet', name: 'Groupe projet technique', members: ['Référents NCT de la DDTM 34'] },
    ],
    phases: [
      {
        line: 60,
        id: 'cadrage',
        title: 'Cadrage et cadre d’intervention de la DDTM',
        start: 16801,
        end: 16891,
        datesText: '1er janvier 2016 – 31 mars 2016',
        programmes: [],
        deliverables: ['Cadre d’intervention de la DDTM'],
        governance: ['Comité de pilotage'],
        kind: 'core',
      },
      {
        line: 66,
        id: 'retour-experience',
        title: 'Retour d’expérience et analyse comparée des trois expérimentations',
        start: 16892,
        end: 17166,
        datesText: '1er avril 2016 – 31 décembre 2016',
        programmes: [
          { path: 'atelier-retour-experience.programme.yaml', title: 'Atelier de retour d’expérience', dates: [16980], datesText: '28 juin 2016', missing: false, days: [{ date: 16980, start: 570, end: 1020 }] },
          { path: 'atelier-disparu.programme.yaml', title: 'atelier-disparu.programme.yaml', dates: [], datesText: '', missing: true, days: [] },
        ],
        deliverables: ['Analyse comparée'],
        governance: ['Groupe projet technique'],
        kind: 'core',
      },
    ],
    deliverables: [
      { line: 90, id: 'cadre-intervention', title: 'Cadre d’intervention de la DDTM', due: 16891, dueText: 'mars 2016' },
      { line: 93, id: 'rapport', title: 'Rapport final', due: 17531, dueText: 'décembre 2017' },
    ],
    people: [],
    workstreams: [],
    milestones: [],
    indicators: [
      { label: 'Communes accompagnées', value: 3, target: 3 },
      { label: 'DDT(M) interrogées', value: 13, target: 13, unit: 'DDT(M)' },
      { label: 'Surface de friches requalifiées', value: 12500, unit: 'm²' },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

describe('Word export of a programme (Poix-du-Nord atelier)', () => {
  const done = readBack(poixDuNord());

  test('a .docx package that mammoth reads without error', async () => {
    const r = await done;
    assert.ok(r.bytes instanceof Uint8Array);
    assert.equal(Buffer.from(r.bytes.subarray(0, 2)).toString('latin1'), 'PK');
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) assert.ok(r.files.has(name), name);
  });

  test('title block: format, title, subtitle, organiser, date, place, audience', async () => {
    const { text, html } = await done;
    const v = poixDuNord();
    assert.match(text, /^atelier\n/);
    for (const s of [v.title, v.subtitle!, 'Organisateur : DDTM 59', 'Date : 20 octobre 2021', 'Lieu : Poix-du-Nord (59)', 'Public :', ...v.audience]) assert.ok(text.includes(s), s);
    assert.ok(html.includes(`<li>${v.audience[1]}</li>`), 'audience as a list');
  });

  test('objectives as a bulleted list under a Heading 1', async () => {
    const { html, text } = await done;
    assert.ok(html.includes('<h1>Objectifs</h1><ul>'), 'heading then list');
    for (const o of poixDuNord().objectives) assert.ok(html.includes(`<li>${o}</li>`), o);
    assert.ok(text.includes('Site et contexte'));
    assert.ok(html.includes('les postures des agents de la DDTM<br />évoluent'), 'line break kept in the context');
    assert.ok(html.includes('Maubeuge.</p>'), 'a paragraph per block of the context');
    assert.ok(!text.includes('Prérequis') && !text.includes('Accessibilité'), 'empty training sections left out');
  });

  test('the day: Heading 2 with the date, then a table whose header row carries the labels', async () => {
    const { html } = await done;
    assert.ok(html.includes('<h1>Programme</h1><h2>20 octobre 2021</h2>'));
    const header = html.match(/<table>\s*<thead>\s*<tr>(.*?)<\/tr>\s*<\/thead>/)?.[1];
    assert.ok(header, 'a thead (the repeated header row)');
    const cells = [...header.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]);
    assert.deepEqual(cells, ['Horaire', 'Durée', 'Séquence', 'Intervenants', 'Contenu']);
  });

  test('every slot: time, duration, bold title, type, speakers', async () => {
    const { text, html } = await done;
    const v = poixDuNord();
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).slice(1);
    assert.equal(rows.length, 11);
    v.days[0]!.slots.forEach((s, i) => {
      const row = rows[i]!;
      assert.ok(row.includes(`<td><p>${s.startText} – ${s.endText}</p></td>`), `time of ${s.title}`);
      assert.ok(row.includes(`<td><p>${s.durationText}</p></td>`), `duration of ${s.title}`);
      assert.ok(row.includes(`<strong>${s.title.replace('&', '&amp;')}</strong>`), `bold title ${s.title}`);
      assert.ok(row.includes(s.typeLabel), `type of ${s.title}`);
      for (const p of s.speakers) assert.ok(row.includes(p.name), `${p.name} in ${s.title}`);
      for (const step of s.steps) assert.ok(row.includes(`<li>${step}</li>`), `step bullet in ${s.title}`);
    });
    assert.ok(text.includes('08h30 – 09h00') && text.includes('16h45 – 17h00'));
    assert.ok(text.includes('Frédéric Applincourt, Référent territorial (RT) sur ce secteur'));
  });

  test('details: tracks, turns, materials, products, groups', async () => {
    const { text } = await done;
    assert.ok(text.includes('En parallèle'));
    assert.ok(text.includes('Groupe 1 — Architecte conseil du groupe 1 — Salle du conseil — Groupe 1'), 'track: title — lead — room — groups');
    assert.ok(text.includes('Parcours du groupe 2 — Paysagiste conseil du groupe 2 — Groupe 2'));
    assert.ok(text.includes('Passages'));
    for (const t of ['Groupe 1 — 16h00–16h15', 'Groupe 2 — 16h15–16h30', 'Groupe 3 — 16h30–16h45']) assert.ok(text.includes(t), t);
    assert.ok(text.includes('Supports : Dossier cartographique'));
    assert.ok(text.includes(`Produit : ${SYNTHESE}`));
    assert.ok(text.includes('Groupes : Tous les groupes'));
  });

  test('pause rows are shaded, the others are not', async () => {
    const { document } = await done;
    const rows = [...document.matchAll(/<w:tr>(.*?)<\/w:tr>|<w:tr [^>]*>(.*?)<\/w:tr>/gs)].map((m) => m[0]);
    const agendaRows = rows.filter((r) => /h\d\d – \d\dh/.test(texts(r)));
    assert.equal(agendaRows.length, 11);
    const shaded = agendaRows.map((r) => (r.match(/w:fill="EDEDED"/g) ?? []).length);
    assert.deepEqual(shaded, [5, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0]);
  });

  test('the day summary follows the table', async () => {
    const { text, html } = await done;
    assert.ok(text.includes('Bilan de la journée : 08h30 – 17h00 · 7 h contenu · 1 h 30 pauses · 11 séquences'));
    // The time per group is the team's accounting: marked as such (only the team's form carries it).
    assert.ok(html.includes('11 séquences<br /><strong>[ÉQUIPE]</strong> Temps par groupe : Groupe 1 5 h 30 · Groupe 2 5 h 30 · Groupe 3 5 h 30</p>'));
    assert.match(html, /<\/table><p><strong>Bilan de la journée<\/strong>/);
  });

  test('people, groups and deliverables sections', async () => {
    const { text, html } = await done;
    for (const h of ['Intervenants', 'Groupes', 'Livrables']) assert.ok(html.includes(`<h1>${h}</h1>`), h);
    assert.ok(text.includes('Frédéric Applincourt — Référent territorial (RT) sur ce secteur (DDTM 59)'));
    assert.ok(text.includes('Groupe 2 — Animation : Paysagiste conseil du groupe 2'));
    assert.ok(text.includes(`${SYNTHESE} — Responsable : Chaque groupe — Échéance : Restitution par groupe (16h00) — Plan annoté et notes de visite`));
  });

  test('no facilitator notes when the view has none', async () => {
    const { text, document } = await done;
    assert.ok(!text.includes('Notes d’animation'));
    assert.ok(!document.includes('DerouleNotes'));
  });

  test('Word structure: styled table with a repeated header row, headings, header and footer with page numbers', async () => {
    const r = await done;
    assert.match(r.document, /<w:tbl>/);
    assert.match(r.document, /<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/);
    assert.match(r.document, /<w:tblStyle w:val="DerouleTable"\/>/);
    assert.match(r.document, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(r.document, /<w:pStyle w:val="Heading2"\/>/);
    assert.match(r.document, /<w:pStyle w:val="Title"\/>/);
    const styles = r.files.get('word/styles.xml')!;
    const tableStyle = styles.match(/<w:style w:type="table" w:styleId="DerouleTable">.*?<\/w:style>/s)?.[0];
    assert.ok(tableStyle, 'the table style is defined');
    assert.match(tableStyle, /<w:tblBorders>.*<w:insideH w:val="single".*<\/w:tblBorders>/s);
    for (const id of ['Heading1', 'Heading2', 'Title', 'DerouleTableText', 'DerouleSummary']) assert.match(styles, new RegExp(`w:styleId="${id}"`), id);
    const header = part(r, /^word\/header\d*\.xml$/);
    assert.equal(texts(header), 'Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement');
    const footer = part(r, /^word\/footer\d*\.xml$/);
    assert.ok(texts(footer).includes('Programme établi avec Déroulé'));
    assert.match(footer, /PAGE[\s\S]*NUMPAGES/);
    assert.ok(texts(footer).includes('Page ') && texts(footer).includes(' / '));
    assertWellFormedText(r.document);
  });
});

describe('Word export: facilitator notes, when the view carries them', () => {
  const view = poixDuNord();
  view.notes = 'Prévoir les clés de la salle du conseil.\nAppeler la mairie la veille.';
  view.days[0]!.slots[9]!.notes = 'Chronométrer chaque groupe : 15 min, pas plus.';
  const done = readBack(view);

  test('programme notes as a section, slot notes in the details cell', async () => {
    const { text, html } = await done;
    assert.ok(html.includes('<h1>Notes d’animation [équipe]</h1>'));
    assert.ok(text.includes('Prévoir les clés de la salle du conseil.'));
    assert.equal(text.match(/Notes d’animation/g)?.length, 2, 'the section and the one slot with notes');
    assert.ok(html.includes('Prévoir les clés de la salle du conseil.<br />Appeler la mairie la veille.'));
    const restitution = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).find((r) => r.includes('Restitution par groupe'))!;
    assert.ok(restitution.includes('<strong>Notes d’animation</strong> : Chronométrer chaque groupe : 15 min, pas plus.'));
  });
});

describe('Word export of a training over two days', () => {
  const done = readBack(training());

  test('training sections, one heading, table and summary per day, day locations', async () => {
    const { text, html } = await done;
    assert.ok(text.includes('Dates : 14 mars 2024, 15 mars 2024'));
    assert.ok(text.includes('Participants : 16'));
    assert.ok(text.includes('Public : Agents des DDT(M) en charge de l’appui aux territoires'));
    for (const h of ['Prérequis', 'Modalités d’évaluation', 'Accessibilité']) assert.ok(html.includes(`<h1>${h}</h1>`), h);
    assert.ok(text.includes('Formation accessible aux personnes en situation de handicap'));
    assert.ok(html.includes('<h2>14 mars 2024 — Comprendre</h2><p><strong>Lieu</strong> : CVRH d’Arras, salle Vauban</p><table>'));
    assert.ok(html.includes('<h2>15 mars 2024 — Mettre en pratique</h2><p><strong>Lieu</strong> : Mairie de Saint-Pol-sur-Ternoise</p><table>'));
    assert.equal((html.match(/<table>/g) ?? []).length, 2);
    assert.ok(text.includes('Bilan de la journée : 09h00 – 11h00 · 1 h 30 contenu · 30 min pauses · 2 séquences'));
    assert.ok(text.includes('Bilan de la journée : 09h00 – 12h30 · 3 h 30 contenu · 0 min pauses · 2 séquences'));
    assert.ok(text.includes('Claire Dufresne, Responsable pédagogique'));
  });
});

describe('Word export of a mission (NCT Hérault)', () => {
  const done = readBack(nctHerault());

  test('title block: scheme, title, client, partners, pilot, period, territories', async () => {
    const { text } = await done;
    const v = nctHerault();
    assert.match(text, /^Nouveau conseil aux territoires \(NCT\)\n\n/);
    for (const s of [
      v.title,
      'Commanditaire : DDTM 34',
      'Partenaires : Communes de Celles, de Ganges et de Clermont l’Hérault, Collectivités d’Occitanie',
      'Pilote : Cerema Méditerranée',
      'Contact : relation-clients-paca@cerema.fr',
      'Période : 1er janvier 2016 – 31 décembre 2017',
      'Thématiques : Lutte contre l’artificialisation des sols et sobriété foncière',
    ])
      assert.ok(text.includes(s), s);
    assert.ok(text.includes('Territoires : Celles (commune, 30 habitants) ; Ganges (commune, 3\u202f950 habitants) ; Clermont l’Hérault (commune, 8\u202f720 habitants)'), 'populations in habitants');
  });

  test('phases as a table: phase, dates, programmes, deliverables, governance', async () => {
    const { html } = await done;
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((m) => m[1]!);
    assert.equal(tables.length, 2);
    const header = [...tables[0]!.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]);
    assert.deepEqual(header, ['Phases', 'Dates', 'Programme', 'Livrables', 'Gouvernance']);
    const rows = [...tables[0]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!).slice(1);
    assert.equal(rows.length, 2);
    assert.ok(rows[0]!.includes('<strong>Cadrage et cadre d’intervention de la DDTM</strong>'));
    assert.ok(rows[0]!.includes('1er janvier 2016 – 31 mars 2016'));
    assert.ok(rows[0]!.includes('Cadre d’intervention de la DDTM') && rows[0]!.includes('Comité de pilotage'));
    assert.ok(rows[1]!.includes('Atelier de retour d’expérience — 28 juin 2016'));
    assert.ok(rows[1]!.includes('atelier-disparu.programme.yaml<em> (introuvable)</em>') || rows[1]!.includes('atelier-disparu.programme.yaml <em>(introuvable)</em>'), rows[1]);
    assert.ok(rows[1]!.includes('Analyse comparée') && rows[1]!.includes('Groupe projet technique'));
  });

  test('needs, response, deliverables, governance, indicators', async () => {
    const { text, html } = await done;
    for (const h of ['Besoins', 'Réponse', 'Phases', 'Livrables', 'Gouvernance', 'Indicateurs']) assert.ok(html.includes(`<h1>${h}</h1>`), h);
    assert.ok(html.includes('<li>Mettre au point la méthodologie d’intervention</li>'));
    assert.ok(html.includes('<p>Une analyse des retours d’expériences de la DDTM 34 a été réalisée.</p><p>L’état des lieux'));
    assert.ok(text.includes('Rapport final — Échéance : décembre 2017'));
    assert.ok(text.includes('Comité de pilotage — Direction de la DDTM 34, Cerema Méditerranée, DREAL Occitanie'));
    const indicators = [...html.matchAll(/<table>(.*?)<\/table>/g)][1]![1]!;
    assert.deepEqual([...indicators.matchAll(/<th><p>(.*?)<\/p><\/th>/g)].map((m) => m[1]), ['Indicateurs', 'Valeur', 'Cible']);
    assert.match(indicators, /<td><p>DDT\(M\) interrogées<\/p><\/td><td><p>13 DDT\(M\)<\/p><\/td><td><p>13 DDT\(M\)<\/p><\/td>/);
    assert.match(indicators, /<td><p>12\s500 m²<\/p><\/td><td><\/td>|<td><p>12\s500 m²<\/p><\/td><td><p><\/p><\/td>/);
  });

  test('Word structure', async () => {
    const r = await done;
    assert.match(r.document, /<w:tblHeader/);
    assert.equal(texts(part(r, /^word\/header\d*\.xml$/)), nctHerault().title);
    assertWellFormedText(r.document);
  });
});

describe('Word export: user text is text, never markup', () => {
  const nasty = '<script>alert(1)</script> ]]> &amp; =HYPERLINK("http://x") \'quote\' "double"';
  const view = poixDuNord();
  view.title = `${nasty}\nseconde ligne 🎉`;
  view.subtitle = 'Sous-titre <b>gras</b> & <!-- commentaire --> <?pi?>';
  view.objectives = [`Objectif ${nasty}`];
  const s = view.days[0]!.slots[3]!;
  s.title = `Séquence ${nasty}`;
  s.description = `Description ${nasty}\nligne 2 👩🏽‍🌾 — fin\n\nparagraphe suivant\tavec tabulation`;
  s.steps = [`=HYPERLINK("http://x","clic")`, '<w:p>faux paragraphe</w:p>'];
  s.speakers = [{ id: 'x', name: '<img src=x onerror=alert(1)>', role: '&lt;role&gt;' }];
  s.notes = 'Note ]]> <![CDATA[ x ]]>';
  view.days[0]!.slots[5]!.title = `Pause\u0001 avec caractère de contrôle et surrogate seul \ud800 ici`;
  const done = readBack(view);

  // mammoth's raw text leaves line breaks out (its HTML has them as <br />, checked below).
  test('mammoth gives the text back literally', async () => {
    const { text } = await done;
    assert.ok(text.startsWith(`atelier\n\n${nasty}seconde ligne 🎉\n\n`), text.slice(0, 200));
    assert.ok(text.includes('Sous-titre <b>gras</b> & <!-- commentaire --> <?pi?>'));
    assert.ok(text.includes(`Objectif ${nasty}`));
    assert.ok(text.includes(`Séquence ${nasty}`));
    assert.ok(text.includes(`Description ${nasty}ligne 2 👩🏽‍🌾 — fin\n\nparagraphe suivant\tavec tabulation`));
    assert.ok(text.includes('=HYPERLINK("http://x","clic")'));
    assert.ok(text.includes('<w:p>faux paragraphe</w:p>'));
    assert.ok(text.includes('<img src=x onerror=alert(1)>, &lt;role&gt;'));
    assert.ok(text.includes('Notes d’animation : Note ]]> <![CDATA[ x ]]>'));
    assert.ok(text.includes('Pause avec caractère de contrôle et surrogate seul  ici'), 'characters XML cannot carry are dropped');
  });

  test('the HTML from mammoth escapes it (no live element)', async () => {
    const { html } = await done;
    assert.ok(!/<script|<img|<b>|<w:p>/.test(html));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; =HYPERLINK("http://x")'));
    const escaped = `&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; =HYPERLINK("http://x") 'quote' "double"`;
    assert.ok(html.includes(`<p>${escaped}<br />seconde ligne 🎉</p>`), 'line break in the title');
    assert.ok(html.includes(`<p>Description ${escaped}<br />ligne 2 👩🏽‍🌾 — fin</p><p>paragraphe suivant\tavec tabulation</p>`), 'description: break, blank line, tab');
  });

  test('the package XML carries it escaped and stays well-formed', async () => {
    const r = await done;
    assert.ok(!r.document.includes('<script>') && !r.document.includes('<img') && !r.document.includes('<![CDATA['));
    assert.ok(r.document.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(r.document.includes('&amp;amp;'));
    assert.ok(r.document.includes('<w:br/>'), 'line break as a Word break');
    assert.ok(r.document.includes('<w:tab/>'), 'tab as a Word tab');
    for (const [name, xml] of r.files) if (name.endsWith('.xml') || name.endsWith('.rels')) assertWellFormedText(xml);
    assert.ok(r.files.get('docProps/core.xml')!.includes('&lt;script&gt;'), 'document title property escaped too');
  });
});

/** The programme and the mission of the shared hostile corpus, as the real core renders them. */
function hostileViews(text: string): [ProgrammeView, MissionView] {
  const files = { 'file:///ws/hostile.programme.yaml': hostileProgramme(text), 'file:///ws/hostile.mission.yaml': hostileMission(text) };
  const service = createLanguageService({ files: memoryFiles(files) });
  const view = (uri: keyof typeof files) => buildView(service.analyse(uri, files[uri]), { withNotes: true, linked: (path) => service.linked(uri, path) })!;
  return [view('file:///ws/hostile.programme.yaml') as ProgrammeView, view('file:///ws/hostile.mission.yaml') as MissionView];
}

/** What Word shows of `text`: characters XML cannot carry dropped; mammoth's raw text has no line breaks. */
const inWord = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(/\r\n|[\r\n]/g, '');

describe('Word export: the hostile corpus in every field opens as text', () => {
  for (const hostile of HOSTILE) {
    test(JSON.stringify(hostile).slice(0, 50), async () => {
      for (const view of hostileViews(hostile)) {
        // readBack fails on any error mammoth reports while parsing the package.
        const r = await readBack(view);
        for (const [name, xml] of r.files) if (name.endsWith('.xml') || name.endsWith('.rels')) assertWellFormedText(xml);
        assert.ok(r.text.includes(inWord(hostile)), `${view.kind}: the text as typed`);
        // Formulas stay as typed (see docs/reliability.md): a Word document is not a spreadsheet.
        // But no user text becomes a Word field, a hyperlink or an external relationship.
        assert.doesNotMatch(r.document, /<w:fldSimple|<w:instrText|<w:hyperlink/);
        for (const [name, xml] of r.files) if (name.endsWith('.rels')) assert.doesNotMatch(xml, /TargetMode="External"/, name);
        assert.deepEqual([...part(r, /^word\/footer\d*\.xml$/).matchAll(/<w:instrText[^>]*>([^<]*)</g)].map((m) => m[1]!.trim()), ['PAGE', 'NUMPAGES']);
        assert.doesNotMatch(r.html, /<(?!\/?(?:p|h1|h2|ul|ol|li|table|thead|tbody|tr|td|th|strong|em|br)\b)[a-z]/i, `${view.kind}: mammoth's HTML has only document structure`);
      }
    });
  }
});
