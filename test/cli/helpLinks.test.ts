/**
 * Every help link a user can click resolves: the server's diagnostic links and the CLI's
 * SARIF `helpUri` name a file that exists and a heading of it; no placeholder domain is left
 * in the sources or in the package.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ruleHeadingLines } from '../../client/src/ruleHeadings';
import { ruleCodes, type DerouleDiagnostic, type RuleCode } from '../../server/src/core';
import { toLspDiagnosticIn } from '../../server/src/lsp/diagnostics';
import { shippedDocsUri } from '../../server/src/node/shippedDocs';
import { rulesPageFr } from '../../scripts/rulesPageFr';
import { ROOT, runCli } from './runCli';

/** A help link's page exists and has a `## code` heading for its fragment (GitHub's and VS Code's anchor). */
function assertResolves(href: string, code: string): void {
  const url = new URL(href);
  assert.equal(url.protocol, 'file:', href);
  const path = fileURLToPath(url);
  assert.ok(existsSync(path), `${href}: no such file`);
  assert.equal(url.hash, `#${code}`);
  assert.ok(ruleHeadingLines(readFileSync(path, 'utf8')).has(code), `${href}: no heading ## ${code}`);
}

const aDiagnostic = (code: RuleCode): DerouleDiagnostic => ({
  uri: 'file:///w/a.programme.yaml',
  code,
  severity: 'error',
  message: 'm',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
});

test("the server's link of every code, English and French, opens a heading of a shipped page", () => {
  for (const language of ['en', 'fr'] as const) {
    for (const code of ruleCodes) {
      const href = toLspDiagnosticIn(language, shippedDocsUri())(aDiagnostic(code)).codeDescription?.href;
      assert.ok(href, code);
      assert.match(href, language === 'fr' ? /\/docs\/rules\.fr\.md#/ : /\/docs\/rules\.md#/);
      assertResolves(href, code);
    }
  }
});

test("the CLI's SARIF helpUri of every rule resolves, and its help says the rule without a link", () => {
  const dir = mkdtempSync(join(tmpdir(), 'deroule-help-'));
  writeFileSync(join(dir, 'a.programme.yaml'), 'title: T\n');
  for (const lang of ['en', 'fr']) {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', '--lang', lang, '.'], dir).stdout);
    const driver = log.runs[0].tool.driver;
    assert.ok(existsSync(fileURLToPath(driver.informationUri)), driver.informationUri);
    assert.equal(driver.rules.length, ruleCodes.length);
    for (const rule of driver.rules) {
      assertResolves(rule.helpUri, rule.id);
      assert.ok(rule.help.text.startsWith(rule.fullDescription.text), rule.id);
      assert.ok(rule.help.markdown.includes(rule.fullDescription.text), rule.id);
    }
  }
});

test('docs/rules.fr.md is the page generated from the registry (npm run docs:rules)', () => {
  assert.equal(readFileSync(join(ROOT, 'docs/rules.fr.md'), 'utf8'), rulesPageFr());
});

test('the client finds the heading line of each code, not a "## " inside a code block', () => {
  const page = '# Rules\n\n```yaml\n## time-gap\n```\n\n## time-gap\n\ntext\n## schema\n';
  assert.deepEqual([...ruleHeadingLines(page)], [['time-gap', 6], ['schema', 9]]);
});

/** The domain that served nothing, and the usual stand-ins for a repository not chosen yet (example.org stays: it is sample data). */
const PLACEHOLDER = /deroule\.dev|\byour-(?:org|name|publisher|repo)\b|OWNER\/(?:REPO|deroule)\b/;
test('no placeholder domain in the sources, the docs or the settings', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !/\.(png|jpe?g|gif|pdf|docx|odt|vsix|ico)$/i.test(f) && f !== 'test/cli/helpLinks.test.ts');
  const found = files.flatMap((f) =>
    readFileSync(join(ROOT, f), 'utf8')
      .split('\n')
      .flatMap((line, i) => (PLACEHOLDER.test(line) ? [`${f}:${i + 1}`] : [])),
  );
  assert.deepEqual(found, []);
});

test('no placeholder domain in the built package (dist/deroule.vsix, made by npm run build)', (t) => {
  const vsix = join(ROOT, 'dist/deroule.vsix');
  if (!existsSync(vsix)) return t.skip('dist/deroule.vsix is not built (npm run build)');
  const names = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean);
  assert.ok(names.includes('extension/docs/rules.md') && names.includes('extension/docs/rules.fr.md'), 'the rules pages are packaged');
  const text = names
    .filter((n) => !/\.(png|jpe?g|gif)$/i.test(n))
    .map((n) => [n, execFileSync('unzip', ['-p', vsix, n.replace(/[[\]*?]/g, '\\$&')], { encoding: 'latin1', maxBuffer: 64 << 20 })] as const);
  const found = text.flatMap(([n, body]) => body.split('\n').flatMap((line, i) => (PLACEHOLDER.test(line) ? [`${n}:${i + 1}`] : [])));
  assert.deepEqual(found, []);
});
