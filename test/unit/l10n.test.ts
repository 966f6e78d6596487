/** Every string a person reads in the extension exists in French and English. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { defaultSeverities, ruleCodes } from '../../server/src/core';

const ROOT = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

test('every vscode.l10n.t string of the client has a French translation', () => {
  const bundle = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
  const used = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'client/src'))) {
    for (const m of read(`client/src/${file}`).matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!);
  }
  assert.ok(used.size > 0);
  for (const s of used) assert.ok(bundle[s], `missing French for "${s}"`);
  for (const s of Object.keys(bundle)) assert.ok(used.has(s), `unused translation "${s}"`);
});

test('every %key% of the manifest exists in package.nls.json and package.nls.fr.json', () => {
  const manifest = read('package.json');
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.length > 30);
  for (const k of keys) {
    assert.ok(en[k], `English ${k}`);
    assert.ok(fr[k], `French ${k}`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
});

test('a setting for every rule code, with the default severity of the core', () => {
  const props = (JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, { default: string }> } } }).contributes.configuration.properties;
  for (const code of ruleCodes) assert.equal(props[`deroule.rules.${code}`]?.default, defaultSeverities[code], code);
});
