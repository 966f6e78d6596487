/**
 * The extension's icon: images/icon.png is the 128×128 render of images/icon.svg by
 * scripts/icon.mjs (npm run icon). Edit the SVG without re-rendering, or the PNG by hand,
 * and this fails.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../../../..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and colour type from a PNG's IHDR chunk (always the first one). */
function pngHeader(png: Buffer): { width: number; height: number; colourType: number } {
  assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), 'not a PNG');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
}

test('the manifest names the icon, a 128×128 PNG with transparency', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.icon, 'images/icon.png');
  assert.deepEqual(pngHeader(readFileSync(join(ROOT, manifest.icon))), { width: 128, height: 128, colourType: 6 });
});

test('images/icon.png is the render of images/icon.svg (run npm run icon after editing the SVG)', async () => {
  const script = pathToFileURL(join(ROOT, 'scripts/icon.mjs')).href;
  const { renderIcon, ICON_SIZE } = await import(script);
  assert.equal(ICON_SIZE, 128);
  const fresh: Buffer = renderIcon(readFileSync(join(ROOT, 'images/icon.svg')));
  assert.deepEqual(pngHeader(fresh), { width: 128, height: 128, colourType: 6 });
  assert.ok(fresh.equals(readFileSync(join(ROOT, 'images/icon.png'))), 'images/icon.png differs from a fresh render of images/icon.svg');
});
