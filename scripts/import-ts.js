// A TypeScript module of the app, bundled with what it imports and run in Node: for the build's
// config and the bench, which cannot import the app's extensionless TypeScript imports themselves.
import { rolldown } from 'rolldown';

/**
 * @param {string} file an absolute path
 * @returns {Promise<any>} the module's exports
 */
export async function importTs(file) {
  const bundle = await rolldown({ input: file, logLevel: 'silent' });
  const [{ code }] = (await bundle.generate({ format: 'esm' })).output;
  await bundle.close();
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
