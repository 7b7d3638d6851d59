/**
 * Messages between the wizard in a frame and public/embed.js on the host page. Versioned so a
 * host snippet and a wizard of different ages can tell each other apart; nothing in them is an
 * answer or anything personal.
 */
import type { FeedbackMessage } from '../flow/feedback';

export const SOURCE = 'refusjonsveiviser';
export const VERSION = 1;

export type ChildMessage =
  | { type: 'hello' }
  | { type: 'ready' }
  | { type: 'step'; state: string; question: number | null }
  | { type: 'outcome'; outcome: string }
  | { type: 'resize'; height: number }
  | { type: 'scroll-into-view' }
  | { type: 'error'; code: 'oscillation' | 'render' }
  | FeedbackMessage;

export function envelope(message: ChildMessage) {
  return { source: SOURCE, v: VERSION, ...message };
}

/** The host's reply to hello: the only message the wizard accepts, and only from its parent. */
export function isHostHello(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { source, v, type } = data as Record<string, unknown>;
  return source === SOURCE && v === VERSION && type === 'hello';
}

/**
 * Hosts allowed to embed the wizard: the site itself, the origins set at build time in
 * VITE_EMBED_ORIGINS (space- or comma-separated), and, unless that is set, loopback pages for
 * development. `*` may stand for a port, as in CSP.
 */
export function embedOrigins(configured: string | undefined): string[] {
  const listed = (configured ?? '').split(/[\s,]+/).filter(Boolean);
  return listed.length > 0 ? listed : ['http://localhost:*', 'http://127.0.0.1:*'];
}

export function isAllowedOrigin(origin: string, self: string, allowed: readonly string[]): boolean {
  // An opaque origin (a sandboxed or data: page) is nobody in particular, even if the wizard's
  // own origin is opaque too because a sandbox made it so.
  if (origin === 'null') return false;
  if (origin === self) return true;
  return allowed.some((pattern) =>
    pattern.endsWith(':*') ? new RegExp(`^${escape(pattern.slice(0, -2))}:\\d{1,5}$`).test(origin) : pattern === origin,
  );
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
