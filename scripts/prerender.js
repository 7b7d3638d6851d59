// Writes the start page's HTML into dist/index.html, so the first paint needs no script.
// Run after `vite build` and the SSR build of src/prerender.tsx (see the build script).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRERENDER_SSR and PRERENDER_OUT point elsewhere than the defaults of `npm run build`.
const ssr = process.env.PRERENDER_SSR ?? `${root}node_modules/.prerender`;
const out = process.env.PRERENDER_OUT ?? `${root}dist`;
const { renderStartPage } = await import(`${ssr}/prerender.js`);
const { html, title } = await renderStartPage();

const file = `${out}/index.html`;
const page = await readFile(file, 'utf8');
const escapeText = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const written = page
  .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
  .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
if (written === page || !written.includes(html)) throw new Error(`prerender: no empty <div id="root"></div> in ${file}`);
await writeFile(file, written);
console.log(`prerender: start page written into ${file} (${html.length} characters)`);
