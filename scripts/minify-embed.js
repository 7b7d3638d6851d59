// The host snippet as sent: public/embed.js keeps its comments for the article authors who read it,
// dist/embed.js is minified (Vite copies public/ as it is), so it fits its 2 KiB gzip budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { minifySync } from 'rolldown/utils';

const dist = process.argv[2] ?? 'dist';
const source = readFileSync('public/embed.js', 'utf8');
const { code, errors } = minifySync('embed.js', source, { compress: true, mangle: true });
if (errors.length > 0) throw new Error(`embed.js does not minify: ${errors.map((e) => e.message).join('; ')}`);
writeFileSync(`${dist}/embed.js`, code);
console.log(`minify-embed: ${source.length} → ${code.length} characters`);
