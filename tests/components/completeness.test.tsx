import { act } from '@testing-library/react';
import i18next from 'i18next';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { pairwiseWalks } from '../paths';
import { renderWizard } from './render';

type Json = string | Json[] | { [key: string]: Json };
const root = join(__dirname, '../../locales');

function strings(language: string): Map<string, string> {
  const flatten = (value: Json, prefix: string): [string, string][] =>
    typeof value === 'string'
      ? [[prefix, value]]
      : Object.entries(value).flatMap(([key, inner]) => flatten(inner, `${prefix}.${key}`));
  return new Map(
    readdirSync(join(root, language)).flatMap((file) =>
      flatten(JSON.parse(readFileSync(join(root, language, file), 'utf8')) as Json, file.replace('.json', '')),
    ),
  );
}

/** Text a fallback would show: a string of another language, long enough not to be a shared name. */
function foreignStrings(language: Language): string[] {
  const own = strings(language);
  const others = (['nb', 'en'] as const).filter((other) => other !== language);
  return others.flatMap((other) =>
    [...strings(other)]
      .filter(([key, text]) => text.length >= 20 && !text.includes('{{') && !text.includes('<') && own.get(key) !== text)
      .map(([, text]) => text),
  );
}

/** What i18next shows for a key it cannot find: the dotted path itself. */
const keys = [...strings('nb').keys()].map((key) => key.replace(/^[^.]+\./, '')).filter((key) => key.includes('.'));
// Every pair of answers on some walk: every text the answers choose is shown on one of them.
const walks = pairwiseWalks();

describe('every page, on walks that give every pair of answers, in every language', () => {
  beforeAll(() => {
    expect(walks.length).toBeGreaterThan(50);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s shows no missing or raw key, no fallback text, no unfilled placeholder', async (language) => {
    const foreign = foreignStrings(language);
    const seen = new Set<string>();
    const problems: string[] = [];
    const check = (where: string) => {
      const text = document.body.textContent ?? '';
      if (seen.has(text)) return;
      seen.add(text);
      if (/\{\{|\}\}/.test(text)) problems.push(`${where}: an unfilled placeholder`);
      for (const key of keys) if (text.includes(key)) problems.push(`${where}: the raw key ${key}`);
      for (const other of foreign) if (text.includes(other)) problems.push(`${where}: "${other.slice(0, 40)}…" from another language`);
    };
    const missing: string[] = [];
    i18next.on('missingKey', (lngs, ns, key) => missing.push(`${lngs.join(',')} ${ns}:${key}`));
    i18next.options.saveMissing = true;

    sessionStorage.clear();
    const { actor } = await renderWizard({ language });
    for (const walk of walks) {
      act(() => actor.send({ type: 'RESTART' }));
      check(`${walk.end} at start`);
      act(() => actor.send({ type: 'START' }));
      for (const { question, value } of walk.answers) {
        check(`${walk.end} at ${question}`);
        act(() => actor.send({ type: 'ANSWER', value }));
      }
      check(walk.end);
    }
    i18next.options.saveMissing = false;
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(walks.length);
  }, 120_000);
});
