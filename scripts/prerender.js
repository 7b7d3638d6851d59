// Writes the pages the servers send (src/prerender.tsx): each page of its own and the neutral frame,
// in every language, under dist/pages/<language>/; dist/index.html stays bokmål's start page, for
// hosts that only serve files. Beside them what the servers need to choose among them:
// dist/pages/addresses.json (scripts/serve.js), dist/_nginx/ (the nginx snippet) and dist/_redirects
// (static hosts). Run after `vite build` and the SSR build of src/prerender.tsx (see the build script).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { httpConf, serverConf } from './nginx-conf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRERENDER_SSR and PRERENDER_OUT point elsewhere than the defaults of `npm run build`.
const ssr = process.env.PRERENDER_SSR ?? `${root}node_modules/.prerender`;
const out = process.env.PRERENDER_OUT ?? `${root}dist`;
const { renderPage, renderNoAppNotice, servedAddresses } = await import(`${ssr}/prerender.js`);

const PAGES = /** @type {const} */ (['start', 'reason', 'accessibility', 'notFound', 'frame']);
const template = await readFile(`${out}/index.html`, 'utf8');
const escapeText = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const notice = renderNoAppNotice();

/** @param {{ html: string, title: string, lang: string, dir: string }} rendered @param {string} page */
function write({ html, title, lang, dir }, page) {
  const written = template
    .replace(/<html lang="[^"]*">/, `<html lang="${lang}" dir="${dir}" data-page="${page}">`)
    .replace('<div id="root"></div>', `<div id="root">${html}</div>${notice}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
  if (!written.includes(`data-page="${page}"`) || !written.includes(html)) {
    throw new Error('prerender: index.html has no <html lang="…"> or no empty <div id="root"></div>');
  }
  return written;
}

const addresses = servedAddresses();
let count = 0;
for (const language of addresses.languages) {
  await mkdir(`${out}/pages/${language}`, { recursive: true });
  for (const page of PAGES) {
    const html = write(await renderPage(page, language), page);
    await writeFile(`${out}/pages/${language}/${page}.html`, html);
    if (language === addresses.defaultLanguage && page === 'start') await writeFile(`${out}/index.html`, html);
    count += 1;
  }
}
await writeFile(`${out}/pages/addresses.json`, `${JSON.stringify(addresses, null, 2)}\n`);

await mkdir(`${out}/_nginx`, { recursive: true });
await writeFile(`${out}/_nginx/http.conf`, httpConf(addresses));
await writeFile(`${out}/_nginx/server.conf`, serverConf(addresses, await readFile(`${out}/_headers`, 'utf8')));

// Static hosts read paths alone: bokmål's pages, case as written (see README, «Hosting»).
const def = addresses.defaultLanguage;
const redirects = [
  `${addresses.reason} /pages/${def}/reason.html 200`,
  ...[...addresses.frames, addresses.agent].map((path) => `${path} /pages/${def}/frame.html 200`),
  `${addresses.accessibility} /pages/${def}/accessibility.html 200`,
  `/* /pages/${def}/notFound.html 404`,
];
await writeFile(`${out}/_redirects`, `# Written by the build (scripts/prerender.js).\n${redirects.join('\n')}\n`);
console.log(`prerender: ${count} pages in ${addresses.languages.length} languages written into ${out}/pages`);
