/** The host snippet an article loads: at most 2 KB gzip, and nothing else to load. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// A path, not import.meta.url: under jsdom that is not a file: URL.
const source = readFileSync(join(__dirname, '../../public/embed.js'));

describe('public/embed.js', () => {
  it('is at most 2048 bytes gzipped (level 9)', () => {
    const size = gzipSync(source, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(2048);
  });

  it('has no dependencies: no imports, no other script, nothing fetched', () => {
    const text = source.toString('utf8');
    for (const pattern of [/\bimport\s*[({'"]/, /\brequire\s*\(/, /createElement\(\s*['"]script/, /\bfetch\s*\(/, /XMLHttpRequest/, /\beval\s*\(/]) {
      expect(text, String(pattern)).not.toMatch(pattern);
    }
  });
});
