/**
 * docs/format.md and docs/format.fr.md document the whole format: every property of both
 * schemas, at every depth, in the section of the object it belongs to; every rule code,
 * linked to its section of docs/rules.md with its default severity; every VS Code setting
 * with its default; and every link of the pages leads somewhere.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { ruleCodes } from '../../server/src/core';
import { anchorsOf, FORMAT_DOCS, readJson, readText, ROOT, section, tableRows } from './formatDoc';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Property {
  /** The anchor of the doc section that documents the object: `programme-slot`, `mission`. */
  owner: string;
  name: string;
  /** Where the property is in the schema, to name it in a failure. */
  pointer: string;
}

/**
 * Every property name of a schema, at every depth (properties, items, anyOf/allOf/oneOf
 * branches, $defs, dependentSchemas…), with the object that owns it: the root is the kind
 * (`programme`), `$defs/<name>` is `<kind>-<name>` in lower case, and an object written
 * inline under a property `<key>` is `<owner>-<key>`.
 */
function schemaProperties(schema: Json, kind: string): Property[] {
  const out: Property[] = [];
  const visit = (node: unknown, owner: string, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, owner, `${pointer}/${i}`));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key}`;
      if (key === 'properties' && isObject(value)) {
        for (const [name, sub] of Object.entries(value)) {
          out.push({ owner, name, pointer: `${at}/${name}` });
          visit(sub, `${owner}-${name.toLowerCase()}`, `${at}/${name}`);
        }
      } else if (key === '$defs' && isObject(value)) {
        for (const [name, sub] of Object.entries(value)) visit(sub, `${kind}-${name.toLowerCase()}`, `${at}/${name}`);
      } else if (isObject(value) || Array.isArray(value)) {
        visit(value, owner, at);
      }
    }
  };
  visit(schema, kind, '#');
  return out;
}

const schemas = [
  ['programme', readJson('schemas/programme.schema.json')],
  ['mission', readJson('schemas/mission.schema.json')],
] as const;

/** Backquoted words of a text: `title`, `per_group`. */
const quoted = (text: string): Set<string> => new Set([...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));

describe('schema walk', () => {
  test('finds the nested properties of both schemas, with their owners', () => {
    const programme = schemaProperties(schemas[0][1], 'programme').map((p) => `${p.owner}.${p.name}`);
    for (const expected of ['programme.title', 'programme.days', 'programme-location.commune', 'programme-slot.per_group', 'programme-track.room', 'programme-day.agenda', 'programme-group.size']) {
      assert.ok(programme.includes(expected), expected);
    }
    const mission = schemaProperties(schemas[1][1], 'mission').map((p) => `${p.owner}.${p.name}`);
    for (const expected of ['mission.period', 'mission-period.end', 'mission-territory.population', 'mission-governancebody.members', 'mission-phase.programmes', 'mission-indicator.unit']) {
      assert.ok(mission.includes(expected), expected);
    }
  });
});

for (const path of FORMAT_DOCS) {
  describe(path, () => {
    const doc = readText(path);

    for (const [kind, schema] of schemas) {
      test(`documents every property of schemas/${kind}.schema.json in its object's section`, () => {
        const properties = schemaProperties(schema, kind);
        assert.ok(properties.length > 30, `walked too few properties (${properties.length})`);
        const missing: string[] = [];
        for (const p of properties) {
          const text = section(doc, p.owner);
          if (text === undefined) missing.push(`no <a id="${p.owner}"></a> section (for ${p.pointer})`);
          else if (!quoted(text).has(p.name)) missing.push(`\`${p.name}\` not in section ${p.owner} (${p.pointer})`);
        }
        assert.deepEqual([...new Set(missing)], []);
      });
    }

    test('links every rule code to its section of docs/rules.md, with its default severity', () => {
      const config = ((readJson('package.json').contributes as Json).configuration as Json).properties as Record<string, Json>;
      const rows = new Map(tableRows(doc).map((cells) => [cells[0], cells] as const));
      const wrong: string[] = [];
      for (const code of ruleCodes) {
        const row = rows.get(`[\`${code}\`](rules.md#${code})`);
        const severity = config[`deroule.rules.${code}`]?.default as string;
        if (!row) wrong.push(`${code}: no row`);
        else if (!row[1]!.startsWith(severity)) wrong.push(`${code}: default «${row[1]}», package.json says ${severity}`);
        else if (!row[2]) wrong.push(`${code}: no description`);
      }
      assert.deepEqual(wrong, []);
    });

    test('lists every VS Code setting with its default', () => {
      const config = ((readJson('package.json').contributes as Json).configuration as Json).properties as Record<string, Json>;
      const rows = new Map(tableRows(doc).map((cells) => [cells[0], cells] as const));
      const wrong: string[] = [];
      for (const [key, setting] of Object.entries(config)) {
        if (key.startsWith('deroule.rules.')) continue; // one row, `deroule.rules.<code>`, and the rule table
        const row = rows.get(`\`${key}\``);
        if (!row) wrong.push(`${key}: no row`);
        else if (row[1] !== `\`${String(setting.default)}\``) wrong.push(`${key}: default ${row[1]}, package.json says ${String(setting.default)}`);
      }
      if (!rows.has('`deroule.rules.<code>`')) wrong.push('deroule.rules.<code>: no row');
      assert.ok(Object.keys(config).length > 30);
      assert.deepEqual(wrong, []);
    });

    test('every link leads to a file of the repository, and to an anchor that exists', () => {
      const broken: string[] = [];
      const links = [...doc.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      assert.ok(links.length > 40);
      for (const link of links) {
        if (/^[a-z]+:/i.test(link)) {
          broken.push(`${link}: links stay inside the repository`);
          continue;
        }
        const [file, anchor] = link.split('#') as [string, string | undefined];
        const target = file === '' ? path : join(dirname(path), file);
        if (!existsSync(join(ROOT, target))) broken.push(`${link}: no file ${target}`);
        else if (anchor !== undefined && !anchorsOf(readText(target)).has(anchor)) broken.push(`${link}: no anchor #${anchor} in ${target}`);
      }
      assert.deepEqual(broken, []);
    });
  });
}

test('the English and French pages open by linking to each other', () => {
  assert.match(readText('docs/format.md').split('\n').slice(0, 4).join('\n'), /\]\(format\.fr\.md\)/);
  assert.match(readText('docs/format.fr.md').split('\n').slice(0, 4).join('\n'), /\]\(format\.md\)/);
});

test('both schemas and the README point to docs/format.md', () => {
  for (const [kind, schema] of schemas) {
    assert.match(schema.description as string, /docs\/format\.md/, `${kind} description`);
    assert.match(schema['x-description-fr'] as string, /docs\/format\.fr\.md/, `${kind} x-description-fr`);
  }
  assert.match(readText('README.md'), /\]\(docs\/format\.md\)/);
});
