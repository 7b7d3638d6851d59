// Writes the start page's HTML into dist/index.html, so the first paint needs no script.
// Run after `vite build` and the SSR build of src/prerender.tsx (see the build script).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { renderStartPage } = await import(`${root}node_modules/.prerender/prerender.js`);
const { html, title } = await renderStartPage();

const file = `${root}dist/index.html`;
const page = await readFile(file, 'utf8');
const escapeText = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const out = page
  .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
  .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
if (out === page || !out.includes(html)) throw new Error('prerender: no empty <div id="root"></div> in dist/index.html');
await writeFile(file, out);
console.log(`prerender: start page written into dist/index.html (${html.length} characters)`);
