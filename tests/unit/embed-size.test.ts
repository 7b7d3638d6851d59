/** The host snippet an article loads: at most 2 KB gzip as sent, nothing else to load, its frame named in its language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifySync } from 'rolldown/utils';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

// A path, not import.meta.url: under jsdom that is not a file: URL.
const root = join(__dirname, '../..');
const source = readFileSync(join(root, 'public/embed.js'));
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('public/embed.js', () => {
  it('is at most 2048 bytes gzipped (level 9), minified as the build sends it', () => {
    const { code, errors } = minifySync('embed.js', source.toString('utf8'), { compress: true, mangle: true });
    expect(errors).toEqual([]);
    const size = gzipSync(code, { level: 9 }).length;
    expect(size).toBeGreaterThan(500);
    expect(size).toBeLessThanOrEqual(2048);
  });

  it("names the frame in each of the wizard's languages as its start page is titled", () => {
    const literal = /var TITLES = (\{[^}]+\});/.exec(source.toString('utf8'))?.[1];
    expect(literal).toBeDefined();
    const titles = new Function(`return ${literal!}`)() as Record<string, string>;
    const expected = Object.fromEntries(
      LANGUAGES.map(({ code }) => {
        const common = json(`locales/${code}/common.json`) as { documentTitle: string };
        const flow = json(`locales/${code}/flow.json`) as { start: { title: string } };
        return [code, common.documentTitle.replace('{{page}}', flow.start.title)];
      }),
    );
    expect(titles).toEqual(expected);
  });

  it('has no dependencies: no imports, no other script, nothing fetched', () => {
    const text = source.toString('utf8');
    for (const pattern of [/\bimport\s*[({'"]/, /\brequire\s*\(/, /createElement\(\s*['"]script/, /\bfetch\s*\(/, /XMLHttpRequest/, /\beval\s*\(/]) {
      expect(text, String(pattern)).not.toMatch(pattern);
    }
  });
});
