import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import type { Block } from '../../src/flow/machine';
import { metaOf, titleKeyOf } from '../../src/flow/snapshot';
import { allWalksToOutcomes } from '../paths';
import { type Answers, QUESTIONS, QUESTION_IDS, STEP_IDS } from '../../src/flow/steps';
import { LINK_IDS } from '../../src/config/links';
import { FORMAT_TAGS } from '../../src/components/Text';

const root = join(__dirname, '../../locales');
type Json = string | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

function strings(language: string): Map<string, string> {
  const files = readdirSync(join(root, language)).filter((file) => file.endsWith('.json'));
  return new Map(
    files.flatMap((file) =>
      flatten(JSON.parse(readFileSync(join(root, language, file), 'utf8')) as Json).map(
        ([key, text]) => [`${file.replace('.json', '')}:${key}`, text] as [string, string],
      ),
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();
const reference = strings('nb');

describe('every language has every string', () => {
  it('has a folder for each language the switch offers, and nothing else', () => {
    expect(readdirSync(root).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  describe.each(LANGUAGES.filter((l) => l.code !== 'nb').map((l) => l.code))('%s', (language) => {
    const own = strings(language);
    it('has the same keys as nb', () => {
      expect([...own.keys()].sort()).toEqual([...reference.keys()].sort());
    });
    it('keeps the placeholders and link tags of each nb string', () => {
      for (const [key, text] of reference) {
        expect({ key, placeholders: placeholders(own.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
        expect({ key, tags: tags(own.get(key) ?? '') }).toEqual({ key, tags: tags(text) });
      }
    });
  });

  it.each(LANGUAGES.map((l) => l.code))('%s has no empty string and links only configured addresses', (language) => {
    for (const [key, text] of strings(language)) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      for (const tag of tags(text)) expect([...LINK_IDS, ...FORMAT_TAGS]).toContain(tag);
    }
  });
});

describe('the strings the machine asks for exist', () => {
  const has = (key: string) => reference.has(`flow:${key}`);
  it.each(STEP_IDS)('%s', (step) => {
    const meta = metaOf(step);
    for (const { key } of meta.titles ?? []) expect(has(`${step}.${key}`)).toBe(true);
    // The title each walk that reaches the step shows (appStore has one per store and no other).
    for (const walk of allWalksToOutcomes()) {
      const at = walk.end === step ? walk.answers.length : walk.answers.findIndex((a) => a.question === step);
      if (at < 0) continue;
      const given = Object.fromEntries(walk.answers.slice(0, at).map((a) => [a.question, a.value])) as Answers;
      expect(has(titleKeyOf(step, given)), `${step} after ${JSON.stringify(given)}`).toBe(true);
    }
    for (const block of meta.blocks as Block[]) {
      const key = typeof block === 'string' ? block : block.key;
      const found = has(`${step}.${key}`) || has(`${step}.${key}.0`);
      expect({ step, key, found }).toEqual({ step, key, found: true });
    }
  });

  it.each(QUESTION_IDS.filter((q) => q !== 'country'))('%s names every option, its summary and its error', (question) => {
    expect(has(`${question}.summary`) && has(`${question}.error`)).toBe(true);
    for (const option of QUESTIONS[question].options) expect(has(`${question}.options.${option}`)).toBe(true);
  });
});
