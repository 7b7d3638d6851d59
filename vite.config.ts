import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { embedOrigins } from './src/embed/protocol.ts';

/**
 * The production CSP as a <meta> tag too, for hosts that can only serve files. It is read from
 * public/_headers, the one place the policy is written; frame-ancestors cannot live in a meta tag.
 */
function metaContentSecurityPolicy(): Plugin {
  const headers = readFileSync(new URL('public/_headers', import.meta.url), 'utf8');
  const policy = /Content-Security-Policy:\s*(.+)/.exec(headers)?.[1];
  if (!policy) throw new Error('public/_headers has no Content-Security-Policy');
  const content = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'meta-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }],
  };
}

/**
 * The start page is pre-rendered: its HTML and CSS paint it, and the script only makes it
 * interactive. Asking for the script at low priority lets the paint come first.
 */
function scriptsAfterPaint(): Plugin {
  return {
    name: 'scripts-after-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
          .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" '),
    },
  };
}

/**
 * `locales/<language>/flow.json?start`: the start page's strings alone (`start`), so the first
 * load carries them and not the whole flow's.
 */
function startStrings(): Plugin {
  return {
    name: 'start-strings',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'start' || !file?.endsWith('/flow.json')) return null;
      const { start } = JSON.parse(readFileSync(file, 'utf8')) as { start: unknown };
      return `export default ${JSON.stringify({ start })};`;
    },
  };
}

/** frame-ancestors in the built dist/_headers: the site itself and the hosts allowed to embed it. */
function frameAncestors(): Plugin {
  let outDir = 'dist';
  return {
    name: 'frame-ancestors',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const file = join(outDir, '_headers');
      if (!existsSync(file)) return;
      const origins = embedOrigins(process.env.VITE_EMBED_ORIGINS).join(' ');
      writeFileSync(file, readFileSync(file, 'utf8').replace("frame-ancestors 'self'", `frame-ancestors 'self' ${origins}`));
    },
  };
}

export default defineConfig({
  plugins: [react(), startStrings(), metaContentSecurityPolicy(), frameAncestors(), scriptsAfterPaint()],
  // The manifest tells the size-budget test which chunks the first page loads.
  build: { target: 'es2022', manifest: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.ts'],
          // The component walks click through up to ten pages each; a busy CI core is slow.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
