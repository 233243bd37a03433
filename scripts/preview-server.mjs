// `astro preview` of the built site for the benchmark scripts: started in its own process group (so
// stopping it also stops anything it spawned) on a port nothing else answers on.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const sleep = (delay) => new Promise((resolve) => setTimeout(resolve, delay));

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export async function startPreview(port) {
  const baseUrl = `http://127.0.0.1:${port}`;
  // Something else on the port would be measured instead of this build: refuse rather than guess.
  if (await answers(baseUrl)) throw new Error(`${baseUrl} already answers; stop that server and run again`);
  const bin = join(root, 'node_modules/.bin');
  const child = spawn(join(bin, 'astro'), ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // astro's `#!/usr/bin/env node` must find this Node 24, not an older one earlier on PATH.
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${bin}:${process.env.PATH}` },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const server = { baseUrl, child, exited };

  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(200)) {
    if (child.exitCode !== null) throw new Error(`astro preview exited (${child.exitCode}):\n${output}`);
    if (await answers(baseUrl)) return server;
  }
  await stopPreview(server);
  throw new Error(`astro preview did not answer within 60 s:\n${output}`);
}

export async function stopPreview(server) {
  if (!server || server.child.exitCode !== null) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-server.child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  if ((await Promise.race([server.exited.then(() => true), sleep(5000)])) !== true) signalGroup('SIGKILL');
}
