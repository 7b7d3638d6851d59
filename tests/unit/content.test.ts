import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentReview } from '../content';

const file = join(__dirname, '../../docs/content.md');

// `npm run content` sets CONTENT_WRITE and writes the file; otherwise this checks it is current.
it('docs/content.md is current with the machine and the strings', () => {
  const content = contentReview();
  if (process.env.CONTENT_WRITE) writeFileSync(file, content);
  expect(existsSync(file), 'run npm run content').toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(content);
});
