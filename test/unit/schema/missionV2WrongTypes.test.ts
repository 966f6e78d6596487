/**
 * Every mission key of FORMAT.md 7.2, in a clean mission, given a value of each JSON type
 * it does not accept: `schema` reports it (a milestone date: `time-format` for a text),
 * on the value, and nothing else appears (no unknown reference, no date rule, no crash).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { createLanguageService } from '../../../server/src/core';
import { EVERY_KEY_MISSION_V2 } from '../model/fixtures';

const URI = 'file:///ws/crte.mission.yaml';

type Path = (string | number)[];
const SAMPLES: Record<string, unknown> = { text: 'texte libre', integer: 42, boolean: true, null: null, list: [1, 'a'], map: { a: 1 } };

/** The v2 keys and what they accept (`text`, `list`, `map`). */
const KEYS: [Path, string][] = [
  [['context'], 'text'],
  [['funding'], 'text'],
  [['pilot'], 'text'],
  [['people'], 'list'],
  [['people', 0], 'map'],
  [['people', 0, 'id'], 'text'],
  [['people', 0, 'role'], 'text'],
  [['people', 0, 'organisation'], 'text'],
  [['territories', 0, 'id'], 'text'],
  [['workstreams'], 'list'],
  [['workstreams', 0], 'map'],
  [['workstreams', 0, 'id'], 'text'],
  [['workstreams', 0, 'title'], 'text'],
  [['workstreams', 0, 'territories'], 'list'],
  [['workstreams', 0, 'lead'], 'text'],
  [['workstreams', 0, 'status'], 'text'],
  [['workstreams', 0, 'method'], 'text'],
  [['workstreams', 0, 'description'], 'text'],
  [['phases', 0, 'workstream'], 'text'],
  [['phases', 0, 'kind'], 'text'],
  [['milestones'], 'list'],
  [['milestones', 0], 'map'],
  [['milestones', 0, 'id'], 'text'],
  [['milestones', 0, 'title'], 'text'],
  [['milestones', 0, 'date'], 'text'],
  [['milestones', 0, 'kind'], 'text'],
  [['milestones', 0, 'phase'], 'text'],
  [['milestones', 0, 'governance'], 'text'],
  [['milestones', 0, 'workstream'], 'text'],
  [['milestones', 0, 'description'], 'text'],
  [['deliverables', 0, 'owner'], 'text'],
  [['deliverables', 0, 'status'], 'text'],
  [['deliverables', 0, 'link'], 'text'],
];

function withValue(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

test('each v2 key with each type it does not accept: one diagnostic on the value, nothing else', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const data = parse(EVERY_KEY_MISSION_V2);
  assert.deepEqual(service.check(URI, stringify(data)), [], 'the baseline is clean');
  const failures: string[] = [];
  let count = 0;
  for (const [path, accepts] of KEYS) {
    for (const [type, sample] of Object.entries(SAMPLES)) {
      if (type === accepts) continue;
      count++;
      const where = `${path.join('.')} = ${JSON.stringify(sample)}`;
      const found = service.check(URI, stringify(withValue(data, path, sample)));
      const schema = found.filter((d) => d.code === 'schema');
      const others = found.filter((d) => d.code !== 'schema').map((d) => `${d.code}: ${d.message}`);
      if (schema.length === 0) failures.push(`${where}: no schema diagnostic`);
      if (schema.some((d) => !JSON.stringify(d.data?.path).startsWith(JSON.stringify(path).slice(0, -1)))) {
        failures.push(`${where}: a schema diagnostic elsewhere: ${schema.map((d) => JSON.stringify(d.data?.path)).join(' ')}`);
      }
      if (others.length) failures.push(`${where}: ${others.join(' | ')}`);
    }
  }
  assert.ok(count > 150, `${count} mutations`);
  assert.deepEqual(failures, []);
});
