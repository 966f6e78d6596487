/** Every snippet, expanded with its default values, is valid where it is meant to go. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { diagnose } from '../helpers';

const ROOT = resolve(__dirname, '../../..');

interface Snippet {
  prefix: string[];
  body: string[];
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8'));
}

/** Expands `${1:default}`, `${2|a,b|}`, `$0` as VS Code does when the user accepts defaults. */
function expand(body: string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\d+/g, '') + '\n';
}

const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

const programme = load('programme.json');
const mission = load('mission.json');

test('the whole-programme snippets give programmes without errors', () => {
  for (const name of ['programme', 'training']) {
    const errors = diagnose(expand(programme[name]!.body)).filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => d.message), [], name);
  }
});

test('the training snippet has every field the training rules ask for', () => {
  const all = diagnose(expand(programme.training!.body));
  assert.deepEqual(all.filter((d) => d.code === 'training-fields'), []);
});

test('slot snippets are valid slots in an agenda', () => {
  for (const [name, snippet] of Object.entries(programme)) {
    if (!name.startsWith('slot-')) continue;
    const text = `title: Atelier\ndate: 2021-10-20\ngroups: [{ id: g1, lead: archi }, { id: g2, lead: paysagiste }]\npeople: [{ id: archi }, { id: paysagiste }]\ndeliverables: [{ id: synthese, title: Synthèse }]\nagenda:\n${indent(expand(snippet.body), 2)}`;
    const problems = diagnose(text).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax' || d.code === 'ref-unknown' || d.code === 'time-format');
    assert.deepEqual(problems.map((d) => d.message), [], name);
  }
});

test('person, group, deliverable and day snippets are valid list items', () => {
  const cases: [string, string][] = [
    ['person', 'people'],
    ['group', 'groups'],
    ['deliverable', 'deliverables'],
  ];
  for (const [name, key] of cases) {
    const text = `title: Atelier\n${key}:\n${indent(expand(programme[name]!.body), 2)}`;
    const problems = diagnose(text).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax');
    assert.deepEqual(problems.map((d) => d.message), [], name);
  }
  const days = `title: Séminaire\ndays:\n${indent(expand(programme.day!.body), 2)}`;
  assert.deepEqual(diagnose(days).filter((d) => d.severity === 'error').map((d) => d.message), []);
});

test('mission snippets are valid', () => {
  const whole = diagnose(expand(mission.mission!.body), {
    uri: 'file:///ws/m.mission.yaml',
    files: { 'file:///ws/atelier-1.programme.yaml': 'title: Atelier 1\ndate: 2023-02-10\n' },
  });
  assert.deepEqual(whole.filter((d) => d.severity === 'error').map((d) => d.message), []);
  for (const [name, key] of [['phase', 'phases'], ['governance', 'governance'], ['deliverable', 'deliverables'], ['territory', 'territories']] as const) {
    const text = `title: Mission\nperiod: { start: 2023-01, end: 2023-12 }\n${key}:\n${indent(expand(mission[name]!.body), 2)}`;
    const problems = diagnose(text, { uri: 'file:///ws/m.mission.yaml' }).filter((d) => d.code === 'schema' || d.code === 'yaml-syntax');
    assert.deepEqual(problems.map((d) => d.message), [], name);
  }
});
