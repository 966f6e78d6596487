/**
 * The rule registry is the one list of codes: each code's metadata is declared by exactly
 * one module, and what must stay literal elsewhere (docs/rules.md's table, the settings of
 * package.json and their descriptions in package.nls*.json) says what the registry says.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { defaultSeverities, ruleCodes, ruleRegistry } from '../../server/src/core';
import { rulesTable, TABLE_END, TABLE_START, withRulesTable } from '../../scripts/rulesTable';

const ROOT = resolve(__dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('every code is declared once, by one module, and the registry lists each declaration', () => {
  const declared = sources('server/src').flatMap((file) =>
    [...read(file).matchAll(/defineRule\(\{\s*code: '([a-z-]+)'/g)].map((m) => `${m[1]} in ${file}`),
  );
  const codes = declared.map((d) => d.split(' ')[0]!);
  assert.equal(new Set(codes).size, codes.length, `a code declared twice: ${declared.join(', ')}`);
  assert.deepEqual([...codes].sort(), [...ruleCodes].sort());
  assert.equal(new Set(ruleCodes).size, ruleCodes.length);
});

test('default severities and descriptions come from the registry', () => {
  for (const meta of ruleRegistry) {
    assert.equal(defaultSeverities[meta.code], meta.severity, meta.code);
    assert.ok(meta.description.en.trim() && meta.description.fr.trim(), `${meta.code}: a description in both languages`);
  }
});

test('docs/rules.md: the table of codes is the one the registry gives (run `npm run docs:rules` when it is not)', () => {
  const doc = read('docs/rules.md');
  assert.equal(withRulesTable(doc), doc, 'docs/rules.md differs from the rule registry: run `npm run docs:rules`');
  assert.equal(ruleRegistry.length + 2, rulesTable().split('\n').length);
});

test('docs/rules.md: a stale or missing row is rewritten by the script, and missing markers are an error', () => {
  const doc = read('docs/rules.md');
  const stale = doc.replace(/^\| \[`time-gap`\].*\n/m, '| [`time-gap`](#time-gap) | warning | both | old text |\n');
  assert.notEqual(stale, doc);
  assert.equal(withRulesTable(stale), doc);
  const missing = doc.replace(/^\| \[`unused`\].*\n/m, '');
  assert.notEqual(missing, doc);
  assert.equal(withRulesTable(missing), doc);
  assert.throws(() => withRulesTable(doc.replace(TABLE_START, '')), /markers of the table of codes are missing/);
  assert.throws(() => withRulesTable(doc.replace(TABLE_END, '')), /markers of the table of codes are missing/);
});

test('package.json: one deroule.rules.<code> setting per code, none more, with the registry default and every severity', () => {
  type Property = { default: string; enum: string[]; markdownDescription: string };
  const props = (JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, Property> } } }).contributes.configuration
    .properties;
  const settings = Object.keys(props).filter((k) => k.startsWith('deroule.rules.'));
  assert.deepEqual(settings, ruleCodes.map((code) => `deroule.rules.${code}`));
  for (const meta of ruleRegistry) {
    const p = props[`deroule.rules.${meta.code}`]!;
    assert.equal(p.default, meta.severity, meta.code);
    assert.deepEqual(p.enum, ['error', 'warning', 'information', 'hint', 'off'], meta.code);
    assert.equal(p.markdownDescription, `%config.rule.${meta.code}%`, meta.code);
  }
});

test('package.nls.json and package.nls.fr.json: each setting says the registry description and links to its help in the editor', () => {
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
  for (const meta of ruleRegistry) {
    const link = `[docs/rules.md](command:deroule.showRuleHelp?${encodeURIComponent(JSON.stringify([meta.code]))})`;
    assert.equal(en[`config.rule.${meta.code}`], `\`${meta.code}\`: ${meta.description.en} ${link}`);
    assert.equal(fr[`config.rule.${meta.code}`], `\`${meta.code}\` : ${meta.description.fr} ${link}`);
  }
  assert.deepEqual(
    Object.keys(en).filter((k) => k.startsWith('config.rule.')),
    ruleCodes.map((code) => `config.rule.${code}`),
  );
});
