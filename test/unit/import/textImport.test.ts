/**
 * The text importer (issue 5) against a corpus of programmes written for humans
 * (test/fixtures/import/*.txt|md, each with the expected agenda in a .json next to it):
 * the agenda it finds, a clean check of the result, the never-drop rule, and the round
 * trip through the Markdown export.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { isMap, isScalar, isSeq, parse, parseDocument, visit } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { importProgramme } from '../../../server/src/core/import/textImport';
import { MAX_LINE } from '../../../server/src/core/import/text';
import type { ProgrammeModel } from '../../../server/src/core/model/types';
import { buildView } from '../../../server/src/core/render/buildView';
import { formatClock, formatDate, parseClock, parseRange } from '../../../server/src/core/time';

const ROOT = resolve(__dirname, '../../../..');
const CORPUS = join(ROOT, 'test/fixtures/import');
const URI = 'file:///ws/x.programme.yaml';

type Row = [string, string | null, string, string];

interface Expected {
  title: string;
  date?: string;
  days?: { date: string; title?: string; slots: number }[];
  format?: string;
  location?: string;
  objectives?: number;
  groups?: number;
  people?: string[];
  /** False when the source itself is inconsistent: the check must then report `errors`. */
  consistent?: boolean;
  errors?: string[];
  slots: Row[];
}

const corpus = readdirSync(CORPUS)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((file) => ({
    file,
    source: readFileSync(join(CORPUS, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(CORPUS, file.replace(/\.(txt|md)$/, '.json')), 'utf8')) as Expected,
  }));

const clock = (text: string) => formatClock(parseClock(text, true)!, 'colon');

type Data = Record<string, unknown>;
const slotsOf = (data: Data): Data[] =>
  Array.isArray(data.days) ? (data.days as Data[]).flatMap((d) => (d.agenda as Data[]) ?? []) : ((data.agenda as Data[] | undefined) ?? []);

/** The agenda as written in the YAML: `time` gives start and end, `start` alone no end. */
function writtenAgenda(data: Data): Row[] {
  return slotsOf(data).map((s) => {
    if (typeof s.time === 'string') {
      const r = parseRange(s.time);
      assert.ok(r, `bad range ${s.time}`);
      return [formatClock(r.start), formatClock(r.end), String(s.title), String(s.type)];
    }
    return [typeof s.start === 'string' ? clock(s.start) : '', null, String(s.title), String(s.type)];
  });
}

/** The agenda as the checker resolves it: every slot with its computed start and end. */
function resolvedAgenda(yaml: string): { dates: (string | undefined)[]; slots: string[] } {
  const model = createLanguageService().analyse(URI, yaml).model as ProgrammeModel;
  return {
    dates: model.days.map((d) => (d.date === undefined ? undefined : formatDate(d.date))),
    slots: model.slots.map((s) => [s.dayIndex, s.start === undefined ? '?' : formatClock(s.start), s.end === undefined ? '?' : formatClock(s.end), s.title, s.type].join(' | ')),
  };
}

function check(yaml: string) {
  return createLanguageService({ settings: { language: 'en' } }).check(URI, yaml);
}

test('the corpus holds at least fifteen programmes of different shapes', () => {
  assert.ok(corpus.length >= 15, `${corpus.length} programmes`);
  assert.ok(corpus.some((c) => c.file.endsWith('.md')) && corpus.some((c) => c.file.endsWith('.txt')));
});

describe('corpus: the agenda found in each programme', () => {
  for (const { file, source, expected } of corpus) {
    test(file, () => {
      const result = importProgramme(source, { fileName: file });
      const doc = parseDocument(result.yaml);
      assert.deepEqual(doc.errors, [], 'the result is valid YAML');
      const data = doc.toJS() as Data;
      assert.equal(data.title, expected.title);
      if (expected.date) {
        assert.equal(data.date, expected.date);
        assert.equal(data.days, undefined);
      }
      if (expected.days) {
        assert.equal(data.date, undefined);
        const days = data.days as Data[];
        assert.deepEqual(
          days.map((d) => ({ date: d.date, ...(expected.days![0]!.title !== undefined ? { title: d.title } : {}), slots: (d.agenda as unknown[]).length })),
          expected.days,
        );
      }
      if (expected.format) assert.equal(data.format ?? 'workshop', expected.format);
      if (expected.location) assert.equal(typeof data.location === 'string' ? data.location : (data.location as Data).name, expected.location);
      if (expected.objectives !== undefined) assert.equal((data.objectives as unknown[] | undefined)?.length ?? 0, expected.objectives);
      if (expected.groups !== undefined) assert.equal((data.groups as unknown[] | undefined)?.length ?? 0, expected.groups);
      for (const name of expected.people ?? []) {
        const person = (data.people as Data[] | undefined)?.find((p) => p.name === name);
        assert.ok(person, `person ${name} in ${JSON.stringify(data.people)}`);
        assert.ok(slotsOf(data).some((s) => (s.speakers as string[] | undefined)?.includes(String(person.id))), `${name} speaks somewhere`);
      }
      assert.deepEqual(writtenAgenda(data), expected.slots);
      assert.equal(result.slots, expected.slots.length);

      const problems = check(result.yaml);
      const errors = problems.filter((d) => d.severity === 'error');
      if (expected.consistent === false) {
        for (const code of expected.errors ?? []) assert.ok(errors.some((e) => e.code === code), `${code} reported`);
      } else assert.deepEqual(errors.map((e) => `${e.code} ${e.range.start.line + 1}: ${e.message}`), []);
    });
  }
});

// ---------------------------------------------------------------------------------------
// Never drop

/** Words that the importer turns into structure: labels and headings, month and day names. */
const STRUCTURAL = new Set(
  (
    'titre intitulé title objet subject date dates lieu venue location place public audience participants organisateur organisation organiser organised organisée par ' +
    'objectifs objectif objectives pédagogiques contexte context programme prévisionnel déroulé déroulement ordre jour journée day agenda matinée ' +
    'horaire horaires durée séquence intervenants intervenant intervenante contenu modalités time session speakers who details duration ' +
    'prérequis évaluation accessibilité livrables responsable échéance supports produit passages notes animation tous ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday 1er min mn minutes'
  ).split(' '),
);
/** The export's `**Title** (type label)` and its format line: the label becomes `type` / `format`. */
const EXPORT_LABEL = /\*\*\s*\([^()]*\)/g;
const FORMAT_LINE = /^\s*(?:atelier|formation|séminaire|comité|réunion|visite de terrain|autre|workshop|training|seminar|committee|meeting|site visit|other)\s*$/i;

function tokens(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 || /^\d{3,}$/.test(w));
}

function outputWords(yaml: string): Set<string> {
  const doc = parseDocument(yaml);
  const texts: string[] = [];
  visit(doc, {
    Scalar(_key, node) {
      texts.push(String(node.value));
    },
  });
  for (const line of yaml.split('\n')) {
    const c = /(?:^|\s)#(.*)$/.exec(line);
    if (c) texts.push(c[1]!);
  }
  return new Set(tokens(texts.join('\n')));
}

describe('never drop: every line of the source is in the result, as a value or a comment', () => {
  for (const { file, source } of corpus) {
    test(file, () => {
      const { yaml } = importProgramme(source, { fileName: file });
      const out = outputWords(yaml);
      const missing: string[] = [];
      for (const raw of source.split(/\r?\n/)) {
        const line = raw.replace(/\[bookmark:[^\]]*\]/g, '').replace(EXPORT_LABEL, '**');
        if (!line.trim() || FORMAT_LINE.test(line) || /^\s*\*(?:Bilan de la journée|Day summary)\b/.test(line)) continue;
        const lost = tokens(line).filter((w) => !STRUCTURAL.has(w) && !/^\d{1,2}h\d{0,2}$/.test(w) && !out.has(w));
        if (lost.length) missing.push(`${line.trim()}  →  ${lost.join(', ')}`);
      }
      assert.deepEqual(missing, []);
    });
  }

  test('text that is not understood goes to the public context (never notes) under a comment saying so', () => {
    const source = 'Atelier PLUi\nDate : 3 avril 2023\n\nMerci de venir avec vos cartes @@ réf. 2023-117\n\n9h00-9h30 Accueil\n9h30-11h00 Atelier\n';
    const result = importProgramme(source);
    assert.match(result.yaml, /# non reconnu à l'import : « Merci de venir avec vos cartes @@ réf\. 2023-117 »\ncontext:/);
    assert.equal(parse(result.yaml).notes, undefined);
    assert.equal(parse(result.yaml).context, 'Merci de venir avec vos cartes @@ réf. 2023-117');
    assert.equal(result.unplaced, 1);
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!, /ligne 4/);
  });

  test('in English when the source is English', () => {
    const source = 'Design workshop\nDate: 3 April 2023\n\nPlease bring your maps ref. 117\n\n09:00-09:30 Welcome\n09:30-11:00 Workshop with the group\n';
    const result = importProgramme(source);
    assert.match(result.yaml, /# not recognised on import: "Please bring your maps ref\. 117"\ncontext:/);
    assert.equal(parse(result.yaml).language, 'en');
  });
});

// ---------------------------------------------------------------------------------------
// Round trip

describe('round trip: export --to md, then import, gives back the same agenda', () => {
  for (const { file, source, expected } of corpus) {
    test(file, () => {
      const first = importProgramme(source, { fileName: file }).yaml;
      const view = buildView(createLanguageService().analyse(URI, first));
      assert.ok(view);
      const md = toMarkdown(view);
      const second = importProgramme(md).yaml;
      assert.deepEqual(resolvedAgenda(second), resolvedAgenda(first), md);
      assert.equal(parse(second).title, parse(first).title);
      if (expected.consistent !== false) assert.deepEqual(check(second).filter((d) => d.severity === 'error').map((d) => d.code), []);
    });
  }
});

// ---------------------------------------------------------------------------------------
// Details

function oneSlot(line: string): Data {
  const data = parse(importProgramme(`Atelier\nDate : 5 juin 2025\n\n${line}\n`).yaml) as Data;
  const slots = data.agenda as Data[];
  assert.equal(slots.length, 1, line);
  return slots[0]!;
}

test('time lines in all usual forms, written in the style of the source', () => {
  const cases: [string, Data][] = [
    ['08h30/09h00 Accueil des participants', { time: '08h30-09h00', title: 'Accueil des participants' }],
    ['9h00 - 9h30 : Accueil café', { time: '9h00-9h30', title: 'Accueil café' }],
    ['9h30 – 10h15 Séquence 2', { time: '9h30-10h15', title: 'Séquence 2' }],
    ['De 9h à 10h30 — Séquence 1', { time: '9h-10h30', title: 'Séquence 1' }],
    ['| 08:45 – 09:15 | Accueil |', { time: '08:45-09:15', title: 'Accueil' }],
    ['10h30 Pause', { start: '10h30', title: 'Pause' }],
    ['13H00/14h15 Reprise', { time: '13h00-14h15', title: 'Reprise' }],
    ['\t 14 h 00\t–\t15 h 30\t\tVisite', { time: '14h00-15h30', title: 'Visite' }],
    ['Visite du site (14h00 – 15h30)', { time: '14h00-15h30', title: 'Visite du site' }],
    ['9:30am – 10:15am Coffee', { time: '09:30-10:15', title: 'Coffee' }],
  ];
  for (const [line, want] of cases) {
    const slot = oneSlot(line);
    for (const [k, v] of Object.entries(want)) assert.equal(slot[k], v, `${line}: ${k}`);
  }
});

test('a start time alone is written quoted, and "17h00 Fin" closes the day as a milestone', () => {
  const { yaml } = importProgramme('Journée\nDate : 5 juin 2025\n\n9h00 Accueil\n10h30 Pause\n10h45 Table ronde\n12h00 Fin\n');
  assert.match(yaml, /start: "10h30"/);
  const resolved = resolvedAgenda(yaml).slots;
  assert.deepEqual(resolved, ['0 | 09:00 | 10:30 | Accueil | welcome', '0 | 10:30 | 10:45 | Pause | break', '0 | 10:45 | 12:00 | Table ronde | discussion', '0 | 12:00 | 12:00 | Fin | closing']);
  assert.deepEqual(check(yaml).filter((d) => d.severity === 'error'), []);
});

test('steps, per_group, groups and speakers', () => {
  const source = [
    'Atelier',
    'Date : 5 juin 2025',
    '',
    '9h00-10h00 Travail en sous-groupes (4 sous-groupes), animé par Claire Martin (DDTM)',
    '   - lecture de cartes',
    '   · repérage',
    '10h00-11h00 Restitution',
    '\t– 15mn / groupe',
  ].join('\n');
  const data = parse(importProgramme(source).yaml) as Data;
  assert.deepEqual(data.groups, [1, 2, 3, 4].map((n) => ({ id: `g${n}`, name: `Groupe ${n}` })));
  assert.deepEqual(data.people, [{ id: 'claire-martin', name: 'Claire Martin', organisation: 'DDTM' }]);
  const [work, report] = data.agenda as Data[];
  assert.deepEqual(work!.steps, ['lecture de cartes', 'repérage']);
  assert.deepEqual(work!.speakers, ['claire-martin']);
  assert.equal(work!.groups, 'all');
  assert.equal(work!.type, 'group-work');
  assert.equal(report!.per_group, '15min');
  assert.equal(report!.groups, 'all');
  assert.equal(report!.type, 'report-back');
});

test('an intervenant with a role after a comma', () => {
  const slot = oneSlot('09h15/09h45 Projets : introduction au travers d’une intervention de Frédéric Applincourt, RT sur ce secteur');
  assert.deepEqual(slot.speakers, ['frederic-applincourt']);
  const data = parse(importProgramme('Atelier\n\n09h15/09h45 Intervention de Frédéric Applincourt, RT sur ce secteur\n').yaml) as Data;
  assert.deepEqual(data.people, [{ id: 'frederic-applincourt', name: 'Frédéric Applincourt', role: 'RT sur ce secteur' }]);
});

test('dates written in words, in figures and in ISO', () => {
  const date = (line: string) => (parse(importProgramme(`Atelier\n${line}\n\n9h00-10h00 Accueil\n`).yaml) as Data).date;
  assert.equal(date('Date : 5 juin 2025'), '2025-06-05');
  assert.equal(date('L’atelier du 20 octobre 2021, à Poix du Nord'), '2021-10-20');
  assert.equal(date('mardi 12 mars 2024'), '2024-03-12');
  assert.equal(date('Le 1er avril 2025'), '2025-04-01');
  assert.equal(date('Date : 5/06/2025'), '2025-06-05');
  assert.equal(date('Date : 2025-06-05'), '2025-06-05');
  assert.equal(date('Date: June 5, 2025'), '2025-06-05');
});

test('several days: "Jour 1", "Mardi 12 mars" (year from the text), "Day 2"', () => {
  const source = ['Séminaire', 'Dates : 11 et 12 mars 2024', '', 'Lundi 11 mars', '9h00-12h00 Plénière', '', 'Mardi 12 mars', '9h00-12h00 Ateliers', ''].join('\n');
  const data = parse(importProgramme(source).yaml) as Data;
  assert.deepEqual(
    (data.days as Data[]).map((d) => d.date),
    ['2024-03-11', '2024-03-12'],
  );
  const byLabel = parse(importProgramme('Formation\nDates : 11 et 12 mars 2024\n\nJour 1\n9h00-12h00 Plénière\nJour 2\n9h00-12h00 Atelier\n').yaml) as Data;
  assert.deepEqual(
    (byLabel.days as Data[]).map((d) => [d.date, d.title]),
    [
      ['2024-03-11', 'Jour 1'],
      ['2024-03-12', 'Jour 2'],
    ],
  );
});

test('user text is escaped by the YAML library, whatever it contains', () => {
  const hostile = ['Titre : "quoted" # not a comment', '- dash', '{ flow: map }', '&anchor *alias !tag', '%directive', '@at `tick`', "it's: 'single'", 'yes', 'null', '---', '...', 'a\\b', '<script>'];
  for (const h of hostile) {
    const data = parse(importProgramme(`Atelier\n\n9h00-10h00 Séquence ${h}\n  - ${h}\n`).yaml) as Data;
    const slot = (data.agenda as Data[])[0]!;
    assert.equal(slot.title, `Séquence ${h}`, h);
    assert.deepEqual(slot.steps, [h], h);
  }
  const yes = parse(importProgramme('yes\n\n9h00-10h00 12:30\n').yaml) as Data;
  assert.equal(yes.title, 'yes');
  assert.equal((yes.agenda as Data[])[0]!.title, '12:30');
});

test('keys in the order of FORMAT.md', () => {
  const source = readFileSync(join(CORPUS, '02-crte-atelier-somme.txt'), 'utf8');
  const doc = parseDocument(importProgramme(source).yaml);
  assert.ok(isMap(doc.contents));
  const keys = doc.contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const order = ['title', 'subtitle', 'format', 'language', 'organiser', 'audience', 'participants', 'location', 'objectives', 'duration', 'price', 'access', 'contact', 'methods', 'prerequisites', 'evaluation', 'accessibility', 'context', 'date', 'people', 'groups', 'deliverables', 'agenda', 'days', 'notes'];
  assert.deepEqual(keys, [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  assert.ok(keys.includes('agenda') && keys.indexOf('people') < keys.indexOf('agenda'));
  const agenda = doc.get('agenda');
  assert.ok(isSeq(agenda));
});

test('a source without a title takes the file name; without times, it says so', () => {
  const result = importProgramme('\n\n- un point\n', { fileName: '/tmp/atelier_mobilites.txt' });
  assert.equal(parse(result.yaml).title, 'atelier mobilites');
  assert.equal(result.slots, 0);
  assert.ok(result.warnings.some((w) => /aucun horaire/.test(w)));
});

test('a second value for a one-value field is kept, not written over', () => {
  const source = 'Atelier\nOrganisateur : DDTM 80\nOrganisation : DREAL Hauts-de-France\nDates : 12 et 13 mars 2024\nObjet : Programme du 12 mars\n\n9h00-10h00 Accueil\n';
  const result = importProgramme(source);
  const data = parse(result.yaml) as Data;
  assert.equal(data.organiser, 'DDTM 80');
  assert.equal(data.date, '2024-03-12');
  for (const kept of ['Organisation : DREAL Hauts-de-France', 'Dates : 12 et 13 mars 2024', 'Objet : Programme du 12 mars']) assert.ok(String(data.context).includes(kept), kept);
});

test('Word leftovers, control characters and very long lines', () => {
  const long = `Contexte. ${'Une phrase très longue sur le territoire. '.repeat(120)}`;
  const source = `\\[bookmark: \\_GoBack\\]Atelier\u0000 PLUi\u0007\n\n${long}\n\n9h00-10h00 Accueil\n`;
  const result = importProgramme(source);
  // No wall-clock bound (shared machines): the long line is a paragraph (past MAX_LINE), kept
  // once and whole, and the output stays proportional to the input.
  assert.ok(long.length > MAX_LINE);
  assert.equal(JSON.stringify(parse(result.yaml)).split(long.trim()).length - 1, 1);
  assert.ok(result.yaml.length < source.length + 500, `${result.yaml.length} characters written for ${source.length} read`);
  const doc = parseDocument(result.yaml);
  assert.deepEqual(doc.errors, []);
  assert.equal((doc.toJS() as Data).title, 'Atelier PLUi');
  assert.ok(String((doc.toJS() as Data).context).includes(long.trim()));
  assert.deepEqual(check(result.yaml).filter((d) => d.severity === 'error'), []);
});

test('a Markdown table without a header row, and one whose header names the columns', () => {
  const bare = parse(importProgramme('Atelier\n\n| 9h00 – 9h30 | Accueil | café |\n|---|---|---|\n| 9h30 – 10h00 | Plénière | |\n').yaml) as Data;
  assert.deepEqual((bare.agenda as Data[]).map((s) => [s.time, s.title, s.description]), [
    ['9h00-9h30', 'Accueil', 'café'],
    ['9h30-10h00', 'Plénière', undefined],
  ]);
  const named = parse(importProgramme('Atelier\n\n| Début | Fin | Intervenant | Thème |\n|---|---|---|---|\n| 9h00 | 9h30 | Claire Martin (CAUE) | Accueil |\n').yaml) as Data;
  assert.deepEqual((named.agenda as Data[]).map((s) => [s.time, s.title, s.speakers]), [['9h00-9h30', 'Accueil', ['claire-martin']]]);
});
