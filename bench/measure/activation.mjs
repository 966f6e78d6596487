// Extension activation, each in a fresh Node process (see activationChild.cjs for how
// `vscode` is stood in for), and the size of the packaged extension.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summary } from '../lib/stats.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./activationChild.cjs', import.meta.url));

export function measureActivation(reps = 5) {
  const runs = [];
  for (let i = 0; i < reps + 1; i++) {
    const out = execFileSync(process.execPath, [CHILD, ROOT], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
    if (i > 0) runs.push(JSON.parse(out)); // the first run warms the disk cache
  }
  const outcomes = [...new Set(runs.map((r) => r.outcome))];
  return {
    load: summary(runs.map((r) => r.loadMs)),
    activateCall: summary(runs.map((r) => r.activateCallMs)),
    activation: summary(runs.map((r) => r.loadMs + r.activateCallMs)),
    untilResolved: summary(runs.map((r) => r.activateSettledMs)),
    // From loading the bundle to the language client forking the server (after activation).
    serverForked: runs.every((r) => typeof r.serverForkedMs === 'number') ? summary(runs.map((r) => r.serverForkedMs)) : undefined,
    outcomes,
    bundleKb: statSync(`${ROOT}dist/extension.js`).size / 1024,
  };
}

export function vsixSize() {
  const file = `${ROOT}dist/deroule.vsix`;
  return existsSync(file) ? statSync(file).size / (1024 * 1024) : undefined;
}
