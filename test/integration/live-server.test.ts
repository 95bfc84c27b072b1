/**
 * What only the real server in its own process shows: requests Node's HTTP parser refuses before
 * the app sees them still get the API's error shape, with a body.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_AUDIT_SIGNING_KEYS, TEST_DATA_KEYS, tempDbUrl } from '../helpers/context';

let server: ChildProcess;
let base: URL;

beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: tempDbUrl(),
      DATA_KEYS: TEST_DATA_KEYS,
      AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
      PUBLIC_BASE_URL: 'http://127.0.0.1',
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: '0',
      SWEEP_INTERVAL_SECONDS: '3600',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<URL>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      const m = /serving on (http:\/\/[^ ]+)/.exec(chunk.toString());
      if (m) resolve(new URL(m[1]!));
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});
afterAll(() => {
  server.kill('SIGKILL');
});

function get(headers: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path: '/api/v1/units', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('requests refused by the HTTP parser', () => {
  it('answers headers over the limit with 431 and the error shape', async () => {
    const res = await get({ 'X-Padding': 'x'.repeat(20_000) });
    expect(res.status).toBe(431);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'headers_too_large', message: expect.stringContaining('too large') } });
  });

  it('still serves a normal request', async () => {
    expect((await get({})).status).toBe(200);
  });
});

describe('a server that cannot start', () => {
  const start = (env: Record<string, string>) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        env: {
          ...process.env,
          DATABASE_URL: tempDbUrl(),
          DATA_KEYS: TEST_DATA_KEYS,
          AUDIT_SIGNING_KEYS: TEST_AUDIT_SIGNING_KEYS,
          PORT: '0',
          HOST: '127.0.0.1',
          DEMO: '0',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr!.on('data', (c: Buffer) => {
        err += c.toString();
      });
      child.on('exit', (code) => resolve({ code, err }));
    });

  it('says in one line that PUBLIC_BASE_URL is needed outside demo mode, so that no e-mail carries a relative link', async () => {
    const { code, err } = await start({});
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(/^Terbuka cannot start: PUBLIC_BASE_URL is required outside demo mode/)]);
  });

  it('names a malformed setting in one line, without a stack trace', async () => {
    const { code, err } = await start({ PUBLIC_BASE_URL: 'ppid.example.go.id', TRUST_PROXY: '10.0.0.0/99' });
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Terbuka cannot start: invalid configuration: .*PUBLIC_BASE_URL.*TRUST_PROXY/);
  });
});
