// The 200-programme mission folder in the server (RSS), and the CLI on whole folders.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startLsp } from '../lib/lspClient.mjs';
import { summary } from '../lib/stats.mjs';
import { ROOT, SERVERS } from './servers.mjs';

/**
 * What a user does: opens the mission's folder (the server scans it) and the mission file;
 * RSS once its diagnostics arrive. Then, the worst case, every programme opened too.
 */
export async function measureMissionFolder(missionDir, missionFile) {
  const server = SERVERS.deroule;
  const rootUri = pathToFileURL(missionDir).href;
  const lsp = await startLsp(server.command, server.args, { rootUri, settings: server.settings, timeout: 120_000 });
  try {
    const uri = pathToFileURL(missionFile).href;
    let from = lsp.mark();
    let t = performance.now();
    lsp.open(uri, 'deroule-mission', readFileSync(missionFile, 'utf8'), 1);
    const mission = await lsp.diagnostics(uri, from, (p) => p.version === 1);
    const missionOpenMs = mission.at - t;
    const rssMissionMb = lsp.rssMb();
    const programmes = readdirSync(missionDir).filter((f) => f.endsWith('.programme.yaml')).sort();
    from = lsp.mark();
    t = performance.now();
    let lastUri;
    for (const name of programmes) {
      lastUri = pathToFileURL(join(missionDir, name)).href;
      lsp.open(lastUri, 'deroule-programme', readFileSync(join(missionDir, name), 'utf8'), 1);
    }
    const last = await lsp.diagnostics(lastUri, from, (p) => p.version === 1);
    const allOpenMs = last.at - t;
    const rssAllOpenMb = lsp.rssMb();
    return { missionOpenMs, rssMissionMb, missionDiagnostics: mission.diagnostics, programmes: programmes.length, allOpenMs, rssAllOpenMb };
  } finally {
    await lsp.stop();
  }
}

function run(args) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    execFile(process.execPath, args, { cwd: new URL('.', ROOT).pathname, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
      // Exit 1 means "errors found", which is expected for some inputs.
      if (error && error.code !== 1) reject(new Error(`${args.join(' ')}: ${stderr || error.message}`));
      else resolve({ ms: performance.now() - t, stdout });
    });
  });
}

/** `deroule check DIR` (a fresh process each time, as a pipeline runs it). */
export async function measureCli(dir, reps = 3) {
  const cli = new URL('dist/cli.js', ROOT).pathname;
  const first = await run([cli, 'check', '--format', 'json', dir]);
  const byCode = {};
  for (const d of JSON.parse(first.stdout)) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const samples = [];
  for (let i = 0; i < reps; i++) samples.push((await run([cli, 'check', dir])).ms);
  return { ...summary(samples), byCode, files: readdirSync(dir).filter((f) => /\.(programme|mission)\.yaml$/.test(f)).length };
}
