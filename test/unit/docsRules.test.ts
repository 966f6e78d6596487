/**
 * docs/rules.md stays true: for every code, its failing example gives exactly the messages
 * the page quotes (English then French) and nothing of another code, and its fixed example
 * is clean.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createLanguageService, ruleCodes, type Language } from '../../server/src/core';
import { memoryFiles } from '../helpers';

const ROOT = resolve(__dirname, '../../..');
const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
const sections = new Map(
  doc
    .split(/^## /m)
    .slice(1)
    .map((s) => [s.slice(0, s.indexOf('\n')).trim(), s] as const),
);

interface Block {
  at: number;
  lang: string;
  text: string;
}

function blocks(body: string): Block[] {
  return [...body.matchAll(/^```(\w+)\n([\s\S]*?)^```/gm)].map((m) => ({ at: m.index!, lang: m[1]!, text: m[2]! }));
}

/** Named examples (`# name.programme.yaml` on their first line) as in-memory files. */
function files(list: Block[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const b of list) {
    const name = /^# (\S+\.(?:programme|mission)\.yaml)/.exec(b.text)?.[1];
    if (b.lang === 'yaml' && name) out[`file:///doc/${name}`] = b.text;
  }
  return out;
}

function check(set: Record<string, string>, language: Language, extra: Record<string, string> = {}) {
  const service = createLanguageService({ files: memoryFiles(extra), settings: { language } });
  const results = service.checkSet(Object.entries(set).map(([uri, text]) => ({ uri, text })));
  return [...results.values()].flat();
}

test('every code has a section, in the order of FORMAT.md', () => {
  const order = [...sections.keys()].filter((h) => (ruleCodes as readonly string[]).includes(h));
  assert.deepEqual(order, [...ruleCodes]);
});

for (const code of ruleCodes) {
  test(`docs/rules.md#${code}: the example gives the quoted messages, the fix is clean`, () => {
    const body = sections.get(code)!;
    const message = body.indexOf('**Message**');
    const fix = body.indexOf('**How to fix it.**');
    const notes = body.indexOf('**Notes**') < 0 ? body.length : body.indexOf('**Notes**');
    assert.ok(message > 0 && fix > message, `${code}: Message and How to fix it sections`);
    const all = blocks(body);
    const failing = files(all.filter((b) => b.at < fix));
    const fixes = files(all.filter((b) => b.at > fix && b.at < notes));
    const fixed = { ...failing, ...fixes };
    assert.ok(Object.keys(failing).length > 0, `${code}: a failing example`);
    // A mission's linked programme that the example names but does not show exists on disk.
    const disk: Record<string, string> =
      code === 'programme-missing'
        ? { 'file:///doc/ateliers/atelier-retour-experiences.programme.yaml': 'title: Atelier\ndate: 2017-03-21\n' }
        : {};
    const quoted = all.filter((b) => b.lang === 'text' && b.at > message && b.at < fix).map((b) => b.text.trim().split('\n'));
    for (const [i, language] of (['en', 'fr'] as const).entries()) {
      const expected = quoted.filter((_, j) => j % 2 === i).flat().sort();
      const found = check(failing, language, disk);
      assert.deepEqual(found.filter((d) => d.code !== code).map((d) => `${d.code}: ${d.message}`), [], `${code} (${language}): other codes`);
      assert.deepEqual(found.map((d) => d.message).sort(), expected, `${code} (${language})`);
    }
    // Only whole named files are checked; a partial snippet shows the change, not a file.
    if (Object.keys(fixes).length > 0) {
      assert.deepEqual(check(fixed, 'en', disk).map((d) => `${d.code}: ${d.message}`), [], `${code}: fixed example`);
    }
  });
}
