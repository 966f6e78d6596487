import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/core';

const mission = `title: Atelier flash — Vallée de la Vézère
scheme: atelier-flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    start: 2022-10
    end: 2022-10
    programmes: [atelier.programme.yaml]
`;

test('checkSet: a mission sees the programmes of the set, even unsaved', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const results = service.checkSet([
    { uri: 'file:///ws/flash.mission.yaml', text: mission },
    { uri: 'file:///ws/atelier.programme.yaml', text: 'title: Atelier\ndate: 2022-11-04\n' },
  ]);
  const codes = results.get('file:///ws/flash.mission.yaml')!.map((d) => d.code);
  assert.deepEqual(codes, ['programme-outside-phase']);
});

test('check: the same linked programme is missing when nothing provides it', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  assert.deepEqual(
    service.check('file:///ws/flash.mission.yaml', mission).map((d) => d.code),
    ['programme-missing'],
  );
});

test('analyse: one parse per text version, a new one after an edit', () => {
  const service = createLanguageService();
  const a = service.analyse('file:///ws/a.programme.yaml', 'title: A\n');
  assert.equal(service.analyse('file:///ws/a.programme.yaml', 'title: A\n'), a);
  assert.notEqual(service.analyse('file:///ws/a.programme.yaml', 'title: B\n'), a);
});

test('updateSettings: the next check uses the new language and severities', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const text = 'title: Atelier\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: A\n  - time: 10h30-11h\n    title: B\n';
  assert.equal(service.check('file:///ws/a.programme.yaml', text)[0]!.severity, 'information');
  service.updateSettings({ language: 'fr', rules: { 'time-gap': 'warning' } });
  const d = service.check('file:///ws/a.programme.yaml', text)[0]!;
  assert.equal(d.severity, 'warning');
  assert.equal(d.message, 'Aucune séance ne couvre les 30 min entre 10h00 et 10h30.');
});
