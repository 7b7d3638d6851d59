import { sendRatingsTo } from '../state/feedback';
import type { FlowActor } from '../state/flowActor';
import { metaOf, questionNumberOf, stepOf } from '../flow/snapshot';
import { type ChildMessage, embedOrigins, envelope, isAllowedOrigin, isHostHello } from './protocol';

/**
 * Heights that keep coming back (A, B, A, B…) this often in a second mean the host and the page
 * fight. Heights that only move one way, as while the article's column is resized, never do.
 */
const OSCILLATION_LIMIT = 8;

/**
 * The wizard's side of the embed. It says hello with nothing in it; only a hello back from its
 * own parent, from an allowed origin, makes that origin the one it talks to from then on.
 */
export function startEmbedChannel(actor: FlowActor, measured: Element): void {
  if (window.parent === window) return;
  const allowed = embedOrigins(import.meta.env.VITE_EMBED_ORIGINS);
  let host: string | null = null;
  const queue: ChildMessage[] = [];

  const post = (message: ChildMessage) => {
    if (host === null) queue.push(message);
    else window.parent.postMessage(envelope(message), host);
  };

  window.addEventListener('message', (event) => {
    if (host !== null || event.source !== window.parent || !isHostHello(event.data)) return;
    if (!isAllowedOrigin(event.origin, window.location.origin, allowed)) return;
    host = event.origin;
    document.documentElement.classList.add('embedded-sized');
    for (const message of queue.splice(0)) post(message);
  });
  window.parent.postMessage(envelope({ type: 'hello' }), '*');

  post({ type: 'ready' });
  sendRatingsTo(post);
  let last = stepOf(actor.getSnapshot());
  const tell = (snapshot: ReturnType<FlowActor['getSnapshot']>) => {
    const step = stepOf(snapshot);
    post({ type: 'step', state: step, question: questionNumberOf(snapshot) });
    if (metaOf(step).kind === 'outcome') post({ type: 'outcome', outcome: step });
  };
  tell(actor.getSnapshot());
  actor.subscribe((snapshot) => {
    const step = stepOf(snapshot);
    if (step === last) return;
    last = step;
    tell(snapshot);
    post({ type: 'scroll-into-view' });
  });

  void document.fonts.ready.then(() => observeHeight(measured, post));
}

function observeHeight(measured: Element, post: (message: ChildMessage) => void) {
  let reported = 0;
  let frame = 0;
  /** Heights reported in the last second, and when; and when one of them came back. */
  let recent: { height: number; at: number }[] = [];
  let returns: number[] = [];
  const observer = new ResizeObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const height = Math.ceil(measured.getBoundingClientRect().height);
      if (height === reported) return;
      const now = performance.now();
      recent = recent.filter(({ at }) => now - at <= 1000);
      returns = returns.filter((at) => now - at <= 1000);
      if (recent.some((seen) => seen.height === height)) returns.push(now);
      if (returns.length >= OSCILLATION_LIMIT) {
        observer.disconnect();
        // No longer sized to fit: let the page scroll inside the frame rather than cut it off.
        document.documentElement.classList.remove('embedded-sized');
        post({ type: 'error', code: 'oscillation' });
        return;
      }
      recent.push({ height, at: now });
      reported = height;
      post({ type: 'resize', height });
    });
  });
  observer.observe(measured);
}
