/**
 * Agent mode (/agent) against the production build in Debian's Chromium: walks to two outcomes
 * with the keyboard alone, the customer's language apart from the agent's, the shortcuts (listed,
 * can be turned off, quiet in fields), the case note copied and downloaded, a customer's resume
 * code opening the same step (and wrong codes refused), and agent mode's code kept out of what a
 * customer downloads.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FLOW_VERSION, decodeResumeCode, encodeResumeCode } from '../../src/flow/resumeCode';
import { type StepId, QUESTIONS } from '../../src/flow/steps';
import { PRORATED_REFUND_RULES } from '../../src/rules/refund';
import { walkTo } from '../paths';
import {
  agentH1,
  agentPanel,
  type Answer,
  answerAll,
  answerByKeyboard,
  caseNoteText,
  chosenRadio,
  clickStart,
  codeField,
  codeStatus,
  countryName,
  enterCode,
  eventually,
  expectAgentStep,
  expectedPanelAnswers,
  expectStep,
  focused,
  type Lang,
  type Languages,
  panelAnswers,
  panelPath,
  switchLanguage,
  t,
  ta,
  tabTo,
  titleOf,
  walkByKeyboard,
  walkFromStart,
} from './wizard';
import { type Collected, baseURL, chromiumForFile, expectClean } from './browser';

const prorated = walkTo('prorated');
const appStore = walkTo('appStore');

const answersOf = (answers: readonly Answer[]) => Object.fromEntries(answers.map((a) => [a.question, a.value]));
const codeOf = (step: StepId, answers: readonly Answer[]) => encodeResumeCode({ step, answers: answersOf(answers) });

const openPage = chromiumForFile();

interface Opened {
  page: Page;
  collected: Collected;
  close: () => Promise<void>;
}

/** A fresh context (a desktop screen) with the page at `path`. */
async function open(path: string, { clipboard = false } = {}): Promise<Opened> {
  const { page, context, collected } = await openPage({ width: 1440, height: 900 });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto(path);
  return { page, collected, close: () => context.close() };
}

type OpenPage = (path: string, options?: { clipboard?: boolean }) => Promise<Page>;

/** Runs a test in fresh contexts opened on demand; every page must end clean. */
async function withPages(run: (open: OpenPage) => Promise<void>) {
  const opened: Opened[] = [];
  try {
    await run(async (path, options) => {
      const o = await open(path, options);
      opened.push(o);
      return o.page;
    });
  } finally {
    for (const o of opened) await o.close();
  }
  for (const o of opened) expectClean(o.collected);
}

const NB: Languages = { agent: 'nb', customer: 'nb' };

/** Agent mode opens on the first question, its heading focused. */
async function openAgent(openPage: OpenPage, langs: Languages, path = '/agent', options = {}) {
  const page = await openPage(path, options);
  await expectAgentStep(page, langs, 'reason');
  return page;
}

describe('agent mode with the keyboard alone', () => {
  it(`walks to ${prorated.end} and, with the customer's language changed to English, to ${appStore.end}; B goes back once`, async () => {
    await withPages(async (openPage) => {
      const page = await openAgent(openPage, NB);
      const { answers } = prorated;

      // Two answers, then B: back to the second question with its answer kept; Enter goes on again.
      await walkByKeyboard(page, NB, answers.slice(0, 2));
      await expectAgentStep(page, NB, answers[2]!.question, answers.slice(0, 2));
      await page.keyboard.press('b');
      await expectAgentStep(page, NB, answers[1]!.question, answers.slice(0, 1));
      expect(await chosenRadio(page)).toBe(answers[1]!.value);
      await page.keyboard.press('Enter');

      await walkByKeyboard(page, NB, answers.slice(2), answers.slice(0, 2));
      await expectAgentStep(page, NB, prorated.end, answers);
      expect(page.url(), 'agent mode keeps its one address').toBe(`${baseURL}agent`);

      // A new call with N; its confirm button takes focus and Enter confirms.
      await page.keyboard.press('n');
      await eventually(async () => (await focused(page)).text).toBe(ta('nb', 'newCall.confirm'));
      await page.keyboard.press('Enter');
      await expectAgentStep(page, NB, 'reason');

      // The first answer chosen, then the customer turns out to speak English: Shift+Tab from the
      // heading to "Kundens språk", type the language's name. Focus stays in the list, the answer stays.
      const first = appStore.answers[0]!;
      await page.keyboard.press(String((QUESTIONS.reason.options as readonly string[]).indexOf(first.value) + 1));
      await eventually(() => chosenRadio(page)).toBe(first.value);
      const select = await tabTo(page, (h) => h.id === 'customer-language', '"Kundens språk"', { backwards: true });
      expect(select.value).toBe('nb');
      await page.keyboard.type('English');
      const toEnglish: Languages = { agent: 'nb', customer: 'en' };
      await expectAgentStep(page, toEnglish, 'reason', [], { focus: false });
      expect(await focused(page), 'choosing a language leaves focus in the list').toMatchObject({
        id: 'customer-language',
        value: 'en',
      });
      expect(await chosenRadio(page), 'the answer chosen is kept').toBe(first.value);
      // On with Tab: to the chosen answer, to "Fortsett", Enter.
      expect(await tabTo(page, (h) => h.type === 'radio', 'the answers')).toMatchObject({ value: first.value });
      await tabTo(page, (h) => h.tag === 'button' && h.type === 'submit', '"Fortsett"');
      await page.keyboard.press('Enter');

      await walkByKeyboard(page, toEnglish, appStore.answers.slice(1), appStore.answers.slice(0, 1));
      await expectAgentStep(page, toEnglish, appStore.end, appStore.answers);
      expect(await page.locator('main .outcome').getAttribute('lang')).toBe('en');
      // The path names the outcome with the store in it, in the agent's language.
      expect((await panelPath(page, 'nb')).at(-1)).toEqual({
        text: `${titleOf('nb', appStore.end, appStore.answers)} (${ta('nb', 'path.current')})`,
        current: true,
      });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
    });
  });
});

describe("the customer's language, apart from the agent's", () => {
  it("shows an English-speaking agent the Norwegian question, marked lang=nb, with the agent's notes in English", async () => {
    await withPages(async (openPage) => {
      const langs: Languages = { agent: 'en', customer: 'nb' };
      const page = await openAgent(openPage, langs, '/agent?lng=en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('#customer-language').inputValue()).toBe('nb');
      expect(await page.title()).toContain(ta('en', 'title'));

      const notes = async () =>
        page.locator('main .agent-notes').evaluate((dl) => [...dl.children].map((c) => c.textContent?.trim()));
      expect(await notes()).toEqual(['where', 'steps.reason.where', 'means', 'steps.reason.means'].map((k) => ta('en', k)));
      const options = await page
        .locator('main .radio label span[lang]')
        .evaluateAll((spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent]));
      expect(options).toEqual(QUESTIONS.reason.options.map((o) => ['nb', t('nb', `reason.options.${o}`)]));

      await walkByKeyboard(page, langs, appStore.answers);
      await expectAgentStep(page, langs, appStore.end, appStore.answers);
      expect(await page.locator('main .agent-notes dd').textContent()).toBe(ta('en', 'outcomes.appStore'));
      const note = await caseNoteText(page);
      const nbInEnglish = await page.evaluate(() => new Intl.DisplayNames(['en'], { type: 'language' }).of('nb'));
      expect(note).toContain(`${ta('en', 'notes.customerLanguage', { language: nbInEnglish! })}\n`);
      expect(note).toContain(`${ta('en', 'notes.outcome', { outcome: titleOf('en', 'appStore', appStore.answers) })}\n`);
    });
  });
});

describe('keyboard shortcuts', () => {
  it('are listed on the page, can be turned off (and stay off), and never fire while typing in a field', async () => {
    await withPages(async (openPage) => {
      const page = await openAgent(openPage, NB);
      const shortcuts = agentPanel(page, 'nb', 'shortcuts.heading');
      expect(await shortcuts.locator('li').allTextContents()).toEqual(
        ['digits', 'enter', 'back', 'newCall'].map((k) => ta('nb', `shortcuts.${k}`)),
      );
      const toggle = shortcuts.getByRole('checkbox', { name: ta('nb', 'shortcuts.toggle'), exact: true });
      expect(await toggle.isChecked()).toBe(true);
      const newCallAsked = () => page.getByRole('heading', { name: ta('nb', 'newCall.heading'), exact: true }).count();

      // In the code field: digits, B, N and Enter are the field's, not the page's.
      const field = codeField(page, 'nb');
      await field.focus();
      await page.keyboard.type('12bn');
      expect(await field.inputValue()).toBe('12bn');
      await field.press('Enter');
      await expect.poll(() => codeStatus(page).textContent()).toBe(ta('nb', 'code.format'));
      expect(await chosenRadio(page)).toBeNull();
      await expectAgentStep(page, NB, 'reason', [], { focus: false });
      expect(await newCallAsked()).toBe(0);
      await field.fill('');

      // In "Kundens språk": the same.
      await page.locator('#customer-language').focus();
      for (const key of ['2', 'b', 'n']) await page.keyboard.press(key);
      expect(await chosenRadio(page)).toBeNull();
      expect(await newCallAsked()).toBe(0);

      // In the country list: digits, N and B neither choose, start over nor go back.
      const before = prorated.answers.slice(0, 3);
      await agentH1(page).focus();
      await walkByKeyboard(page, NB, before);
      await expectAgentStep(page, NB, 'country', before);
      await page.locator('#agent-country').focus();
      for (const key of ['1', '2', 'n', 'b']) await page.keyboard.press(key);
      await page.waitForTimeout(100);
      await expectAgentStep(page, NB, 'country', before, { focus: false });
      expect(await newCallAsked()).toBe(0);

      // Back one step with B, then off: digits, Enter, B and N do nothing.
      await agentH1(page).focus();
      await page.keyboard.press('b');
      const atPurchase = before.slice(0, 2);
      await expectAgentStep(page, NB, 'purchase', atPurchase);
      const was = before[2]!.value;
      expect(await chosenRadio(page)).toBe(was);
      await toggle.uncheck();
      await agentH1(page).focus();
      for (const key of ['1', '2', '3', '4', 'Enter', 'b', 'n']) await page.keyboard.press(key);
      await page.waitForTimeout(200);
      expect(await chosenRadio(page), 'digits choose nothing when off').toBe(was);
      await expectAgentStep(page, NB, 'purchase', atPurchase);
      expect(await newCallAsked()).toBe(0);
      expect(await page.locator('main kbd').evaluateAll((keys) => keys.map((k) => k.getAttribute('aria-hidden')))).toEqual(
        QUESTIONS.purchase.options.map(() => 'true'),
      );

      // The choice is kept in this browser; turned on again, the digits work.
      await page.reload();
      await expectAgentStep(page, NB, 'purchase', atPurchase);
      const toggleAgain = agentPanel(page, 'nb', 'shortcuts.heading').getByRole('checkbox');
      expect(await toggleAgain.isChecked()).toBe(false);
      await page.keyboard.press('4');
      await page.waitForTimeout(100);
      expect(await chosenRadio(page)).toBe(was);
      await toggleAgain.check();
      await agentH1(page).focus();
      await page.keyboard.press('4');
      await eventually(() => chosenRadio(page)).toBe(QUESTIONS.purchase.options[3]);
    });
  });
});

/** The prorated walk's rule text as the case note gives it: "Dette gjelder fordi …", tags dropped. */
async function ruleText(page: Page, lang: Lang, answers: readonly Answer[]): Promise<string> {
  const country = answersOf(answers).country!;
  const names = await page.evaluate(
    ([language, codes]) => {
      const names = new Intl.DisplayNames([language], { type: 'region' });
      const sorted = codes.map((c) => names.of(c) ?? c).sort(new Intl.Collator(language).compare);
      return { countries: new Intl.ListFormat(language, { type: 'conjunction' }).format(sorted) };
    },
    [lang, PRORATED_REFUND_RULES.map((r) => r.country)] as const,
  );
  return t(lang, 'prorated.whyAnyLength', { country: await countryName(page, lang, country), countries: names.countries });
}

/** The date line as the note writes it, for now and the minute before (the clock may tick). */
async function dateLines(page: Page, lang: Lang): Promise<string[]> {
  const dates = await page.evaluate((language) => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    return [format.format(new Date()), format.format(new Date(Date.now() - 60_000))];
  }, lang);
  return dates.map((date) => ta(lang, 'notes.date', { date }));
}

const maskDate = (note: string) => note.split('\n').map((line, i) => (i === 1 ? '<date>' : line)).join('\n');

describe('the case note', () => {
  it(`after a walk to ${prorated.end}: copied to the clipboard and downloaded as .txt, the same text; nothing sent`, async () => {
    await withPages(async (openPage) => {
      const page = await openAgent(openPage, NB, '/agent', { clipboard: true });
      await walkByKeyboard(page, NB, prorated.answers);
      await expectAgentStep(page, NB, prorated.end, prorated.answers);

      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const panel = agentPanel(page, 'nb', 'notes.heading');
      await panel.getByRole('button', { name: ta('nb', 'notes.copy'), exact: true }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toBe(ta('nb', 'notes.copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());

      const code = codeOf(prorated.end, prorated.answers);
      const customerLanguage = await page.evaluate(() => new Intl.DisplayNames(['nb'], { type: 'language' }).of('nb')!);
      const asked: string[] = [];
      for (const [i, { question, value }] of prorated.answers.entries()) {
        const label = question === 'country' ? await countryName(page, 'nb', value) : t('nb', `${question}.options.${value}`);
        asked.push(`- ${titleOf('nb', question, prorated.answers.slice(0, i))} ${label}`);
      }
      const rule = await ruleText(page, 'nb', prorated.answers);
      expect(rule).toMatch(/^Dette gjelder fordi /);
      const lines = copied.split('\n');
      expect(await dateLines(page, 'nb')).toContain(lines[1]);
      expect(lines[1]).toContain(String(new Date().getFullYear()));
      expect(maskDate(copied)).toBe(
        [
          ta('nb', 'notes.title'),
          '<date>',
          ta('nb', 'notes.customerLanguage', { language: customerLanguage }),
          '',
          ta('nb', 'notes.answers'),
          ...asked,
          '',
          ta('nb', 'notes.outcome', { outcome: titleOf('nb', prorated.end, prorated.answers) }),
          ta('nb', 'notes.rule', { rule }),
          ta('nb', 'notes.code', { code }),
          '',
        ].join('\n'),
      );
      expect(copied).not.toMatch(/<\/?\w+>/);
      expect(await panel.textContent()).toContain(ta('nb', 'code.current', { code }));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: ta('nb', 'notes.download'), exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^saksnotat-refusjon-\d{4}-\d\d-\d\d-\d\d-\d\d\.txt$/);
      const saved = await readFile(await download.path(), 'utf8');
      expect(maskDate(saved)).toBe(maskDate(copied));
      expect(await dateLines(page, 'nb')).toContain(saved.split('\n')[1]);

      await page.waitForTimeout(100);
      expect(requests.filter((url) => !url.startsWith('blob:')), 'copying and downloading send nothing').toEqual([]);

      // "Endre" in the answers panel: one click back to that question, its answer chosen.
      const country = prorated.answers.find((a) => a.question === 'country')!;
      const before = prorated.answers.slice(0, prorated.answers.indexOf(country));
      const changeHidden = ta('nb', 'answers.changeHidden', { question: titleOf('nb', 'country') });
      await agentPanel(page, 'nb', 'answers.heading')
        .getByRole('button', { name: `${ta('nb', 'answers.change')} ${changeHidden}`, exact: true })
        .click();
      await expectAgentStep(page, NB, 'country', before);
      expect(await page.locator('#agent-country').inputValue()).toBe(country.value);
      expect(await panelAnswers(page, 'nb')).toEqual(await expectedPanelAnswers(page, 'nb', prorated.answers));
    });
  });
});

/** A valid code for `state`, its version bits set to another flow version (as the unit test builds it). */
function codeFromVersion(version: number, step: StepId, answers: readonly Answer[]): string {
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const digits = [...codeOf(step, answers).replace('-', '')].map((c) => ALPHABET.indexOf(c));
  const payload = digits.slice(0, 7);
  payload[6] = (payload[6]! & ~31) | version;
  for (const c of ALPHABET) {
    const code = payload.map((d) => ALPHABET[d]).join('') + c;
    const decoded = decodeResumeCode(code);
    if (decoded.ok || decoded.reason !== 'check') return `${code.slice(0, 4)}-${code.slice(4)}`;
  }
  throw new Error('no check character fits');
}

/** One character changed: the next one in the alphabet. */
function mistype(code: string, at: number): string {
  const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const next = ALPHABET[(ALPHABET.indexOf(code[at]!) + 1) % ALPHABET.length]!;
  return code.slice(0, at) + next + code.slice(at + 1);
}

describe('the resume code', () => {
  it("read from a customer's page opens the same step with the same answers; wrong codes change nothing", async () => {
    await withPages(async (openPage) => {
      // The customer, at the storage question of the longest walk.
      const customer = await openPage('/');
      const upTo = prorated.answers.findIndex((a) => a.question === 'storage');
      const given = prorated.answers.slice(0, upTo);
      await expectStep(customer, 'nb', 'start', { focus: false });
      await clickStart(customer, 'nb');
      await answerAll(customer, 'nb', given);
      await expectStep(customer, 'nb', 'storage', { answers: given });
      const help = customer.getByRole('complementary', { name: t('nb', 'common:moreHelp.heading'), exact: true });
      const code = (await help.locator('code').textContent())!;
      expect(code).toBe(codeOf('storage', given));
      expect(await help.textContent()).toContain(t('nb', 'common:moreHelp.code', { code }));

      // The agent, elsewhere, has started on a call: one answer given.
      const agent = await openAgent(openPage, NB);
      await answerByKeyboard(agent, NB, prorated.answers[0]!);
      const started = prorated.answers.slice(0, 1);
      await expectAgentStep(agent, NB, 'plan', started);
      const unchanged = async () => {
        await expectAgentStep(agent, NB, 'plan', started, { focus: false });
        expect(await panelAnswers(agent, 'nb')).toEqual(await expectedPanelAnswers(agent, 'nb', started));
        expect(await codeField(agent, 'nb').getAttribute('aria-invalid')).toBe('true');
      };

      // One character misheard: "Koden stemmer ikke", and the call stays where it was.
      for (const at of [0, 3, 6, 9]) {
        const wrong = mistype(code, at);
        expect(wrong).not.toBe(code);
        await enterCode(agent, 'nb', wrong);
        await expect.poll(() => codeStatus(agent).textContent()).toBe(ta('nb', 'code.check'));
        expect(ta('nb', 'code.check')).toMatch(/^Koden stemmer ikke/);
        await unchanged();
        await codeField(agent, 'nb').fill('');
      }
      // Neighbours swapped.
      const swapped = code.slice(0, 1) + code[2] + code[1] + code.slice(3);
      if (swapped !== code) {
        await enterCode(agent, 'nb', swapped);
        await expect.poll(() => codeStatus(agent).textContent()).toBe(ta('nb', 'code.check'));
        await unchanged();
      }

      // A code from the next and from an older flow version: recognised, refused.
      for (const version of [FLOW_VERSION + 1, FLOW_VERSION - 1]) {
        const other = codeFromVersion(version, 'storage', given);
        expect(decodeResumeCode(other)).toMatchObject({ ok: false, reason: 'version' });
        await codeField(agent, 'nb').fill('');
        await enterCode(agent, 'nb', other);
        await expect.poll(() => codeStatus(agent).textContent()).toBe(ta('nb', 'code.version'));
        await unchanged();
      }

      // A code that adds up but whose answers do not lead to its step: refused, the call kept.
      const impossible = encodeResumeCode({ step: 'storage', answers: { reason: 'ukjent-trekk' } });
      expect(decodeResumeCode(impossible).ok).toBe(true);
      await codeField(agent, 'nb').fill('');
      await enterCode(agent, 'nb', impossible);
      await expect.poll(() => codeStatus(agent).textContent()).toBe(ta('nb', 'code.invalid'));
      await unchanged();

      // The right code, as read aloud and typed loosely: the same step, the same answers.
      await codeField(agent, 'nb').fill('');
      await enterCode(agent, 'nb', code.toLowerCase().replace('-', ' '));
      await expectAgentStep(agent, NB, 'storage', given);
      expect(await codeStatus(agent).textContent()).toBe(ta('nb', 'code.opened', { page: titleOf('nb', 'storage') }));
      expect(await codeField(agent, 'nb').inputValue()).toBe('');
      expect(await codeField(agent, 'nb').getAttribute('aria-invalid')).toBeNull();
      expect(await panelAnswers(agent, 'nb')).toEqual(await expectedPanelAnswers(agent, 'nb', given));
      expect(await panelPath(agent, 'nb')).toEqual([
        ...given.map(({ question }) => ({ text: titleOf('nb', question), current: false })),
        { text: `${titleOf('nb', 'storage')} (${ta('nb', 'path.current')})`, current: true },
      ]);
      expect(await caseNoteText(agent)).toContain(ta('nb', 'notes.code', { code }));
      expect(await chosenRadio(agent)).toBeNull();

      // The agent takes it from there to the outcome, by keyboard; the customer's page is untouched.
      const rest = prorated.answers.slice(upTo);
      await walkByKeyboard(agent, NB, rest, given);
      await expectAgentStep(agent, NB, prorated.end, prorated.answers);
      await expectStep(customer, 'nb', 'storage', { answers: given, focus: false });

      // Another caller's code, at an outcome that names the store: opened, and the message names it too.
      await enterCode(agent, 'nb', codeOf(appStore.end, appStore.answers));
      await expectAgentStep(agent, NB, appStore.end, appStore.answers);
      expect(await codeStatus(agent).textContent()).toBe(
        ta('nb', 'code.opened', { page: titleOf('nb', appStore.end, appStore.answers) }),
      );
      expect(await panelAnswers(agent, 'nb')).toEqual(await expectedPanelAnswers(agent, 'nb', appStore.answers));
    });
  });
});

describe("agent mode is not in the customer's JavaScript", () => {
  /** Every same-origin request of a fresh page at `path` until the network is idle. */
  async function requestsOf(path: string, after?: (page: Page) => Promise<void>) {
    const { page, context, collected } = await openPage({ width: 1440, height: 900 });
    const seen: Request[] = [];
    page.on('request', (request) => seen.push(request));
    try {
      await page.goto(path, { waitUntil: 'networkidle' });
      await after?.(page);
      await page.waitForLoadState('networkidle');
      const urls = seen.map((r) => new URL(r.url()).pathname);
      const bodies = await Promise.all(
        seen
          .filter((r) => r.resourceType() === 'script')
          .map(async (r) => (await r.response())?.text() ?? ''),
      );
      return { urls, bodies };
    } finally {
      await context.close();
      expectClean(collected);
    }
  }

  it('loads neither the AgentApp chunk nor the agent strings, on the first load nor on a walk to an outcome', async () => {
    // What /agent fetches beyond what / fetches, in each language: agent mode's own chunks.
    const agentChunks = new Set<string>();
    for (const lng of ['nb', 'en']) {
      const customer = await requestsOf(`/?lng=${lng}`);
      const agent = await requestsOf(`/agent?lng=${lng}`, async (page) => {
        await expectAgentStep(page, { agent: lng as Lang, customer: 'nb' }, 'reason');
      });
      // The page's own address aside (/agent itself), everything more is agent mode's.
      for (const url of agent.urls) if (url.startsWith('/assets/') && !customer.urls.includes(url)) agentChunks.add(url);
    }
    const chunks = [...agentChunks];
    expect(chunks.filter((u) => /^\/assets\/AgentApp-[\w-]+\.js$/.test(u)), 'the AgentApp chunk').toHaveLength(1);
    expect(chunks.filter((u) => /^\/assets\/agent-[\w-]+\.js$/.test(u)), 'the agent strings, nb and en').toHaveLength(2);
    expect(chunks, 'agent mode adds nothing but these').toHaveLength(3);

    // A customer: the first load, a walk to an outcome, and a switch to English there.
    const customer = await requestsOf('/', async (page) => {
      await walkFromStart(page, 'nb', prorated);
      await switchLanguage(page, 'nb', 'en');
      await expectStep(page, 'en', prorated.end, { answers: prorated.answers, focus: false });
    });
    expect(customer.urls.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(3);
    expect(customer.urls.filter((u) => agentChunks.has(u))).toEqual([]);
    expect(customer.urls.filter((u) => /AgentApp|\/agent-/.test(u))).toEqual([]);
    // Nor inlined: the keys only agent mode uses are in none of the scripts a customer runs.
    for (const body of customer.bodies) {
      expect(body).not.toContain('refusjonsveiviser.hurtigtaster');
      expect(body).not.toContain('refusjonsveiviser.agent');
    }
  });
});
