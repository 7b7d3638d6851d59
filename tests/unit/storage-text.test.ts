import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/flow/steps';
import { PLANS } from '../../src/rules/refund';
import { pageText, translator } from '../content';

const upTo = (plan: string, storage?: string): Answers =>
  ({ reason: 'avslutte', plan, purchase: 'microsoft', country: 'NO', signIn: 'ser-det', manage: 'administrer', cancel: 'avbryt', storage }) as Answers;
const page = (language: 'nb' | 'en', step: 'storage' | 'confirm', answers: Answers) => pageText(step, answers, translator(language), language).join('\n');

const SHARED = { nb: /du eller noen du deler abonnementet med/i, en: /you, or anyone you share the subscription with|you, or someone you share the subscription with/i };
const SHARING = { nb: /deler/, en: /share/ };

describe('the storage question and its warning, by plan (F12, F13, F14)', () => {
  it.each(['nb', 'en'] as const)('%s: Family speaks of you or those you share with; Basic and Personal only of you', (language) => {
    for (const plan of PLANS) {
      const storage = page(language, 'storage', upTo(plan));
      const warnings = ['ja', 'nei', 'vet-ikke'].map((answer) => page(language, 'confirm', upTo(plan, answer)));
      if (plan === 'familie') {
        expect(storage).toMatch(SHARED[language]);
        for (const warning of warnings) expect(warning).toMatch(SHARED[language]);
      } else {
        expect(storage).not.toMatch(SHARING[language]);
        for (const warning of warnings) expect(warning.split('\n').slice(1).join('\n')).not.toMatch(SHARING[language]);
      }
    }
  });

  it.each(['nb', 'en'] as const)('%s: the short warning is complete: OneDrive, Outlook.com and deletion after 12 months', (language) => {
    for (const plan of PLANS) {
      for (const answer of ['nei', 'vet-ikke']) {
        const warning = page(language, 'confirm', upTo(plan, answer));
        expect(warning).toMatch(language === 'nb' ? /laste opp, redigere eller synkronisere nye filer til OneDrive/ : /upload, edit or sync new files to OneDrive/);
        expect(warning).toMatch(language === 'nb' ? /sende eller motta e-post i Outlook\.com/ : /send or receive email in Outlook\.com/);
        expect(warning).toMatch(language === 'nb' ? /Etter 12 måneder kan OneDrive og alle filene der bli slettet/ : /After 12 months, OneDrive and all its files may be deleted/);
      }
    }
  });

  it.each(['nb', 'nn', 'en', 'sv', 'da', 'fi', 'de', 'he'])('%s: the Family texts differ from the others', (language) => {
    const t = translator(language);
    const storage = (plan: string) => pageText('storage', upTo(plan), t, language).join('\n');
    const warning = (plan: string) => pageText('confirm', upTo(plan, 'nei'), t, language).join('\n');
    expect(storage('familie')).not.toBe(storage('personal').replace('Personal', 'Family'));
    expect(warning('familie')).not.toBe(warning('personal'));
    expect(warning('basic')).toBe(warning('personal'));
  });
});
