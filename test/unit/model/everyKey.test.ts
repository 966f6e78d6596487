/**
 * The model carries every key of the format (issue 14, "one reading"): for documents that
 * write every key the schemas define, each value written is on the typed model, at its data
 * path; and the documents are checked to write every key of the schemas, so a key added to
 * a schema without its place on the model fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import type { Model } from '../../../server/src/core/model/types';
import { EVERY_KEY_MISSION, EVERY_KEY_MISSION_V2, EVERY_KEY_PROGRAMME, ONE_DAY_PROGRAMME } from './fixtures';
import { TRAINING_V2 } from '../schema/programmeV2Fixture';

const ROOT = resolve(__dirname, '../../../..');

interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
}

/** Every key the schema defines, as a pattern (`days.*.agenda.*.tracks.*.room`). */
function schemaKeys(root: SchemaNode, node: SchemaNode = root, at = '', seen = new Set<SchemaNode>()): Set<string> {
  const out = new Set<string>();
  const n = node.$ref ? root.$defs![node.$ref.replace('#/$defs/', '')]! : node;
  if (seen.has(n)) return out;
  const inner = new Set(seen).add(n);
  for (const branch of n.anyOf ?? []) for (const k of schemaKeys(root, branch, at, inner)) out.add(k);
  if (n.items) for (const k of schemaKeys(root, n.items, `${at}*.`, inner)) out.add(k);
  for (const [key, child] of Object.entries(n.properties ?? {})) {
    out.add(`${at}${key}`);
    for (const k of schemaKeys(root, child, `${at}${key}.`, inner)) out.add(k);
  }
  return out;
}

type Path = (string | number)[];

/** Every scalar of the data, with its path. */
function leaves(data: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => leaves(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value: data }];
}

const keyPattern = (path: Path) => path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
/** A day's agenda and location share their definitions with the one-day form's: one key each. */
const shared = (pattern: string) => pattern.replace(/^days\.\*\.(agenda|location)\./, '$1.');

/** The paths the model carries (of values, references, items…), and its items by their path. */
function carried(model: Model): { paths: Set<string>; items: Map<string, Record<string, unknown>> } {
  const paths = new Set<string>();
  const items = new Map<string, Record<string, unknown>>([['[]', model as unknown as Record<string, unknown>]]);
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const o = node as Record<string, unknown>;
    for (const key of ['path', 'idPath', 'datePath', 'startPath', 'endPath', 'timePath', 'valuePath']) {
      const p = o[key]; // `path` is a getter on values and references: read it, as a consumer does
      if (Array.isArray(p)) {
        paths.add(JSON.stringify(p));
        if (key === 'path' && !items.has(JSON.stringify(p))) items.set(JSON.stringify(p), o);
      }
    }
    for (const [key, value] of Object.entries(o)) if (!key.endsWith('ath')) visit(value);
    if ('value' in o) visit(o.value);
  };
  visit(model);
  return { paths, items };
}

const RESOLVED_TIMES = new Set(['time', 'start', 'end', 'duration']);

/**
 * The values of the document the model does not carry. A value is carried when the model
 * has it at its path (a typed value, a reference, an id), as a plain typed field of the
 * item at the parent path (`title`, `type`, `name`…), or, for a time, resolved into the
 * item's `start` and `end` minutes.
 */
function notCarried(text: string, model: Model): string[] {
  const { paths, items } = carried(model);
  return leaves(parse(text)).flatMap(({ path, value }) => {
    if (paths.has(JSON.stringify(path))) return [];
    const key = path[path.length - 1]!;
    const item = items.get(JSON.stringify(path.slice(0, -1)));
    if (item && item[key] === value) return [];
    if (item && RESOLVED_TIMES.has(String(key)) && typeof item.start === 'number' && typeof item.end === 'number') return [];
    return [`${path.join('.')} = ${JSON.stringify(value)}`];
  });
}

function modelOf(uri: string, text: string): Model {
  const model = createLanguageService().analyse(uri, text).model;
  assert.ok(model, uri);
  return model;
}

test('the documents of these tests write every key the schemas define', () => {
  for (const [kind, texts] of [
    ['programme', [EVERY_KEY_PROGRAMME, ONE_DAY_PROGRAMME, TRAINING_V2]],
    ['mission', [EVERY_KEY_MISSION, EVERY_KEY_MISSION_V2]],
  ] as const) {
    const schema = JSON.parse(readFileSync(join(ROOT, `schemas/${kind}.schema.json`), 'utf8')) as SchemaNode;
    const written = new Set(texts.flatMap((t) => leaves(parse(t)).flatMap(({ path }) => path.map((_, i) => shared(keyPattern(path.slice(0, i + 1)))))));
    const missing = [...schemaKeys(schema)].filter((k) => !written.has(shared(k)));
    assert.deepEqual(missing, [], `${kind}: keys of the schema no test document writes`);
  }
});

test('a programme: every value written is on the model, at its path', () => {
  assert.deepEqual(notCarried(EVERY_KEY_PROGRAMME, modelOf('file:///ws/a.programme.yaml', EVERY_KEY_PROGRAMME)), []);
  assert.deepEqual(notCarried(ONE_DAY_PROGRAMME, modelOf('file:///ws/b.programme.yaml', ONE_DAY_PROGRAMME)), []);
  assert.deepEqual(notCarried(TRAINING_V2, modelOf('file:///ws/formation.programme.yaml', TRAINING_V2)), []);
});

test('a mission: every value written is on the model, at its path', () => {
  assert.deepEqual(notCarried(EVERY_KEY_MISSION, modelOf('file:///ws/m.mission.yaml', EVERY_KEY_MISSION)), []);
  assert.deepEqual(notCarried(EVERY_KEY_MISSION_V2, modelOf('file:///ws/crte.mission.yaml', EVERY_KEY_MISSION_V2)), []);
});

test('the mission that writes every v2 key is clean', () => {
  assert.deepEqual(
    createLanguageService({ settings: { language: 'en' } })
      .check('file:///ws/crte.mission.yaml', EVERY_KEY_MISSION_V2)
      .map((d) => `${d.code}: ${d.message}`),
    [],
  );
});

test('the check is not empty-handed: a value the model dropped is reported', () => {
  const model = modelOf('file:///ws/a.programme.yaml', EVERY_KEY_PROGRAMME);
  assert.equal(model.kind, 'programme');
  if (model.kind !== 'programme') return;
  delete model.days[0]!.slots[1]!.tracks[0]!.room;
  delete model.subtitle;
  assert.deepEqual(notCarried(EVERY_KEY_PROGRAMME, model), ['subtitle = "Deux journées à Poix-du-Nord"', 'days.0.agenda.1.tracks.0.room = "Salle du conseil"']);
});
