/**
 * The published JSON Schemas in schemas/ (FORMAT.md §3 and §4): they compile, every
 * property is documented in English and French, every enum carries its labels, the time
 * patterns are the parser's, and realistic documents validate while typical mistakes fail.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaPatterns } from '../../server/src/core/time';

type Json = Record<string, unknown>;

/** Compiled tests live in out/test/unit; sources in test/unit. Both are two levels deep. */
function findRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    try {
      readFileSync(join(dir, 'schemas', 'programme.schema.json'));
      return dir;
    } catch {
      dir = join(dir, '..');
    }
  }
  throw new Error('schemas/ not found above ' + __dirname);
}
const root = findRoot();
const load = (name: string): Json => JSON.parse(readFileSync(join(root, 'schemas', name), 'utf8')) as Json;
const programmeSchema = load('programme.schema.json');
const missionSchema = load('mission.schema.json');

function compile(schema: Json): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(schema);
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Visit {
  path: string;
  schema: Json;
}

/** Every subschema reachable through $defs, properties, items, anyOf/allOf, dependentSchemas. */
function walk(schema: unknown, path: string, out: Visit[]): Visit[] {
  if (!isObject(schema)) return out; // boolean schemas (`false` in dependentSchemas) carry no doc
  out.push({ path, schema });
  for (const key of ['$defs', 'properties', 'dependentSchemas']) {
    const map = schema[key];
    if (isObject(map)) for (const [k, v] of Object.entries(map)) walk(v, `${path}/${key}/${k}`, out);
  }
  for (const key of ['anyOf', 'allOf', 'prefixItems']) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((v, i) => walk(v, `${path}/${key}/${i}`, out));
  }
  for (const key of ['items', 'additionalProperties', 'not']) walk(schema[key], `${path}/${key}`, out);
  return out;
}

/** Paths of the schemas that describe a property (`.../properties/<name>`) or a $defs entry. */
function documentedNodes(schema: Json): Visit[] {
  return walk(schema, '#', []).filter((v) => /\/(?:properties|\$defs)\/[^/]+$/.test(v.path));
}

function errorsOf(validate: ValidateFunction, doc: unknown): ErrorObject[] {
  const ok = validate(doc);
  return ok ? [] : [...(validate.errors ?? [])];
}

function assertValid(validate: ValidateFunction, doc: unknown): void {
  const errors = errorsOf(validate, doc);
  assert.deepEqual(
    errors.map((e) => `${e.instancePath} ${e.keyword} ${e.message}`),
    [],
    'expected the document to validate',
  );
}

function assertFails(validate: ValidateFunction, doc: unknown, keyword: string, instancePath?: string): void {
  const errors = errorsOf(validate, doc);
  assert.ok(errors.length > 0, 'expected the document to fail');
  const hit = errors.find((e) => e.keyword === keyword && (instancePath === undefined || e.instancePath === instancePath));
  assert.ok(
    hit,
    `expected a "${keyword}" error${instancePath === undefined ? '' : ` at "${instancePath}"`}, got: ` +
      errors.map((e) => `${e.instancePath} ${e.keyword}`).join('; '),
  );
}

// ------------------------------------------------------------------ documents

const oneDay = {
  title: "Identifier et mettre en œuvre les outils d'accompagnement",
  subtitle: 'Atelier territorial — commune de Poix-du-Nord',
  format: 'workshop',
  language: 'fr',
  organiser: 'DDTM 59',
  audience: 'Agents de la DDTM (front office)',
  participants: 24,
  location: 'Poix-du-Nord (59)',
  objectives: ['Échanger sur le positionnement de la DDTM'],
  context: 'La ville de Poix du Nord est une petite commune rurale de 2200 habitants environ.',
  notes: 'Prévoir les cartes au 1/5000.',
  people: [
    { id: 'archi', name: 'Claire Martin', role: 'Architecte conseil', organisation: 'DDTM 59' },
    { id: 'paysagiste', role: 'Paysagiste conseil' },
  ],
  groups: [
    { id: 'g1', name: 'Groupe 1', lead: 'archi', size: 8 },
    { id: 'g2', lead: 'paysagiste', members: ['Agent A', 'Agent B'] },
  ],
  deliverables: [
    { id: 'synthese', title: 'Synthèse de diagnostic « à première vue »', owner: 'each-group', due: 'restitution', format: 'A3 annotated map' },
  ],
  date: '2021-10-20',
  start: '08:30',
  agenda: [
    { time: '08h30/09h00', title: 'Accueil des participants', type: 'welcome' },
    { start: '9:00', end: '9h15', title: "Présentation de l'organisation", type: 'presentation', speakers: ['archi'] },
    { start: '09h15', duration: 30, title: "Projets d'aménagement", type: 'discussion' },
    { duration: '1h30', title: 'Visite de terrain', type: 'site-visit', groups: 'all',
      tracks: [
        { title: 'Visite du centre-bourg', groups: ['g1'], lead: 'archi', room: 'Salle du conseil' },
        { title: 'Friche textile', description: 'Ancienne usine', groups: ['g2'], lead: 'paysagiste', speakers: ['archi'] },
      ] },
    { time: '12h à 13h30', title: 'Déjeuner', type: 'meal' },
    { time: '13:30 – 15:45', title: 'Travail en groupe', type: 'group-work', groups: ['g1', 'g2'],
      steps: ['Diagnostic', 'Enjeux'], materials: ['Dossier cartographique'], produces: ['synthese'] },
    { id: 'restitution', time: '16h00-16h45', title: 'Restitution par groupe', type: 'report-back', per_group: '15min', groups: 'all' },
    { time: '16h45-24:00', title: 'Soirée', type: 'other', description: 'Libre', notes: 'Réserver le restaurant' },
  ],
};

const multiDay = {
  title: 'Formation — accompagner les projets des collectivités',
  format: 'training',
  language: 'en',
  audience: ['Agents des DDT(M)', 'Chargés de mission Cerema'],
  participants: 12,
  location: { name: 'Salle des fêtes', address: '1 place de la Mairie', commune: 'Poix-du-Nord' },
  objectives: ['Connaître les outils', 'Savoir les mobiliser'],
  prerequisites: ['Aucun'],
  evaluation: ['Quiz de fin de session', 'Questionnaire de satisfaction'],
  accessibility: 'Salle accessible aux personnes à mobilité réduite.',
  days: [
    {
      date: '2021-10-20',
      title: 'Session 1 — diagnostic',
      start: '8h30',
      agenda: [
        { duration: 'PT30M', title: 'Accueil', type: 'welcome' },
        { duration: '1 h 30', title: 'Exposé', type: 'presentation' },
        { duration: '1:00', title: 'Exercice', type: 'exercise' },
      ],
    },
    {
      date: '2021-10-21',
      location: 'Mairie de Poix-du-Nord',
      agenda: [
        { time: '9h-12h', title: 'Atelier', type: 'workshop' },
        { time: '12h-12h30', title: 'Évaluation', type: 'evaluation' },
        { start: '12h30', duration: '90mn', title: 'Clôture', type: 'closing' },
      ],
    },
  ],
};

const mission = {
  title: "Le Nouveau Conseil aux Territoires — retour d'expérience",
  scheme: 'nct',
  client: 'DDTM 34',
  partners: ['Communes de Celles, Ganges et Clermont l’Hérault'],
  pilot: 'Cerema Méditerranée',
  contact: 'relation-clients@example.org',
  period: { start: '2016-01', end: '2017-12-31' },
  territories: [
    { name: 'Ganges', kind: 'commune', population: 4000 },
    { name: 'Communauté de communes des Cévennes gangeoises', kind: 'epci' },
  ],
  themes: ['Sobriété foncière'],
  needs: ["Définir le cadre d'intervention de la DDTM"],
  response: 'Une analyse des retours d’expérience…',
  governance: [{ id: 'copil', name: 'Comité de pilotage', members: ['DDTM 34', 'Cerema'] }],
  phases: [
    {
      id: 'diagnostic',
      title: 'Diagnostic partagé',
      description: 'Entretiens et ateliers',
      start: '2016-02',
      end: '2016-06-30',
      programmes: ['ateliers/atelier-1.programme.yaml', '../atelier-2.programme.yml'],
      deliverables: ['rapport'],
      governance: ['copil'],
    },
  ],
  deliverables: [{ id: 'rapport', title: 'Rapport final', due: '2017-12', description: 'Synthèse' }],
  indicators: [{ label: 'Projets inscrits', value: 280, target: 300, unit: 'projets' }, { label: 'Taux', value: 0.5 }],
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ------------------------------------------------------------------ tests

describe('schema files', () => {
  const programme = compile(programmeSchema);
  const missionValidate = compile(missionSchema);

  test('both schemas compile and declare draft 2020-12 with their $id', () => {
    for (const [schema, name] of [[programmeSchema, 'programme'], [missionSchema, 'mission']] as const) {
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `urn:deroule:schema:${name}`);
      assert.equal(schema.type, 'object');
      assert.equal(schema.additionalProperties, false);
      assert.ok(typeof schema.description === 'string' && schema.description.length > 0);
      assert.ok(typeof schema['x-description-fr'] === 'string' && (schema['x-description-fr'] as string).length > 0);
    }
  });

  for (const [name, schema] of [['programme', programmeSchema], ['mission', missionSchema]] as const) {
    test(`${name}: every property and definition is described in English and French`, () => {
      const nodes = documentedNodes(schema);
      assert.ok(nodes.length > 20, `walked too few nodes (${nodes.length})`);
      const missing = nodes
        .filter(({ schema: s }) =>
          !(typeof s.description === 'string' && s.description.trim()) ||
          !(typeof s['x-description-fr'] === 'string' && (s['x-description-fr'] as string).trim()))
        .map((n) => n.path);
      assert.deepEqual(missing, []);
    });

    test(`${name}: every enum has descriptions and labels in both languages`, () => {
      const enums = walk(schema, '#', []).filter((v) => Array.isArray(v.schema.enum));
      assert.ok(enums.length > 0);
      for (const { path, schema: s } of enums) {
        const values = s.enum as unknown[];
        for (const key of ['enumDescriptions', 'x-enumDescriptions-fr', 'x-enumLabels-en', 'x-enumLabels-fr']) {
          const list = s[key];
          assert.ok(Array.isArray(list), `${path}: ${key} missing`);
          assert.equal(list.length, values.length, `${path}: ${key} length`);
          for (const item of list) assert.ok(typeof item === 'string' && item.trim(), `${path}: empty ${key} entry`);
        }
      }
    });

    test(`${name}: every object whose keys are listed is closed`, () => {
      const open = walk(schema, '#', [])
        .filter((v) => isObject(v.schema.properties) && v.schema.additionalProperties !== false)
        .filter((v) => !v.path.includes('/dependentSchemas/'))
        // `{ properties: { text: true }, required: [text] }`: names a key for `required` (a step
        // needs `text` or `speakers`), inside an object that is closed itself.
        .filter((v) => !Object.values(v.schema.properties as Record<string, unknown>).every((p) => p === true))
        .map((v) => v.path);
      assert.deepEqual(open, []);
    });

    test(`${name}: no oneOf anywhere`, () => {
      assert.ok(!JSON.stringify(schema).includes('"oneOf"'));
    });
  }

  test('programme enums follow FORMAT.md §3 (values, order, defaults)', () => {
    const props = programmeSchema.properties as Record<string, Json>;
    assert.deepEqual(props.format.enum, ['workshop', 'training', 'seminar', 'committee', 'meeting', 'site-visit', 'other']);
    assert.equal(props.format.default, 'workshop');
    assert.deepEqual(props.language.enum, ['fr', 'en']);
    assert.equal(props.language.default, 'fr');
    const slot = (programmeSchema.$defs as Record<string, Json>).slot.properties as Record<string, Json>;
    assert.deepEqual(slot.type.enum, [
      'welcome', 'plenary', 'presentation', 'discussion', 'workshop', 'group-work', 'exercise', 'site-visit',
      'report-back', 'break', 'meal', 'travel', 'closing', 'evaluation', 'other',
    ]);
    assert.equal(slot.type.default, 'other');
    const labels = slot.type['x-enumLabels-fr'] as string[];
    const values = slot.type.enum as string[];
    assert.equal(labels[values.indexOf('report-back')], 'restitution');
    assert.equal(labels[values.indexOf('group-work')], 'travail en groupe');
    assert.equal(labels[values.indexOf('welcome')], 'accueil');
  });

  test('patterns are the ones of server/src/core/time.ts', () => {
    const strip = (p: string): string => p.slice(1, -1);
    const monthOrDate = `^(?:${strip(schemaPatterns.month)}|${strip(schemaPatterns.date)})$`;
    const defs = programmeSchema.$defs as Record<string, Json>;
    assert.equal(defs.clockTime.pattern, schemaPatterns.clock);
    assert.equal(defs.timeRange.pattern, schemaPatterns.range);
    assert.equal(defs.date.pattern, schemaPatterns.date);
    assert.equal(defs.month.pattern, schemaPatterns.month);
    assert.equal(defs.monthOrDate.pattern, monthOrDate);
    assert.equal(defs.id.pattern, '^[a-z0-9][a-z0-9_-]*$');
    const durationString = (defs.duration.anyOf as Json[]).find((s) => s.type === 'string');
    assert.equal(durationString?.pattern, schemaPatterns.duration);
    const durationInteger = (defs.duration.anyOf as Json[]).find((s) => s.type === 'integer');
    assert.equal(durationInteger?.minimum, 1);
    const mdefs = missionSchema.$defs as Record<string, Json>;
    assert.equal(mdefs.monthOrDate.pattern, monthOrDate);
    assert.equal(mdefs.id.pattern, '^[a-z0-9][a-z0-9_-]*$');
  });

  test('$defs have the agreed names', () => {
    const p = Object.keys(programmeSchema.$defs as Json);
    for (const name of ['id', 'clockTime', 'timeRange', 'duration', 'date', 'month', 'monthOrDate', 'stringOrList',
      'location', 'person', 'group', 'deliverable', 'slot', 'track', 'day', 'agenda']) {
      assert.ok(p.includes(name), `programme $defs/${name}`);
    }
    const m = Object.keys(missionSchema.$defs as Json);
    for (const name of ['id', 'monthOrDate', 'period', 'territory', 'governanceBody', 'phase', 'deliverable', 'indicator']) {
      assert.ok(m.includes(name), `mission $defs/${name}`);
    }
  });

  test('a one-day programme validates', () => assertValid(programme, oneDay));
  test('a multi-day training programme validates', () => assertValid(programme, multiDay));
  test('a minimal programme (title only) validates', () => assertValid(programme, { title: 'Comité technique' }));
  test('a mission validates', () => assertValid(missionValidate, mission));
  test('a minimal mission validates', () =>
    assertValid(missionValidate, { title: 'Atelier flash', scheme: 'atelier-flash', period: { start: '2023-01', end: '2023-03' } }));

  test('unknown key in a slot fails on additionalProperties at /agenda/0', () => {
    const doc = clone(oneDay);
    (doc.agenda[0] as Json).typ = 'welcome';
    assertFails(programme, doc, 'additionalProperties', '/agenda/0');
    const err = errorsOf(programme, doc).find((e) => e.keyword === 'additionalProperties');
    assert.equal((err?.params as { additionalProperty?: string }).additionalProperty, 'typ');
  });

  test('days together with agenda, date or start fails', () => {
    const withAgenda = { ...clone(multiDay), agenda: [{ title: 'Accueil' }] };
    assertFails(programme, withAgenda, 'false schema', '/agenda');
    assertFails(programme, { ...clone(multiDay), date: '2021-10-20' }, 'false schema', '/date');
    assertFails(programme, { ...clone(multiDay), start: '08:30' }, 'false schema', '/start');
  });

  test('format: atelier fails on enum', () => {
    assertFails(programme, { ...clone(oneDay), format: 'atelier' }, 'enum', '/format');
  });

  test('participants: 0 fails on minimum', () => {
    assertFails(programme, { ...clone(oneDay), participants: 0 }, 'minimum', '/participants');
  });

  test('time 25:00-26:00 fails on pattern', () => {
    const doc = clone(oneDay);
    (doc.agenda[0] as Json).time = '25:00-26:00';
    assertFails(programme, doc, 'pattern', '/agenda/0/time');
  });

  test('other bad time notations fail on pattern', () => {
    const doc = clone(oneDay);
    (doc.agenda[1] as Json).start = '8h75';
    assertFails(programme, doc, 'pattern', '/agenda/1/start');
    assertFails(programme, { ...clone(oneDay), date: '2021-13-01' }, 'pattern', '/date');
    const d2 = clone(oneDay);
    (d2.agenda[2] as Json).duration = '1h75';
    assertFails(programme, d2, 'pattern', '/agenda/2/duration');
    const d3 = clone(oneDay);
    (d3.agenda[2] as Json).duration = 0;
    assertFails(programme, d3, 'minimum', '/agenda/2/duration');
  });

  test('slot groups: only the word all or a list of ids', () => {
    const doc = clone(oneDay);
    (doc.agenda[3] as Json).groups = 'tous';
    assertFails(programme, doc, 'const', '/agenda/3/groups');
    const d2 = clone(oneDay);
    (d2.agenda[3] as Json).groups = ['Groupe 1'];
    assertFails(programme, d2, 'pattern', '/agenda/3/groups/0');
  });

  test('a day without agenda fails on required; a slot without title too', () => {
    const doc = clone(multiDay);
    delete (doc.days[1] as Partial<(typeof doc.days)[1]>).agenda;
    assertFails(programme, doc, 'required', '/days/1');
    const d2 = clone(oneDay);
    delete (d2.agenda[0] as Partial<(typeof d2.agenda)[0]>).title;
    assertFails(programme, d2, 'required', '/agenda/0');
  });

  test('mission without period fails on required', () => {
    const doc: Partial<typeof mission> = clone(mission);
    delete doc.period;
    assertFails(missionValidate, doc, 'required', '');
    const err = errorsOf(missionValidate, doc).find((e) => e.keyword === 'required');
    assert.equal((err?.params as { missingProperty?: string }).missingProperty, 'period');
  });

  test('mission mistakes: bad e-mail, bad month, bad programme path, bad territory kind', () => {
    assertFails(missionValidate, { ...clone(mission), contact: 'relation-clients' }, 'pattern', '/contact');
    assertFails(missionValidate, { ...clone(mission), period: { start: '2016-13', end: '2017-12' } }, 'pattern', '/period/start');
    assertFails(missionValidate, { ...clone(mission), period: { start: '2016-01' } }, 'required', '/period');
    const doc = clone(mission);
    doc.phases[0].programmes = ['ateliers/atelier-1.yaml'];
    assertFails(missionValidate, doc, 'pattern', '/phases/0/programmes/0');
    const d2 = clone(mission);
    d2.territories[0].kind = 'ville';
    assertFails(missionValidate, d2, 'enum', '/territories/0/kind');
    assertFails(missionValidate, { ...clone(mission), scheme: 'pcaet' }, 'enum', '/scheme');
  });
});
