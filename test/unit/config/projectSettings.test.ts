/**
 * The language service with a host that gives each document its project's settings
 * (FORMAT.md §8): a rule turned off, one raised to error and a limit changed apply to the
 * documents of that project only, key by key over the host's settings; a `.deroule.yaml`
 * is checked, completed and hovered with its own schema.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService, readConfig, type DeepPartial, type Settings } from '../../../server/src/core';
import { rangeOf } from '../../helpers';

/** A day of 8 h with two gaps (10:00–10:30, 12:00–13:00) and no break slot at all. */
const programme = `title: Atelier
date: 2022-10-12
agenda:
  - time: 9h-10h
    title: Accueil
  - time: 10h30-12h
    title: Atelier
  - time: 13h-17h
    title: Après-midi
`;
const CONFIG = 'rules:\n  time-gap: off\n  no-break: error\nmaxDayMinutes: 420\n';

function service(host: DeepPartial<Settings> = {}) {
  const project = readConfig('file:///ws/a/.deroule.yaml', CONFIG, 'en').settings;
  return createLanguageService({
    settings: { language: 'en', ...host },
    projectSettings: (uri) => (uri.startsWith('file:///ws/a/') ? project : undefined),
  });
}

const summary = (items: { code: string; severity: string; range: unknown }[]) => items.map((d) => [d.code, d.severity, d.range]);

test('a document under the config gets its rules and limits; one outside keeps the defaults', () => {
  const s = service();
  const results = s.checkSet([
    { uri: 'file:///ws/a/x.programme.yaml', text: programme },
    { uri: 'file:///ws/b/x.programme.yaml', text: programme },
  ]);
  assert.deepEqual(summary(results.get('file:///ws/a/x.programme.yaml')!), [
    ['day-too-long', 'warning', rangeOf(programme, '2022-10-12')],
    ['no-break', 'error', rangeOf(programme, '13h-17h')],
  ]);
  assert.deepEqual(summary(results.get('file:///ws/b/x.programme.yaml')!), [
    ['time-gap', 'information', rangeOf(programme, '10h30-12h')],
    ['no-break', 'warning', rangeOf(programme, '13h-17h')],
    ['time-gap', 'information', rangeOf(programme, '13h-17h')],
  ]);
});

test('the file wins key by key: a rule the host sets and the file does not name keeps the host’s severity', () => {
  const s = service({ rules: { 'time-gap': 'error', 'no-break': 'hint', 'day-too-long': 'off' } });
  const a = s.check('file:///ws/a/x.programme.yaml', programme);
  assert.deepEqual(summary(a), [['no-break', 'error', rangeOf(programme, '13h-17h')]]);
});

test('a .deroule.yaml is checked with its own schema, in the host’s language', () => {
  const s = createLanguageService({ settings: { language: 'fr' } });
  const text = 'rules:\n  time-gapp: off\n';
  const results = s.checkSet([{ uri: 'file:///ws/.deroule.yaml', text }]);
  assert.deepEqual(
    results.get('file:///ws/.deroule.yaml')!.map((d) => [d.code, d.range, d.message]),
    [['schema', rangeOf(text, 'time-gapp'), '« time-gapp » n’est pas un code de diagnostic ; vouliez-vous dire « time-gap » ?']],
  );
});

test('completion in a .deroule.yaml offers its keys, its rule codes and the severities', () => {
  const s = createLanguageService({ settings: { language: 'en' } });
  const doc = (text: string) => ({ uri: 'file:///ws/.deroule.yaml', text });
  const top = s.complete(doc('maxDayMinutes: 500\n'), { line: 1, character: 0 }).map((i) => i.label);
  assert.deepEqual(top, ['language', 'rules', 'maxMinutesWithoutBreak', 'schemes', 'timeStyle']);
  const codes = s.complete(doc('rules:\n  \n'), { line: 1, character: 2 }).map((i) => i.label);
  assert.ok(codes.includes('time-gap') && codes.includes('no-break') && codes.includes('double-booked'), codes.join());
  const severities = s.complete(doc('rules:\n  time-gap: \n'), { line: 1, character: 12 }).map((i) => i.insertText ?? i.label);
  assert.deepEqual(severities, ['error', 'warning', 'information', 'hint', 'off']);
});

test('hover in a .deroule.yaml describes a key and a rule code from the schema', () => {
  const s = createLanguageService({ settings: { language: 'fr' } });
  const text = 'maxDayMinutes: 500\nrules:\n  time-gap: off\n';
  const doc = { uri: 'file:///ws/.deroule.yaml', text };
  const key = s.hover(doc, rangeOf(text, 'maxDayMinutes').start);
  assert.match(JSON.stringify(key?.contents), /Durée maximale d’une journée/);
  const rule = s.hover(doc, rangeOf(text, 'time-gap').start);
  assert.match(JSON.stringify(rule?.contents), /Du temps entre deux séances consécutives/);
});
