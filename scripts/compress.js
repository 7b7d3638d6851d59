// Writes a gzip copy beside every text file of the build (index.html.gz, …), so the server sends
// compressed bytes without compressing on each request: scripts/serve.js and nginx's gzip_static.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const TEXT = /\.(html|js|css|json|svg|txt|webmanifest)$/;

/** @param {string} dir @returns {Promise<string[]>} */
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

let count = 0;
for (const file of (await files(root)).filter((f) => TEXT.test(f))) {
  const bytes = await readFile(file);
  // Below about a kilobyte the headers cost more than compression saves.
  if (bytes.length < 1024) continue;
  await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  count += 1;
}
console.log(`compress: ${count} files gzipped in ${root}`);
