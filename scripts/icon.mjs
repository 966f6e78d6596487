// Renders images/icon.svg into the extension's 128×128 icon, images/icon.png (npm run icon).
// The PNG is committed, so a build does not need the renderer; test/unit/packageIcon.test.ts
// renders the SVG again and fails if the committed PNG is not that render.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZE = 128;

/** The PNG bytes of the icon drawn by `svg`, ICON_SIZE pixels wide. */
export function renderIcon(svg) {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZE }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const png = renderIcon(readFileSync(new URL('images/icon.svg', root)));
  writeFileSync(new URL('images/icon.png', root), png);
  console.log(`images/icon.png: ${png.length} bytes`);
}
