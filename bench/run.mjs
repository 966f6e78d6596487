// `npm run bench`: generates the inputs, measures the core, both language servers, the
// lexer floor, memory, the CLI and the extension, side by side in one run; prints the
// tables and the goals of issue 7, and writes bench/RESULTS.md (raw numbers in
// bench/.data/results.json). Expects the product built (npm run bench does it first).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCore } from './build.mjs';
import { EXPECTED, SIZES, SLOTS_PER_DAY, generateAll } from './generate.mjs';
import { machine, render } from './report.mjs';
import { measureActivation, vsixSize } from './measure/activation.mjs';
import { measureCore } from './measure/core.mjs';
import { measureDragFrames } from './measure/dragFrames.mjs';
import { measureWebStart } from './measure/webStart.mjs';
import { MISSION_LABEL } from './report.mjs';
import { measureReady, measureServer, READY_REPS } from './measure/servers.mjs';
import { measureCli, measureMissionFolder } from './measure/workspace.mjs';
import { measureGestureCore, measureGestureProtocol } from './measure/gestures.mjs';

// `--report`: render RESULTS.md again from the last run's bench/.data/results.json.
if (process.argv.includes('--report')) {
  const results = JSON.parse(readFileSync(new URL('./.data/results.json', import.meta.url), 'utf8'));
  writeFileSync(new URL('./RESULTS.md', import.meta.url), render(results).markdown);
  console.log('bench/RESULTS.md rendered from bench/.data/results.json');
  process.exit(0);
}

const started = performance.now();
const step = (what) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);
const only = process.argv.includes('--quick') ? [10, 100, 1000] : SIZES;

const info = machine();
step('generating inputs');
const data = generateAll();
const bundle = await buildCore();

const seedFile = fileURLToPath(new URL('../examples/poix-du-nord/atelier-territorial.programme.yaml', import.meta.url));
const inputs = [
  { label: 'seed day', size: 12, uri: pathToFileURL(seedFile).href, text: readFileSync(seedFile, 'utf8') },
  ...only.map((size) => ({ label: String(size), size, uri: pathToFileURL(data.programmes[size]).href, text: readFileSync(data.programmes[size], 'utf8') })),
  { label: MISSION_LABEL, size: 550, uri: pathToFileURL(data.workstreamMission).href, text: readFileSync(data.workstreamMission, 'utf8') },
];
step('core: parse, model, schema, rules, check, lexer');
const core = measureCore(bundle, inputs);

// Before the large runs, so that neither server starts while the machine gives back the
// memory of yaml-language-server's largest runs (2.5 GB).
step('server start → initialize answered');
const ready = { deroule: await measureReady('deroule', READY_REPS), yaml: await measureReady('yaml', READY_REPS) };

const servers = {};
for (const size of only) {
  const text = inputs.find((i) => i.label === String(size)).text;
  step(`servers on ${size} slots: Déroulé`);
  const deroule = await measureServer('deroule', size, text, { features: true, timeout: 120_000 });
  step(`servers on ${size} slots: yaml-language-server`);
  const yaml = await measureServer('yaml', size, text, { timeout: 120_000 });
  servers[size] = { deroule, yaml };
}

step('preview gestures (issue 19): a drop on a 200-slot programme, in the core and over the protocol');
const gestures = { core: measureGestureCore(bundle), protocol: await measureGestureProtocol() };

step('memory: the 200-programme mission folder');
const memory = await measureMissionFolder(data.missionDir, data.missionFile);
step('CLI: the mission folder and 1,000 typical programmes');
const cli = { mission: await measureCli(data.missionDir), typical: await measureCli(data.typicalDir) };
step('extension activation');
const activation = measureActivation();
const vsixMb = vsixSize();
step('preview: the drag frame rate on 200 slots in Chromium');
const dragFrames = await measureDragFrames();
step('the browser build: first diagnostics of the web worker');
const webStart = await measureWebStart();

info.loadAfter = (await import('node:os')).loadavg();
info.benchSeconds = (performance.now() - started) / 1000;
const results = { machine: info, expected: EXPECTED, slotsPerDay: SLOTS_PER_DAY, core, servers, ready, memory, cli, activation, vsixMb, gestures, dragFrames, webStart };
writeFileSync(new URL('./.data/results.json', import.meta.url), JSON.stringify(results, null, 2));
const { console: text, markdown, failed } = render(results);
console.log(`\n${text}`);
if (!process.argv.includes('--quick')) writeFileSync(new URL('./RESULTS.md', import.meta.url), markdown);
step(`done${process.argv.includes('--quick') ? ' (--quick: RESULTS.md not written)' : ': bench/RESULTS.md written'}`);
// The bench reports; it does not fail the build when a goal is missed.
if (failed.length) console.log(`goals not met: ${failed.join('; ')}`);
