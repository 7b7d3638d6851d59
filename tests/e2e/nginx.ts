import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SNIPPET = fileURLToPath(new URL('../../nginx/refusjonsveiviser.conf', import.meta.url));
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answering(url: string, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (process.exitCode !== null) throw new Error(`nginx exited with ${process.exitCode}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx never answered on ${url}`);
}

/**
 * A real nginx on a loopback port, running nginx/refusjonsveiviser.conf exactly as shipped but for
 * its root and port, over the build in `dist`. A string (why not) where this machine has no nginx.
 */
export async function startNginx(dist: string): Promise<{ url: string; close: () => Promise<void> } | string> {
  if (!NGINX) return 'no nginx on this machine (apt-get install nginx-light)';
  const prefix = mkdtempSync(join(tmpdir(), 'refusjonsveiviser-nginx-'));
  const port = await freePort();
  const root = dist.replace(/\/$/, '');
  const snippet = readFileSync(SNIPPET, 'utf8')
    .replaceAll('/srv/refusjonsveiviser/dist', root)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  if (snippet.includes('/srv/refusjonsveiviser') || !snippet.includes(`127.0.0.1:${port}`)) {
    throw new Error('nginx/refusjonsveiviser.conf no longer names its root or port as this test expects');
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${prefix}/${name};`).join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  ${snippet}
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await answering(url, child);
  } catch (error) {
    child.kill();
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
