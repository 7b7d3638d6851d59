/**
 * The imports of src/ run one way, as a ladder: each folder may import its own files and the
 * folders below it, never one above. Read from the source text, so a new file is held to it at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '../../src');

/** Lowest first. Folders on one rung do not import each other. */
const LADDER: readonly (readonly string[])[] = [
  ['rules', 'config'],
  ['flow'],
  ['i18n'],
  ['state'],
  ['components'],
  ['pages', 'embed'],
  ['agent'],
  ['app'],
  ['main.tsx', 'prerender.tsx', 'firstPaint.ts'],
];

const rungOf = (part: string): number => LADDER.findIndex((rung) => rung.includes(part));

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The src/ folder (or top-level file) a path belongs to. */
const partOf = (path: string): string => relative(src, path).split(/[\\/]/)[0]!;

const imports = files(src).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((match) => ({
    from: partOf(file),
    file: relative(src, file),
    to: partOf(resolve(dirname(file), match[1] ?? match[2]!)),
  })),
);

describe('the layers of src/', () => {
  it('has a rung for every folder', () => {
    const parts = new Set(files(src).map(partOf));
    expect([...parts].filter((part) => rungOf(part) < 0)).toEqual([]);
    expect(imports.length).toBeGreaterThan(100);
  });

  it('imports only downwards or within a folder', () => {
    const upwards = imports
      .filter(({ from, to }) => from !== to && rungOf(to) >= rungOf(from))
      .map(({ file, to }) => `${file} → ${to}/`);
    expect(upwards).toEqual([]);
  });

  it('would see an import upwards (the check is not blind)', () => {
    expect(rungOf('components')).toBeLessThan(rungOf('app'));
    expect(rungOf('flow')).toBeLessThan(rungOf('state'));
  });
});
