import type { FlowActor } from '../app/flowActor';
import { metaOf, stepOf } from '../flow/snapshot';
import { type ChildMessage, embedOrigins, envelope, isAllowedOrigin, isHostHello } from './protocol';

/** Heights that keep flipping this often in a second mean the host and the page fight. */
const OSCILLATION_LIMIT = 12;

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
  let last = stepOf(actor.getSnapshot());
  const tell = (step: typeof last) => {
    const meta = metaOf(step);
    post({ type: 'step', state: step, question: meta.kind === 'question' ? meta.number : null });
    if (meta.kind === 'outcome') post({ type: 'outcome', outcome: step });
  };
  tell(last);
  actor.subscribe((snapshot) => {
    const step = stepOf(snapshot);
    if (step === last) return;
    last = step;
    tell(step);
    post({ type: 'scroll-into-view' });
  });

  void document.fonts.ready.then(() => observeHeight(measured, post));
}

function observeHeight(measured: Element, post: (message: ChildMessage) => void) {
  let reported = 0;
  let frame = 0;
  const recent: number[] = [];
  const observer = new ResizeObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const height = Math.ceil(measured.getBoundingClientRect().height);
      if (height === reported) return;
      const now = performance.now();
      recent.push(now);
      while (recent.length > 0 && now - recent[0]! > 1000) recent.shift();
      if (recent.length > OSCILLATION_LIMIT) {
        observer.disconnect();
        post({ type: 'error', code: 'oscillation' });
        return;
      }
      reported = height;
      post({ type: 'resize', height });
    });
  });
  observer.observe(measured);
}
