import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';

// E2E_DIST lets a run test a build kept apart from dist/ (one being rebuilt meanwhile).
const dist = process.env.E2E_DIST ? `${process.env.E2E_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

// The e2e suite tests the production build exactly as it is deployed.
export default async function setup(project: TestProject) {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/index.html is missing: run npm run build first.');
  }
  const { url, close } = await startServer({ host: '127.0.0.1', port: 0, root: dist });
  project.provide('baseURL', url);
  return close;
}
