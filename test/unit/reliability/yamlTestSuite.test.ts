/**
 * Every case of the YAML test suite, as a programme and as a mission, through the checker
 * and every feature of the core: nothing throws, every range is inside the text, and every
 * text the suite calls invalid is reported as `yaml-syntax`.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createLanguageService, type DocumentKind, type Language } from '../../../server/src/core';
import type { TimeStyle } from '../../../server/src/core/time';
import { exerciseEveryFeature, slower, type Slowest } from './everyFeature';
import { ACCEPTED_INVALID, loadSuite, REFUSED_VALID, type SuiteCase } from './yamlSuiteCases';

let cases: SuiteCase[] = [];
before(async () => {
  cases = await loadSuite();
});

const uriOf = (c: SuiteCase, kind: DocumentKind) => `file:///ws/${c.id.replace('#', '-')}.${kind}.yaml`;

test('the suite is there: hundreds of cases, valid and invalid', () => {
  assert.ok(cases.length >= 350, `${cases.length} cases`);
  assert.ok(cases.filter((c) => c.fail).length >= 80);
  for (const id of [...Object.keys(ACCEPTED_INVALID), ...Object.keys(REFUSED_VALID)]) {
    assert.ok(cases.some((c) => c.id === id), `${id} is no longer in the suite: remove it from the list`);
  }
});

const passes: [DocumentKind, Language, TimeStyle][] = [
  ['programme', 'en', 'colon'],
  ['mission', 'fr', 'h'],
];

for (const [kind, language, style] of passes) {
  test(`every case as a ${kind}: every feature answers, inside the document`, async (t) => {
    const failures: string[] = [];
    let slowest: Slowest = { what: '', ms: -1 };
    let requests = 0;
    for (const c of cases) {
      const service = createLanguageService({ settings: { language } });
      try {
        const result = await exerciseEveryFeature(service, uriOf(c, kind), c.yaml, { language, style, docx: true });
        slowest = slower(slowest, result.slowest);
        requests += result.requests;
      } catch (e) {
        failures.push(`${c.id} (${c.name}): ${(e as Error).message}`);
      }
    }
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} case(s) broke an invariant`);
    t.diagnostic(`${requests} requests; slowest ${slowest.ms.toFixed(1)} ms: ${slowest.what}`);
    if (process.env.DEROULE_FUZZ) assert.ok(slowest.ms < 1000, `slowest request ${slowest.ms.toFixed(0)} ms: ${slowest.what}`);
  });

  test(`every invalid case as a ${kind} is a yaml-syntax error, and only those`, () => {
    const service = createLanguageService({ settings: { language } });
    const wrong: string[] = [];
    for (const c of cases) {
      const syntax = service.check(uriOf(c, kind), c.yaml).filter((d) => d.code === 'yaml-syntax');
      const expected = c.fail ? !(c.id in ACCEPTED_INVALID) : c.id in REFUSED_VALID;
      if (syntax.length > 0 !== expected) wrong.push(`${c.id} (${c.name}): ${syntax.length} yaml-syntax, expected ${expected ? 'some' : 'none'}`);
      for (const d of syntax) assert.equal(d.severity, 'error', `${c.id}: ${d.message}`);
    }
    assert.deepEqual(wrong, []);
  });
}
