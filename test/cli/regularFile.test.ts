/**
 * The one reader of workspace files (`server/src/node/regularFile.ts`): only regular files,
 * never past the limit, never blocking. Each case would hang or fill the memory with a
 * plain `readFileSync`; the node:test timeout ends the test if it ever does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { maxFileBytes, readRegularFile, RefusedFile } from '../../server/src/node/regularFile';

const GUARD = { timeout: 60_000 };
const posixOnly = process.platform === 'win32' ? 'POSIX devices and FIFOs' : false;

function refusal(read: () => unknown): [string, string] {
  try {
    read();
  } catch (e) {
    assert.ok(e instanceof RefusedFile, String(e));
    return [e.code, e.message];
  }
  assert.fail('the file was read');
}

test('a regular file is read whole, up to the limit', GUARD, () => {
  const path = join(mkdtempSync(join(tmpdir(), 'deroule-read-')), 'a.programme.yaml');
  writeFileSync(path, 'title: Atelier « à première vue »\n');
  assert.equal(readRegularFile(path, 1000).toString('utf8'), 'title: Atelier « à première vue »\n');
  const size = Buffer.byteLength('title: Atelier « à première vue »\n');
  assert.equal(readRegularFile(path, size).length, size);
  assert.deepEqual(refusal(() => readRegularFile(path, size - 1)), ['TOO_LARGE', `larger than ${size - 1} bytes`]);
  appendFileSync(path, 'x'.repeat(5000));
  assert.deepEqual(refusal(() => readRegularFile(path, 4000)), ['TOO_LARGE', 'larger than 4,000 bytes']);
});

test('a FIFO is refused at once, without waiting for a writer', { ...GUARD, skip: posixOnly }, () => {
  const path = join(mkdtempSync(join(tmpdir(), 'deroule-read-')), 'fifo.programme.yaml');
  assert.equal(spawnSync('mkfifo', [path]).status, 0);
  assert.deepEqual(refusal(() => readRegularFile(path, 1000)), ['NOT_REGULAR', 'not a regular file']);
});

test('/dev/zero is refused, not read', { ...GUARD, skip: posixOnly }, () => {
  assert.deepEqual(refusal(() => readRegularFile('/dev/zero', 1_000_000)), ['NOT_REGULAR', 'not a regular file']);
});

test('a folder is refused', GUARD, () => {
  assert.deepEqual(refusal(() => readRegularFile(tmpdir(), 1000)), ['EISDIR', 'is a directory']);
});

test('a missing file gives the system error', GUARD, () => {
  assert.throws(() => readRegularFile(join(tmpdir(), 'nowhere', 'x.programme.yaml'), 1000), { code: 'ENOENT' });
});

test('the byte limit lets through every text within maxTextLength', () => {
  // Three bytes of UTF-8 per UTF-16 unit at most (a BMP character such as « é » takes two, « € » three).
  const text = '€'.repeat(1000);
  assert.equal(Buffer.byteLength(text), maxFileBytes(text.length));
});
