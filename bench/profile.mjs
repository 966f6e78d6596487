// CPU profile of our server on the largest programme: didOpen, then one-character
// changes, each waited for; then prints where the time goes (self time by function and
// by source file). Build with sourcemaps first so names are readable:
//
//   node esbuild.mjs && node bench/profile.mjs [slots]      (default 10000)
//
// The .cpuprofile lands in bench/.data/profile/ (open it in Chrome DevTools or VS Code);
// the summary is also written to bench/PROFILE.md.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateProgramme } from './generate.mjs';
import { startLsp } from './lib/lspClient.mjs';

const size = Number(process.argv[2] ?? 10000);
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
const line = text.split('\n').findIndex((l, i, all) => i > all.length / 2 && /^\s+title: [^"'>|]/.test(l));
const character = text.split('\n')[line].indexOf('title: ') + 7;
for (let version = 2; version <= 7; version++) {
  const insert = version % 2 === 0;
  from = lsp.mark();
  t = performance.now();
  lsp.change(uri, version, insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } }, insert ? 'x' : '');
  await lsp.diagnostics(uri, from, (p) => p.version === version);
  say(`didChange ${version} → diagnostics: ${(performance.now() - t).toFixed(0)} ms`);
}
await lsp.stop();

// Self time per node of the profile, summed by function and by file.
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const selfUs = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (dt[i] ?? 0)));
const byFunction = new Map();
const byFile = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)') continue;
  total += us;
  const where = url ? url.replace(/^.*\/(node_modules\/)?/, '') : '';
  const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byFile.set(where || functionName, (byFile.get(where || functionName) ?? 0) + us);
}
const top = (map, n) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`);
say(`\nbusy time: ${(total / 1000).toFixed(0)} ms (profile: bench/.data/profile/${file})\n\ntop functions (self time):`);
say(top(byFunction, 25).join('\n'));
say('\nby file:');
say(top(byFile, 8).join('\n'));
writeFileSync(
  join(root, 'bench/PROFILE.md'),
  `# CPU profile of the server: ${size} slots, didOpen then 6 one-character changes\n\n` +
    `\`node esbuild.mjs && node bench/profile.mjs ${size}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}.\n\n` +
    '```\n' + log.join('\n') + '\n```\n',
);
