import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { importTs } from './scripts/import-ts.js';
import { embedOrigins } from './src/embed/protocol.ts';

/**
 * The script that runs before the first paint (src/firstPaint.ts), bundled on its own and inlined
 * at the top of the head: it decides whether the page the server wrote may show. Given what the
 * flow's addresses are, so it carries no more of the flow than that.
 */
async function bundleFirstPaint(): Promise<string> {
  // Read from the flow's own module, bundled and run here: the config cannot import its extensionless imports.
  const { QUESTIONS } = (await importTs(fileURLToPath(new URL('src/flow/steps.ts', import.meta.url)))) as typeof import('./src/flow/steps');
  const addresses = {
    presetKeys: Object.values(QUESTIONS).map((question) => question.key),
    reasonPath: `/${QUESTIONS.reason.slug}`,
  };
  const entry = 'virtual:first-paint';
  const bundle = await rolldown({
    input: entry,
    plugins: [
      {
        name: 'first-paint-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? `import { firstPaint } from ${JSON.stringify(fileURLToPath(new URL('src/firstPaint.ts', import.meta.url)))};\nfirstPaint(${JSON.stringify(addresses)});`
            : null,
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'iife', minify: true });
  await bundle.close();
  return output[0].code.trim();
}

/** `'sha256-…'` of an inline script, as a CSP names it. */
export const scriptHash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** VITE_FEEDBACK_URL, checked: the build stops on an address it cannot send ratings to safely. */
let checkedFeedback: Promise<{ url: string; origin: string | null } | null> | undefined;
export function feedback() {
  checkedFeedback ??= importTs(fileURLToPath(new URL('src/flow/feedback.ts', import.meta.url))).then((module) =>
    (module as typeof import('./src/flow/feedback')).feedbackAddress(process.env.VITE_FEEDBACK_URL),
  );
  return checkedFeedback;
}

/**
 * The production CSP, read from public/_headers (the one place the policy is written), with the
 * inline script's hash added to script-src: in the built dist/_headers (with frame-ancestors, the
 * site itself and the hosts allowed to embed it) and as a <meta> tag, for hosts that can only serve
 * files (frame-ancestors cannot live in a meta tag).
 */
function contentSecurityPolicy(): Plugin {
  let code: Promise<string> | undefined;
  const firstPaint = () => (code ??= bundleFirstPaint());
  let outDir = 'dist';
  let building = false;
  // The inline script's hash, and the operator's feedback collector if it is on another origin.
  const withBuildSources = async (policy: string) => {
    const collector = (await feedback())?.origin;
    const withCollector = collector ? policy.replace("connect-src 'self'", `connect-src 'self' ${collector}`) : policy;
    return withCollector.replace("script-src 'self'", `script-src 'self' ${scriptHash(await firstPaint())}`);
  };
  return {
    name: 'content-security-policy',
    configResolved(config) {
      outDir = config.build.outDir;
      building = config.command === 'build';
    },
    async transformIndexHtml(html) {
      const script = `<script>${await firstPaint()}</script>`;
      let tags = script;
      if (building) {
        const headers = readFileSync(new URL('public/_headers', import.meta.url), 'utf8');
        const policy = /Content-Security-Policy:\s*(.+)/.exec(headers)?.[1];
        if (!policy) throw new Error('public/_headers has no Content-Security-Policy');
        const content = (await withBuildSources(policy))
          .split(';')
          .map((directive) => directive.trim())
          .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
          .join('; ');
        // The policy comes first: it applies only to what follows it.
        tags = `<meta http-equiv="Content-Security-Policy" content="${content}" />\n    ${script}`;
      }
      // Right after the charset, which must stay within the first kilobyte.
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset}`);
      return html.replace(charset, `${charset}\n    ${tags}`);
    },
    async closeBundle() {
      const file = join(outDir, '_headers');
      if (!building || !existsSync(file)) return;
      const origins = embedOrigins(process.env.VITE_EMBED_ORIGINS).join(' ');
      const text = readFileSync(file, 'utf8').replace("frame-ancestors 'self'", `frame-ancestors 'self' ${origins}`);
      writeFileSync(file, await withBuildSources(text));
    },
  };
}

/**
 * The start page is pre-rendered: its HTML and CSS paint it, and the script only makes it
 * interactive. Asking for the scripts at low priority lets the paint come first. The entry's
 * imports are preloaded as plain script fetches: Chromium fetches a modulepreload at high priority
 * whatever its fetchpriority says, and those ~70 KB then shared a slow line with the stylesheet
 * the paint waits for (Lighthouse mobile FCP 1.09 s against the static page's 0.75 s). The module
 * loader takes the preloaded response, so each is fetched once.
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
          .replace(/<link rel="modulepreload" /g, '<link rel="preload" as="script" fetchpriority="low" '),
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

export default defineConfig({
  plugins: [react(), startStrings(), contentSecurityPolicy(), scriptsAfterPaint()],
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
