// The drop of a slot in the preview (issue 19) on a 200-slot programme: the gesture computed
// in the core (a long-lived service that has checked the document, as the server has), and
// over the protocol (`deroule/gesture` request → workspace edit). The budget of the issue is
// 100 ms for a drop at 200 slots, the preview's redraw included; it is printed, not asserted.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startLsp } from '../lib/lspClient.mjs';
import { summary } from '../lib/stats.mjs';
import { SERVERS } from './servers.mjs';

const require = createRequire(import.meta.url);
export const GESTURE_SLOTS = 200;

/** 20 days of 10 slots: ranges, `start` + `duration`, durations, comments, a pinned lunch each day. */
export function gestureProgramme() {
  const lines = ['title: Formation de 20 jours', 'format: seminar', 'days:'];
  const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}h${String(m % 60).padStart(2, '0')}`;
  for (let d = 0; d < 20; d++) {
    lines.push(`  - date: 2027-03-${String(d + 1).padStart(2, '0')}`, '    start: 08h30', '    agenda:');
    let t = 8 * 60 + 30;
    for (let s = 0; s < 10; s++) {
      const lunch = s === 4;
      const length = lunch ? 60 : s % 3 === 2 ? 15 : 45;
      if (s % 4 === 0) lines.push(`      # séquence ${d + 1}.${s + 1}`);
      if (lunch) lines.push(`      - time: ${clock(t)}-${clock(t + length)}`, '        title: Déjeuner', '        type: meal', '        pinned: true');
      else if (s % 3 === 0) lines.push(`      - time: ${clock(t)}-${clock(t + length)}`, `        title: Séquence ${d + 1}.${s + 1}`, '        type: workshop');
      else if (s % 3 === 1) lines.push(`      - start: ${clock(t)}`, `        duration: ${length}min`, `        title: Apport ${d + 1}.${s + 1}`);
      else lines.push(`      - time: ${clock(t)}-${clock(t + length)}`, '        title: Pause', '        type: break');
      t += length;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The drop: the 4th slot of the 10th day to the top of its day, then back (each rep is a new text). */
const drops = [
  { kind: 'move', slot: { day: 9, index: 3 }, to: { day: 9, index: 0 } },
  { kind: 'move', slot: { day: 9, index: 0 }, to: { day: 9, index: 4 } },
];

function applyEdits(text, edits) {
  const { TextDocument } = require('vscode-languageserver-textdocument');
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

export function measureGestureCore(bundle, { warmup = 5, reps = 21 } = {}) {
  const core = require(bundle);
  const uri = 'file:///bench/formation.programme.yaml';
  const service = core.service();
  let text = gestureProgramme();
  service.check(uri, text);
  const samples = [];
  for (let i = 0; i < warmup + reps; i++) {
    const t = performance.now();
    const outcome = core.gesture(service, uri, text, drops[i % 2]);
    const ms = performance.now() - t;
    if (!('edits' in outcome)) throw new Error(`the bench's drop was refused: ${outcome.refused}`);
    text = applyEdits(text, outcome.edits);
    service.check(uri, text); // the server checks the new version before the next drop
    if (i >= warmup) samples.push(ms);
  }
  return summary(samples);
}

export async function measureGestureProtocol({ warmup = 3, reps = 15 } = {}) {
  const server = SERVERS.deroule;
  const folder = mkdtempSync(join(tmpdir(), 'deroule-bench-gesture-'));
  const rootUri = pathToFileURL(folder).href;
  const lsp = await startLsp(server.command, server.args, { rootUri, settings: server.settings, timeout: 60_000 });
  try {
    const uri = `${rootUri}/formation.programme.yaml`;
    let text = gestureProgramme();
    let version = 1;
    let from = lsp.mark();
    lsp.open(uri, server.languageId, text, version);
    await lsp.diagnostics(uri, from, server.accepts(version));
    const samples = [];
    for (let i = 0; i < warmup + reps; i++) {
      const t = performance.now();
      const answer = await lsp.request('deroule/gesture', { uri, version, gesture: drops[i % 2], language: 'en' });
      const ms = performance.now() - t;
      if (!answer.edit) throw new Error(`the bench's drop was refused: ${answer.refused}`);
      const next = applyEdits(text, answer.edit.changes[uri]);
      // The editor applies the edit: the server gets the new version, as after a real drop.
      from = lsp.mark();
      const old = text.split('\n');
      lsp.change(uri, ++version, { start: { line: 0, character: 0 }, end: { line: old.length - 1, character: old[old.length - 1].length } }, next);
      text = next;
      await lsp.diagnostics(uri, from, server.accepts(version));
      if (i >= warmup) samples.push(ms);
    }
    return summary(samples);
  } finally {
    await lsp.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
