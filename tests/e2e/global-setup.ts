import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';
import { startNginx } from './nginx';

// E2E_DIST lets a run test a build kept apart from dist/ (one being rebuilt meanwhile).
const dist = process.env.E2E_DIST ? `${process.env.E2E_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

// The e2e suite tests the production build exactly as it is deployed: by scripts/serve.js, and the
// server tests by nginx with the shipped snippet too.
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}pages/addresses.json`)) {
    throw new Error('dist/pages/addresses.json is missing: run npm run build first.');
  }
  const { url, close } = await startServer({ host: '127.0.0.1', port: 0, root: dist });
  project.provide('baseURL', url);
  const nginx = await startNginx(dist);
  if (typeof nginx === 'string') {
    // CI sets REQUIRE_NGINX (.ci/run): there the half that production runs is never skipped.
    if (process.env.REQUIRE_NGINX) throw new Error(`REQUIRE_NGINX is set, but ${nginx}`);
    console.warn(`\n!! The nginx half of the server tests is SKIPPED: ${nginx}.\n`);
  }
  project.provide('nginxURL', typeof nginx === 'string' ? '' : nginx.url);
  return async () => {
    await close();
    if (typeof nginx !== 'string') await nginx.close();
  };
}
