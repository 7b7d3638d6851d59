/**
 * The embed protocol's pure parts: the envelope, which messages count as the host's hello, and
 * which origins may embed the wizard (exact origins, `:*` for any port, nothing looser).
 */
import { describe, expect, it } from 'vitest';
import { SOURCE, VERSION, embedOrigins, envelope, isAllowedOrigin, isHostHello } from '../../src/embed/protocol';

const SELF = 'https://refusjonsveiviser.example';
const DEFAULTS = ['http://localhost:*', 'http://127.0.0.1:*'];

describe('embedOrigins', () => {
  it('defaults to loopback pages on any port when nothing is configured', () => {
    expect(embedOrigins(undefined)).toEqual(DEFAULTS);
    expect(embedOrigins('')).toEqual(DEFAULTS);
    expect(embedOrigins('  \n\t ')).toEqual(DEFAULTS);
    expect(embedOrigins(' , ,')).toEqual(DEFAULTS);
  });

  it('takes the configured origins instead, separated by spaces, commas or new lines', () => {
    expect(embedOrigins('https://hjelp.example')).toEqual(['https://hjelp.example']);
    expect(embedOrigins('https://a.example, https://b.example,https://c.example')).toEqual([
      'https://a.example',
      'https://b.example',
      'https://c.example',
    ]);
    expect(embedOrigins('  https://a.example\n\thttp://localhost:*  ')).toEqual(['https://a.example', 'http://localhost:*']);
  });

  it('adds no loopback page once origins are configured (production)', () => {
    const allowed = embedOrigins('https://hjelp.example');
    expect(isAllowedOrigin('http://localhost:5173', SELF, allowed)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:8080', SELF, allowed)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  const allowed = ['https://hjelp.example', ...DEFAULTS];

  it('allows the site itself, whatever the list', () => {
    expect(isAllowedOrigin(SELF, SELF, [])).toBe(true);
    expect(isAllowedOrigin(SELF, SELF, allowed)).toBe(true);
  });

  it('allows an exact origin only as written', () => {
    expect(isAllowedOrigin('https://hjelp.example', SELF, allowed)).toBe(true);
    for (const origin of [
      'http://hjelp.example',
      'https://hjelp.example:8443',
      'https://hjelp.example/',
      'https://hjelp.example.evil.example',
      'https://evil-hjelp.example',
      'https://sub.hjelp.example',
      'https://hjelp.exampl',
      'https://hjelp.example\n',
      ' https://hjelp.example',
    ]) {
      expect(isAllowedOrigin(origin, SELF, allowed), origin).toBe(false);
    }
  });

  it('lets `:*` stand for any port, and for nothing else', () => {
    for (const origin of ['http://localhost:1', 'http://localhost:5173', 'http://localhost:65535', 'http://127.0.0.1:4173']) {
      expect(isAllowedOrigin(origin, SELF, allowed), origin).toBe(true);
    }
    for (const origin of [
      'http://localhost',
      'http://localhost:',
      'http://localhost:123456',
      'http://localhost:80a',
      'http://localhost:-1',
      'http://localhost: 80',
      'http://localhost:5173/',
      'http://localhost:5173\n',
      'http://localhost:5173.evil.example',
      'http://localhost.evil.example:5173',
      'http://localhostx:5173',
      'https://localhost:5173',
      'http://evil.example/?http://localhost:5173',
      'http://127.0.0.2:4173',
      'http://127a0b0c1:4173',
      'http://127.0.0.1.evil.example:4173',
    ]) {
      expect(isAllowedOrigin(origin, SELF, allowed), origin).toBe(false);
    }
  });

  it('reads a pattern literally: its dots, brackets and stars are not regular expressions', () => {
    expect(isAllowedOrigin('http://[::1]:8080', SELF, ['http://[::1]:*'])).toBe(true);
    expect(isAllowedOrigin('http://1:8080', SELF, ['http://[::1]:*'])).toBe(false);
    expect(isAllowedOrigin('https://evil.example', SELF, ['*'])).toBe(false);
    expect(isAllowedOrigin('https://evil.example', SELF, ['https://.*'])).toBe(false);
    expect(isAllowedOrigin('https://evil.example:1', SELF, ['https://.*:*'])).toBe(false);
    expect(isAllowedOrigin('https://hjelpXexample', SELF, ['https://hjelp.example'])).toBe(false);
  });

  it('refuses opaque, empty and hostile origins', () => {
    for (const origin of ['null', '', '*', 'file://', 'data:', 'javascript:alert(1)', 'http://localhost:*']) {
      expect(isAllowedOrigin(origin, SELF, ['https://hjelp.example', 'http://127.0.0.1:*']), origin).toBe(false);
    }
    // Not even when a sandbox has made the wizard's own origin opaque too.
    expect(isAllowedOrigin('null', 'null', [])).toBe(false);
    expect(isAllowedOrigin('null', 'null', ['null'])).toBe(false);
    expect(isAllowedOrigin('', SELF, [])).toBe(false);
  });
});

describe('isHostHello', () => {
  it('accepts the host snippet’s reply', () => {
    expect(isHostHello({ source: 'refusjonsveiviser', v: 1, type: 'hello' })).toBe(true);
    expect(isHostHello({ source: SOURCE, v: VERSION, type: 'hello' })).toBe(true);
  });

  it('refuses anything else', () => {
    for (const data of [
      null,
      undefined,
      'hello',
      1,
      true,
      [],
      ['refusjonsveiviser', 1, 'hello'],
      JSON.stringify({ source: SOURCE, v: 1, type: 'hello' }),
      {},
      { source: SOURCE, v: 1 },
      { source: SOURCE, type: 'hello' },
      { v: 1, type: 'hello' },
      { source: SOURCE, v: '1', type: 'hello' },
      { source: SOURCE, v: 2, type: 'hello' },
      { source: SOURCE, v: 0, type: 'hello' },
      { source: 'Refusjonsveiviser', v: 1, type: 'hello' },
      { source: 'iframe-resizer', v: 1, type: 'hello' },
      { source: SOURCE, v: 1, type: 'HELLO' },
      { source: SOURCE, v: 1, type: 'ready' },
      { source: SOURCE, v: 1, type: 'resize', height: 100 },
    ]) {
      expect(isHostHello(data), JSON.stringify(data)).toBe(false);
    }
  });
});

describe('envelope', () => {
  it('wraps a message in the source and version, and adds nothing else', () => {
    expect(envelope({ type: 'hello' })).toEqual({ source: 'refusjonsveiviser', v: 1, type: 'hello' });
    expect(envelope({ type: 'step', state: 'reason', question: 1 })).toEqual({
      source: 'refusjonsveiviser',
      v: 1,
      type: 'step',
      state: 'reason',
      question: 1,
    });
    expect(envelope({ type: 'outcome', outcome: 'prorated' })).toEqual({
      source: 'refusjonsveiviser',
      v: 1,
      type: 'outcome',
      outcome: 'prorated',
    });
  });
});
