/* global window, document, requestAnimationFrame -- recordFrames and seedStorage run in the page */
// What a person sees from navigation until the page settles, frame by frame: every visible `h1`
// and the page's language whenever any text is visible. Shared by `npm run bench` and the browser
// test of the first paint (tests/e2e/first-paint.test.ts), which checks the order, never the time.

/**
 * The phone-like profile of the bench and of the test: 4× CPU, 150 ms latency, 1.6 Mbit/s down,
 * so the steps between navigation and the app are long enough to see.
 * @param {import('playwright-core').CDPSession} session
 */
export async function phoneLike(session) {
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/**
 * Runs in the page before any of its scripts, on every document of the tab: puts what a tab that
 * was there before holds, once, so the app's own writes afterwards stand.
 * @param {{ session?: [string, string], local?: [string, string] }} stored
 */
export function seedStorage({ session, local }) {
  if (sessionStorage.getItem('bench-seeded')) return;
  sessionStorage.setItem('bench-seeded', '1');
  if (session) sessionStorage.setItem(...session);
  if (local) localStorage.setItem(...local);
}

/**
 * Runs in the page before any of its scripts (page.addInitScript): samples each rendering
 * update, just before it is painted, and keeps a frame whenever what is on screen changed.
 */
export function recordFrames() {
  /** @type {{ t: number, lang: string, h1: string[], text: string }[]} */
  const frames = [];
  /** @type {any} */ (window).__filmstrip = frames;
  let last = '';
  const sample = () => {
    const body = document.body;
    // innerText leaves out what is not rendered and what visibility hides: what is on screen.
    const text = body ? body.innerText.replace(/\s+/g, ' ').trim() : '';
    const h1 = [...document.querySelectorAll('h1')]
      .filter((h) => h.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && h.getClientRects().length > 0)
      .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').replace(/\u00ad/g, '').trim());
    const frame = { t: Math.round(performance.now()), lang: document.documentElement.lang, h1, text: text.slice(0, 160) };
    const key = JSON.stringify([frame.lang, frame.h1, frame.text]);
    if (key !== last) frames.push(frame);
    last = key;
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/**
 * Waits until the app has taken the page and nothing has changed for a while, then says what
 * was seen, and what of it broke the rule: no `h1` but the settled page's, and no text while the
 * page was in another language than the one it settled in.
 * @param {import('playwright-core').Page} page
 */
export async function readFilmstrip(page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated !== undefined, null, { timeout: 30_000 });
  /** @type {{ t: number, lang: string, h1: string[], text: string }[]} */
  let frames = [];
  for (let quiet = 0, seen = -1; quiet < 3; ) {
    await page.waitForTimeout(250);
    frames = await page.evaluate(() => /** @type {any} */ (window).__filmstrip);
    quiet = frames.length === seen ? quiet + 1 : 0;
    seen = frames.length;
  }
  const settled = frames.at(-1);
  if (!settled) throw new Error('filmstrip: no frame recorded');
  const problems = frames.flatMap((frame) => [
    ...frame.h1.filter((h) => h !== settled.h1[0]).map((h) => `${frame.t} ms: h1 «${h}», settled on «${settled.h1[0]}»`),
    ...(frame.text && frame.lang !== settled.lang ? [`${frame.t} ms: text in ${frame.lang} («${frame.text.slice(0, 40)}»), settled in ${settled.lang}`] : []),
  ]);
  return { frames, settled, problems };
}
