/**
 * The reader of `.deroule.yaml` (FORMAT.md §8): every key it takes, and every problem it
 * reports with its exact code, range and message; what is wrong keeps its default.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { readConfig } from '../../../server/src/core';
import { ruleCodes, ruleDescription } from '../../../server/src/core/rules/registry';
import { rangeOf } from '../../helpers';

const URI = 'file:///ws/.deroule.yaml';
const read = (text: string, language: 'en' | 'fr' = 'en') => readConfig(URI, text, language);
/** [code, range, message] of each diagnostic. */
const problems = (text: string, language: 'en' | 'fr' = 'en') =>
  read(text, language).diagnostics.map((d) => [d.code, d.severity, d.range, d.message]);

test('every key of the spec’s example is read into the core’s settings', () => {
  const text = `language: en
rules:
  time-gap: off
  no-break: error
maxDayMinutes: 480
maxMinutesWithoutBreak: 150
schemes: { atelier-flash: { maxMonths: 4, sessions: 2 }, atelier-local: { minMonths: 6, maxMonths: 10, sessions: 4 } }
timeStyle: "08:30"
`;
  const config = read(text);
  assert.deepEqual(config.diagnostics, []);
  assert.deepEqual(config.settings, {
    language: 'en',
    rules: { 'time-gap': 'off', 'no-break': 'error' },
    maxDayMinutes: 480,
    maxMinutesWithoutBreak: 150,
    schemes: { atelierFlashMaxMonths: 4, atelierFlashSessions: 2, atelierLocalMinMonths: 6, atelierLocalMaxMonths: 10, atelierLocalSessions: 4 },
    timeStyle: 'colon',
  });
});

test('timeStyle: 08h30 and 08:30 as the spec writes them, h and colon as the VS Code setting does', () => {
  assert.deepEqual(read('timeStyle: 08h30\n').settings, { timeStyle: 'h' });
  assert.deepEqual(read('timeStyle: 08:30\n').settings, { timeStyle: 'colon' });
  assert.deepEqual(read('timeStyle: h\n').settings, { timeStyle: 'h' });
  assert.deepEqual(read('timeStyle: colon\n').settings, { timeStyle: 'colon' });
});

test('an empty file, or one of comments only, sets nothing and says nothing', () => {
  assert.deepEqual(read(''), { settings: {}, diagnostics: [] });
  assert.deepEqual(read('# nothing yet\n'), { settings: {}, diagnostics: [] });
});

test('an unknown key: on the key, with the nearest key; the other keys are still read', () => {
  const text = 'maxDayMinute: 400\nmaxMinutesWithoutBreak: 120\n';
  assert.deepEqual(problems(text), [
    ['schema', 'error', rangeOf(text, 'maxDayMinute'), '“maxDayMinute” is not a key of .deroule.yaml; did you mean “maxDayMinutes”? Keys: language, rules, maxDayMinutes, maxMinutesWithoutBreak, schemes, timeStyle.'],
  ]);
  assert.deepEqual(read(text).settings, { maxMinutesWithoutBreak: 120 });
});

test('a rule code that does not exist: on the code, with “did you mean”, in French too', () => {
  const text = 'rules:\n  time-gapp: off\n  no-break: error\n';
  assert.deepEqual(problems(text), [['schema', 'error', rangeOf(text, 'time-gapp'), '“time-gapp” is not a diagnostic code; did you mean “time-gap”?']]);
  assert.deepEqual(problems(text, 'fr'), [['schema', 'error', rangeOf(text, 'time-gapp'), '« time-gapp » n’est pas un code de diagnostic ; vouliez-vous dire « time-gap » ?']]);
  assert.deepEqual(read(text).settings, { rules: { 'no-break': 'error' } });
  const far = 'rules:\n  sleepy: off\n';
  assert.deepEqual(problems(far), [['schema', 'error', rangeOf(far, 'sleepy'), '“sleepy” is not a diagnostic code: the codes are listed in docs/rules.md.']]);
});

test('a bad severity: on the value, with the nearest severity; the rule keeps its default', () => {
  const text = 'rules:\n  unused: warn\n  time-gap: 3\n';
  assert.deepEqual(problems(text), [
    ['schema', 'error', rangeOf(text, 'warn'), '“warn” is not a severity for “unused”; did you mean “warning”? Possible values: error, warning, information, hint, off.'],
    ['schema', 'error', rangeOf(text, '3'), '“3” is not a severity for “time-gap”. Possible values: error, warning, information, hint, off.'],
  ]);
  assert.deepEqual(read(text).settings, {});
});

test('bad values of language and timeStyle: on the value, with the possible values', () => {
  const text = 'language: de\ntimeStyle: "8.30"\n';
  assert.deepEqual(problems(text), [
    ['schema', 'error', rangeOf(text, 'de'), '“de” is not a valid “language”. Possible values: fr, en.'],
    ['schema', 'error', rangeOf(text, '"8.30"'), '“8.30” is not a valid “timeStyle”. Possible values: 08:30, 08h30, colon, h.'],
  ]);
});

test('limits: a whole number of at least 1 minute (0 months allowed for schemes)', () => {
  const text = 'maxDayMinutes: 0\nmaxMinutesWithoutBreak: 90.5\nschemes:\n  atelier-local: { minMonths: "six", maxMonths: 0 }\n';
  assert.deepEqual(problems(text), [
    ['schema', 'error', rangeOf(text, '0'), '“maxDayMinutes” must be at least 1.'],
    ['schema', 'error', rangeOf(text, '90.5'), '“maxMinutesWithoutBreak” must be a whole number.'],
    ['schema', 'error', rangeOf(text, '"six"'), '“minMonths” must be a whole number.'],
  ]);
  assert.deepEqual(read(text).settings, { schemes: { atelierLocalMaxMonths: 0 } });
});

test('schemes: the VS Code setting’s flat name is pointed to the nested form; an unknown scheme gets the nearest', () => {
  const text = 'schemes:\n  atelierFlashMaxMonths: 4\n  atelier-flesh: { maxMonths: 4 }\n  atelier-local: { maxMonth: 9 }\n';
  assert.deepEqual(problems(text), [
    ['schema', 'error', rangeOf(text, 'atelierFlashMaxMonths'), '“atelierFlashMaxMonths” is the VS Code setting\'s name: in .deroule.yaml, write `atelier-flash: { maxMonths: … }`.'],
    ['schema', 'error', rangeOf(text, 'atelier-flesh'), '“atelier-flesh” is not a key here; did you mean “atelier-flash”? Keys: atelier-flash, atelier-local.'],
    ['schema', 'error', rangeOf(text, 'maxMonth', 2), '“maxMonth” is not a key here; did you mean “maxMonths”? Keys: minMonths, maxMonths, sessions.'],
  ]);
});

test('maxTextLength belongs to each editor, not to the project', () => {
  const text = 'maxTextLength: 100\n';
  assert.deepEqual(problems(text), [['schema', 'error', rangeOf(text, 'maxTextLength'), '“maxTextLength” protects each person\'s editor and is set in its settings, not in .deroule.yaml.']]);
  assert.deepEqual(read(text).settings, {});
});

test('not a mapping, a wrong type for rules: one problem, nothing read', () => {
  const list = '- rules\n';
  // The whole value, as a programme's "not a set of keys" is.
  const whole = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
  assert.deepEqual(problems(list), [['schema', 'error', whole, '.deroule.yaml is a set of keys (`rules:`, `maxDayMinutes:`…), not a single value or a list.']]);
  const rules = 'rules: off\nmaxDayMinutes: 500\n';
  assert.deepEqual(problems(rules), [['schema', 'error', rangeOf(rules, 'off'), '“rules” must be a set of keys.']]);
  assert.deepEqual(read(rules).settings, { maxDayMinutes: 500 });
});

test('malformed YAML: the yaml-syntax diagnostic, and nothing read (every key keeps its default)', () => {
  const text = 'rules:\n  time-gap: off\nmaxDayMinutes: [480\n';
  const config = read(text);
  assert.deepEqual(config.settings, {});
  assert.equal(config.diagnostics.length, 1);
  assert.equal(config.diagnostics[0]!.code, 'yaml-syntax');
  assert.equal(config.diagnostics[0]!.severity, 'error');
  assert.equal(config.diagnostics[0]!.range.start.line, 2);
});

test('two YAML documents: multi-document on the second', () => {
  const text = 'maxDayMinutes: 500\n---\nmaxDayMinutes: 400\n';
  const config = read(text);
  assert.deepEqual(config.diagnostics.map((d) => [d.code, d.range.start.line]), [['multi-document', 1]]);
});

test('the schema lists every rule code with the registry’s description, in both languages', () => {
  const schema = JSON.parse(readFileSync(join(resolve(__dirname, '../../../..'), 'schemas/config.schema.json'), 'utf8'));
  const rules = schema.properties.rules.properties as Record<string, { description: string; 'x-description-fr': string }>;
  assert.deepEqual(Object.keys(rules), [...ruleCodes]);
  for (const code of ruleCodes) {
    assert.equal(rules[code]!.description, `\`${code}\`: ${ruleDescription(code, 'en')}`);
    assert.equal(rules[code]!['x-description-fr'], `\`${code}\` : ${ruleDescription(code, 'fr')}`);
  }
});

test('the example of docs/format.md and docs/format.fr.md is read without a problem', () => {
  for (const page of ['docs/format.md', 'docs/format.fr.md']) {
    const text = readFileSync(join(resolve(__dirname, '../../../..'), page), 'utf8');
    const block = /```yaml\n(# \.deroule\.yaml\n[\s\S]*?)```/.exec(text)?.[1];
    assert.ok(block, `${page}: the .deroule.yaml example`);
    const config = read(block);
    assert.deepEqual(config.diagnostics, [], page);
    assert.deepEqual(config.settings.rules, { 'time-gap': 'off', 'no-break': 'error' }, page);
    assert.equal(config.settings.timeStyle, 'h', page);
  }
});

test('examples/.deroule.yaml is clean and sets the defaults only', () => {
  const text = readFileSync(join(resolve(__dirname, '../../../..'), 'examples/.deroule.yaml'), 'utf8');
  const config = read(text);
  assert.deepEqual(config.diagnostics, []);
  assert.deepEqual(config.settings, {
    rules: { 'time-gap': 'information', unused: 'hint' },
    maxDayMinutes: 600,
    maxMinutesWithoutBreak: 180,
    schemes: { atelierFlashMaxMonths: 3, atelierFlashSessions: 1, atelierLocalMinMonths: 8, atelierLocalMaxMonths: 12, atelierLocalSessions: 3 },
  });
});

test('hostile texts never throw and set only valid values', () => {
  const texts = [
    '\u0000\u0001binary\uFFFE',
    '['.repeat(10_000),
    'rules:\n  __proto__: off\n  constructor: error\n',
    '__proto__: { maxDayMinutes: 1 }\n',
    'a: &a [*a]\n',
    'rules: &r { time-gap: off }\nschemes: *r\n',
    'maxDayMinutes: 1e400\nmaxMinutesWithoutBreak: -5\n',
    'schemes: { atelier-flash: [1, 2] }\n',
  ];
  for (const text of texts) {
    const config = read(text);
    assert.ok(Array.isArray(config.diagnostics), JSON.stringify(text.slice(0, 20)));
    assert.equal(Object.getPrototypeOf(config.settings), Object.prototype);
    assert.equal(({} as Record<string, unknown>).maxDayMinutes, undefined);
  }
  assert.deepEqual(read('rules:\n  __proto__: off\n  constructor: error\n').settings, {});
  assert.deepEqual(read('maxDayMinutes: 1e400\nmaxMinutesWithoutBreak: -5\n').settings, {});
});
