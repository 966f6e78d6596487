// CPU profile of our server on the largest programme: didOpen, then one-character
// changes, each waited for; then prints where the time goes (self time by function and
// by source file). Build with sourcemaps first so names are readable:
//
//   node esbuild.mjs && node bench/profile.mjs [slots]      (default 10000)
//
// The .cpuprofile lands in bench/.data/profile/ (open it in Chrome DevTools or VS Code);
// the summary is also written to bench/PROFILE.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateProgramme } from './generate.mjs';
import { startLsp } from './lib/lspClient.mjs';
import { lineWith } from './lib/places.mjs';

const size = Number(process.argv[2] ?? 10000);
const lastVersion = Number(process.env.CHANGES ?? 7);
const root = fileURLToPath(new URL('../', import.meta.url));
const dir = join(root, 'bench/.data/profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const text = generateProgramme(size, { seed: size });
const lsp = await startLsp(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(root, 'dist/cli.js'), 'lsp', '--stdio'], {
  rootUri: pathToFileURL(dir).href,
  settings: () => ({ language: 'en' }),
  timeout: 300_000,
});
const uri = pathToFileURL(join(dir, `slots-${size}.programme.yaml`)).href;
const log = [];
const say = (line) => {
  console.log(line);
  log.push(line);
};
let from = lsp.mark();
let t = performance.now();
lsp.open(uri, 'deroule-programme', text, 1);
await lsp.diagnostics(uri, from, (p) => p.version === 1);
say(`didOpen → diagnostics: ${(performance.now() - t).toFixed(0)} ms`);
const { line, character } = lineWith(text.split('\n'), 'title');
for (let version = 2; version <= lastVersion; version++) {
  const insert = version % 2 === 0;
  from = lsp.mark();
  t = performance.now();
  lsp.change(uri, version, insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } }, insert ? 'x' : '');
  await lsp.diagnostics(uri, from, (p) => p.version === version);
  say(`didChange ${version} → diagnostics: ${(performance.now() - t).toFixed(0)} ms`);
}
await lsp.stop(60_000); // writing the profile takes a while

// Self and total (inclusive) time per function, attributed to source files through the
// bundle's source map (dist/cli.js.map, written by the non-production build).
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const mapFile = join(root, 'dist/cli.js.map');
const sourceMap = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const keyOf = new Map();
for (const n of profile.nodes) {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  let where = url ? url.replace(/^.*\//, '') : '';
  if (sourceMap && url.endsWith('/dist/cli.js')) {
    const entry = sourceMap.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) where = `${entry.originalSource.replace(/^.*?(node_modules\/|server\/src\/)/, '$1')}:${entry.originalLine + 1}`;
  }
  keyOf.set(n.id, { fn: `${functionName || '(anonymous)'} ${where}`, file: where.replace(/:\d+$/, '').replace(/^(node_modules\/[^/]+)\/.*$/, '$1') || functionName });
}
const self = new Map(), inclusive = new Map(), byFile = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  const name = nodes.get(id).callFrame.functionName;
  if (name === '(idle)' || name === '(program)') return;
  total += us;
  const k = keyOf.get(id);
  self.set(k.fn, (self.get(k.fn) ?? 0) + us);
  byFile.set(k.file, (byFile.get(k.file) ?? 0) + us);
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) seen.add(keyOf.get(n).fn);
  for (const fn of seen) inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
});
const top = (map, n, filter = () => true) =>
  [...map.entries()].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`);
say(`\nbusy time: ${(total / 1000).toFixed(0)} ms (profile: bench/.data/profile/${file})\n\ntop functions, self time:`);
say(top(self, 25).join('\n'));
say('\ntop functions of the product, total time (with what they call):');
say(top(inclusive, 30, (k) => / (server\/src|client\/src)\//.test(k)).join('\n'));
say('\nself time by source file or package:');
say(top(byFile, 15).join('\n'));
writeFileSync(
  join(root, 'bench/PROFILE.md'),
  `# CPU profile of the server: ${size} slots, didOpen then ${lastVersion - 1} one-character changes\n\n` +
    `\`node esbuild.mjs && ${lastVersion === 7 ? '' : `CHANGES=${lastVersion} `}node bench/profile.mjs ${size}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}.\n\n` +
    '```\n' + log.join('\n') + '\n```\n',
);
