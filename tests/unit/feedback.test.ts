import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { linksFor } from '../../src/config/links';
import { cleanRatings, feedbackAddress, feedbackMessage, isFeedbackMessage } from '../../src/flow/feedback';
import { feedbackOfEnvelope, toEnvelope } from '../../src/flow/persist';
import { outcomeNote } from '../../src/i18n/outcomeNote';
import nbCommon from '../../locales/nb/common.json';
import nbFlow from '../../locales/nb/flow.json';
import nbAgent from '../../locales/nb/agent.json';

const ID = 'refusjonsveiviser';
const saved = { step: 'prorated' as const, answers: { reason: 'avslutte' } as const, review: false, mustShow: [] };

describe('a rating', () => {
  it('is the outcome and yes, or no with one of three reasons or none; nothing else', () => {
    expect(isFeedbackMessage(feedbackMessage('prorated', { helpful: true, reason: null }))).toBe(true);
    expect(isFeedbackMessage({ type: 'feedback', outcome: 'prorated', helpful: false, reason: 'hardToUnderstand' })).toBe(true);
    expect(isFeedbackMessage({ type: 'feedback', outcome: 'prorated', helpful: false, reason: null })).toBe(true);
    for (const bad of [
      { type: 'feedback', outcome: 'prorated', helpful: true, reason: 'other' },
      { type: 'feedback', outcome: 'prorated', helpful: false, reason: 'I am called Kari' },
      { type: 'feedback', outcome: 'admin', helpful: true, reason: null },
      { type: 'feedback', outcome: 'prorated', helpful: 'yes', reason: null },
      { type: 'feedback', outcome: 'prorated', helpful: true, reason: null, answers: { reason: 'avslutte' } },
      { type: 'step', outcome: 'prorated', helpful: true, reason: null },
      null,
      'feedback',
    ]) {
      expect(isFeedbackMessage(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('a yes never carries a reason', () => {
    expect(feedbackMessage('prorated', { helpful: true, reason: 'other' })).toEqual({
      type: 'feedback',
      outcome: 'prorated',
      helpful: true,
      reason: null,
    });
  });

  it('is kept in the envelope, each checked on the way back', () => {
    const feedback = { prorated: { helpful: false, reason: 'notMyCase' as const } };
    const text = toEnvelope(ID, saved, { language: 'nb', feedback });
    expect(JSON.parse(text).feedback).toEqual(feedback);
    expect(feedbackOfEnvelope(ID, text)).toEqual(feedback);
    // None rated: the envelope has no such field.
    expect(Object.keys(JSON.parse(toEnvelope(ID, saved, { language: 'nb', feedback: {} })))).not.toContain('feedback');
    expect(cleanRatings({ prorated: { helpful: true, reason: null }, admin: { helpful: true, reason: null }, appStore: 'ja' })).toEqual({
      prorated: { helpful: true, reason: null },
    });
    expect(cleanRatings([1])).toEqual({});
    expect(feedbackOfEnvelope(ID, '{"v":1')).toEqual({});
  });
});

describe('VITE_FEEDBACK_URL', () => {
  it('unset sends nothing; a path is the wizard’s own origin; an https address adds its origin to connect-src', () => {
    expect(feedbackAddress(undefined)).toBeNull();
    expect(feedbackAddress('  ')).toBeNull();
    expect(feedbackAddress('/tilbakemelding')).toEqual({ url: '/tilbakemelding', origin: null });
    expect(feedbackAddress('https://collect.example.no/v1/ratings')).toEqual({
      url: 'https://collect.example.no/v1/ratings',
      origin: 'https://collect.example.no',
    });
    expect(feedbackAddress('http://localhost:8125/r')?.origin).toBe('http://localhost:8125');
  });

  it.each(['//evil.example/x', 'http://collect.example.no/x', 'javascript:alert(1)', 'https://u:p@collect.example.no/', 'tilbakemelding', '/a b'])(
    'stops the build for %s',
    (value) => {
      expect(() => feedbackAddress(value)).toThrow(/VITE_FEEDBACK_URL/);
    },
  );
});

describe('the outcome as text', () => {
  it('the customer’s copy has the whole outcome with each link’s address, the answers, the date and the code; the agent’s note the reasons alone', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nb', resources: { nb: { common: nbCommon, flow: nbFlow, agent: nbAgent } }, interpolation: { escapeValue: false } });
    const answers = { reason: 'avslutte', plan: 'basic', purchase: 'microsoft', country: 'DK' } as const;
    const input = {
      t: i18n.getFixedT('nb'),
      language: 'nb',
      date: new Date('2026-12-03T10:00:00Z'),
      step: 'prorated' as const,
      route: ['start', 'reason', 'plan', 'purchase', 'country', 'prorated'] as const,
      answers,
      code: '1MG3Y-32G28',
      values: { country: 'Danmark' },
    };
    const mine = outcomeNote({ ...input, labels: 'flow:keep' });
    expect(mine.startsWith(`${nbFlow.keep.title}\n`)).toBe(true);
    expect(mine).toContain('3. desember 2026');
    expect(mine).toContain(`${nbFlow.keep.answers}\n- `);
    expect(mine).toContain('Danmark');
    expect(mine).toContain(`(${linksFor('nb').subscriptions})`);
    expect(mine).toContain(`(${linksFor('nb').prorated})`);
    expect(mine).not.toMatch(/<\/?\w+>/);
    expect(mine.trimEnd().endsWith(nbFlow.keep.code.replace('{{code}}', '1MG3Y-32G28'))).toBe(true);

    const agents = outcomeNote({ ...input, labels: 'agent:notes', customerLanguage: 'nb' });
    expect(agents.startsWith(`${nbAgent.notes.title}\n`)).toBe(true);
    expect(agents).toContain(nbAgent.notes.rule.split('{{')[0]!);
    expect(agents).not.toContain('https://');
  });
});
