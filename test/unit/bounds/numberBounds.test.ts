/**
 * Numbers have bounds (schemas/*.json `maximum`, server/src/core/limits.ts, time.ts
 * MAX_DURATION_MINUTES): a huge value is one diagnostic on the value, and no hover, inlay
 * hint, message or export prints `1.66e+306:56`, `Infinity` or an hour past 24.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { exportDocument } from '../../../server/src/core/export';
import { hover } from '../../../server/src/core/features/hover';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { MAX_HEAD_COUNT, MAX_POPULATION } from '../../../server/src/core/limits';
import { MAX_DURATION_MINUTES } from '../../../server/src/core/time';
import { diagnose, expectOne, rangeOf } from '../../helpers';

const ROOT = resolve(__dirname, '../../../..');
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, `schemas/${name}.schema.json`), 'utf8'));

const slots = (duration: string, extra = '') => `title: Atelier territorial
date: 2021-10-20
agenda:
  - start: 23h00
    duration: ${duration}
    title: Veillée
    type: plenary${extra}
`;

describe('schema bounds', () => {
  test('the schemas carry the bounds the checker uses', () => {
    const p = schema('programme');
    const m = schema('mission');
    assert.equal(p.properties.participants.maximum, MAX_HEAD_COUNT);
    assert.equal(p.$defs.group.properties.size.maximum, MAX_HEAD_COUNT);
    assert.equal(p.$defs.duration.anyOf[0].maximum, MAX_DURATION_MINUTES);
    assert.equal(m.$defs.territory.properties.population.maximum, MAX_POPULATION);
  });

  test('an integer duration over a day is one schema error on the value, not also time-midnight', () => {
    for (const value of ['1441', '99999999999999999999999999999999999999999999999999999999', '1e308']) {
      const text = slots(value);
      const ds = diagnose(text);
      const d = expectOne(ds, 'schema', 'error', rangeOf(text, value));
      assert.equal(d.message, '`duration` must be at most 1440.');
      assert.deepEqual(ds.map((x) => x.code), ['schema'], value);
    }
  });

  test('a duration written as text over a day is time-format, for `duration` and `per_group`', () => {
    for (const [value, fr] of [['2000h', '`2000h` dépasse une journée : une séance ou un passage dure au plus 24 h (1440 min).'], ['PT99999999M', undefined]] as const) {
      for (const text of [slots(value), slots('30min', `\n    groups: all\n    per_group: ${value}`)]) {
        const ds = diagnose(text);
        const d = expectOne(ds, 'time-format', 'error', rangeOf(text, value));
        assert.equal(d.message, `\`${value}\` is longer than a day: a slot or a turn lasts at most 24 h (1440 min).`);
        assert.deepEqual(ds.map((x) => x.code), ['time-format'], text);
        if (fr) assert.equal(expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-format', 'error', rangeOf(text, value)).message, fr);
      }
    }
  });

  test('a day-long duration is accepted, and the midnight message names a real clock time', () => {
    const text = slots('1440');
    const d = expectOne(diagnose(text), 'time-midnight', 'error', rangeOf(text, '1440'));
    assert.equal(d.message, 'This slot runs past midnight (until 23:00 the next day).');
  });

  test('counts over their bound are schema errors on the value', () => {
    const text = `title: Atelier territorial
date: 2021-10-20
participants: 1000000
groups:
  - id: g1
    size: 200000
agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
    groups: [g1]
`;
    const ds = diagnose(text);
    assert.equal(expectOne(ds.filter((d) => d.range.start.line === 2), 'schema', 'error', rangeOf(text, '1000000')).message, '`participants` must be at most 100000.');
    assert.equal(expectOne(ds.filter((d) => d.range.start.line === 5), 'schema', 'error', rangeOf(text, '200000')).message, '`size` must be at most 100000.');
    const fr = diagnose(text, { settings: { language: 'fr' } });
    assert.ok(fr.some((d) => d.message === '`participants` doit valoir au plus 100000.'));
    const mission = `title: Mission NCT
period: { start: 2023-01, end: 2023-12 }
territories:
  - name: Poix-du-Nord
    population: 1000000000
`;
    const md = diagnose(mission, { uri: 'file:///ws/nct.mission.yaml' });
    assert.equal(expectOne(md, 'schema', 'error', rangeOf(mission, '1000000000')).message, '`population` must be at most 100000000.');
  });
});

/** Every text a user sees of a document: messages, hovers on every value, inlay hints, the four exports. */
async function everythingShown(text: string, uri: string): Promise<string[]> {
  const service = createLanguageService({ settings: { language: 'en' } });
  const analysis = service.analyse(uri, text);
  const out = service.check(uri, text).map((d) => d.message);
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character < lines[line]!.length; character++) {
      const h = hover(analysis, { line, character }, { language: 'en', style: 'colon', linkedProgramme: () => undefined });
      if (h) out.push(JSON.stringify(h.contents));
    }
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  for (const hint of inlayHints(analysis, whole, 'en', 'colon')) out.push(typeof hint.label === 'string' ? hint.label : JSON.stringify(hint.label));
  for (const format of analysis.model?.kind === 'programme' ? (['html', 'md', 'ics'] as const) : (['html', 'md'] as const)) out.push(String(await exportDocument(analysis, format, { uidBase: 'x' })));
  return out;
}

describe('nothing out of range is shown', () => {
  const huge = `title: Atelier territorial
date: 2021-10-20
participants: 1e400
groups:
  - id: g1
    size: 1e300
  - id: g2
    size: 200000
agenda:
  - start: 08h30
    duration: 1e308
    title: Accueil
    type: welcome
  - duration: 99999999999999999999
    title: Suite
    type: plenary
  - duration: 2000h
    title: Après
    type: plenary
  - start: 23h00
    duration: 1440
    title: Veillée
    type: report-back
    groups: [g1, g2]
    per_group: PT99999999M
  - start: 10h00
    duration: 24h
    title: Fin
    type: closing
`;
  const mission = `title: Mission NCT
period: { start: 2023-01, end: 2023-12 }
territories:
  - name: Poix-du-Nord
    population: 1e300
  - name: Le Quesnoy
    population: 1000000000
`;

  test('in hovers, inlay hints, messages and exports', { timeout: 120_000 }, async () => {
    const shown = [...(await everythingShown(huge, 'file:///ws/huge.programme.yaml')), ...(await everythingShown(mission, 'file:///ws/nct.mission.yaml'))];
    for (const text of shown) {
      assert.doesNotMatch(text, /Infinity|NaN|\de\+\d/, text.slice(0, 300));
      assert.doesNotMatch(text, /1[\s\u202f,.]?000[\s\u202f,.]?000[\s\u202f,.]?000|200[\s\u202f,.]?000/, text.slice(0, 300));
      for (const [, h] of text.matchAll(/(?<![\d.])(\d+)[:h]\d\d(?!\d)/g)) assert.ok(Number(h) <= 24, `${h} in ${text.slice(0, 300)}`);
    }
  });
});
