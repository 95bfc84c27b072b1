/**
 * Workers entry (src/server.ts is the Node entry; `createApp` is the same on both).
 *
 * The database is the SQLite of ONE Durable Object, `TerbukaStore` (docs/storage.md, "Cloudflare
 * Workers"): it keeps real transactions, so the domain commits its units of work exactly as on
 * Node. The whole app runs inside that object — migrations and seed when it first starts, then
 * every request — and the stateless Worker in front only serves /public/* from the static assets
 * and hands everything else to it. The cron trigger runs the sweep (src/sweep.ts) there too.
 */
import { DurableObject, type DurableObjectState } from 'cloudflare:workers';
import type { Hono } from 'hono';
import { Kysely } from 'kysely';
import { DurableObjectDialect } from '../db/dialect/durable-object';
import { transactionPerJob } from '../db/transaction-per-job';
import type { Database } from '../db/schema';
import { seedDemoCases } from '../db/seed/demo-cases';
import { createApp } from './app';
import { auditKeysOf, parseAuditSigningKeys } from './audit/signing-key';
import { loadConfig } from './config';
import { parseDataKeys } from './crypto/key-ring';
import type { Deps } from './deps';
import { clockFrom, openDeps } from './open-deps';
import type { AppEnv } from './routes/env';
import { sweepOnce } from './sweep';
import { type R2BucketLike, r2Blobs } from './files/blob-store';
import { installAssetFonts, installWorkerAssets } from './worker/assets';

interface Fetcher {
  fetch(request: Request): Promise<Response>;
}
interface StoreStub extends Fetcher {
  sweep(): Promise<void>;
}
interface Env {
  TERBUKA: { idFromName(name: string): unknown; get(id: unknown): StoreStub };
  ASSETS: Fetcher;
  /** The R2 bucket of files' bytes (wrangler.toml `[[r2_buckets]]`; docs/storage.md, "Files"). */
  FILES: R2BucketLike;
  [setting: string]: unknown;
}

installWorkerAssets();

// An Error given to console.error reaches wrangler's log as an empty line: print its stack as text.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => consoleError(...args.map((a) => (a instanceof Error ? (a.stack ?? String(a)) : a)));

/** The settings: the Worker's vars and secrets that are strings (bindings are not settings). */
const settingsOf = (env: Env) => Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

async function open(ctx: DurableObjectState, env: Env): Promise<{ deps: Deps; app: Hono<AppEnv> }> {
  const config = loadConfig(settingsOf(env));
  if (!config.DATA_KEYS || !config.AUDIT_SIGNING_KEYS) {
    throw new Error('DATA_KEYS and AUDIT_SIGNING_KEYS must be set as secrets on Workers (there is no key file): see README, "Cloudflare Workers"');
  }
  const clock = clockFrom(config.CLOCK_START);
  installAssetFonts(env.ASSETS);
  const db = new Kysely<Database>({ dialect: new DurableObjectDialect(ctx.storage) });
  let sweeping: Promise<unknown> | undefined;
  const started = Date.now();
  const deps = await openDeps({
    db,
    config,
    clock,
    dataKeys: parseDataKeys(config.DATA_KEYS),
    auditKeys: auditKeysOf(parseAuditSigningKeys(config.AUDIT_SIGNING_KEYS)),
    // Files' bytes in R2: a Durable Object's SQLite holds at most 2 MB a value.
    blobs: r2Blobs(env.FILES),
    // One object, one connection: units of work run one after another, each a storage transaction.
    transact: transactionPerJob(db),
    // A sweep still running when the next cron fires: the later one skips.
    exclusive: async (_name, work) => {
      if (sweeping) return undefined;
      sweeping = work();
      try {
        return (await sweeping) as Awaited<ReturnType<typeof work>>;
      } finally {
        sweeping = undefined;
      }
    },
  });
  console.log(`terbuka: database migrated and seeded in ${Date.now() - started} ms`);
  // The demo's year of history (what `npm start` shows) only with DEMO_HISTORY=1: through workerd
  // it takes minutes (329 s here, past a Worker's CPU limit), so a Worker demo starts without it.
  if (config.DEMO && env.DEMO_HISTORY === '1') {
    await seedDemoCases(deps);
    console.log(`terbuka: demo history seeded, ${Date.now() - started} ms in all`);
  }
  return { deps, app: createApp(deps) };
}

export class TerbukaStore extends DurableObject<Env> {
  private readonly ready: Promise<{ deps: Deps; app: Hono<AppEnv> }>;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Every request waits for this: none reaches the app before the migrations and the seed have
    // run. (Not blockConcurrencyWhile: it resets an object whose start takes over 30 s, and the
    // demo's seed — argon2 for each account, the demo history — can.)
    this.ready = open(ctx, env);
  }

  async fetch(request: Request): Promise<Response> {
    const { app } = await this.ready;
    // CF-Connecting-IP is written by Cloudflare's edge, not the client: the rate limits' address.
    return app.fetch(request, { peer: request.headers.get('cf-connecting-ip') ?? undefined });
  }

  async sweep(): Promise<void> {
    const { deps } = await this.ready;
    await deps.exclusive('sweeper', () => sweepOnce(deps));
  }
}

const store = (env: Env) => env.TERBUKA.get(env.TERBUKA.idFromName('terbuka'));

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/public/')) {
      // The assets folder is public/ itself: /public/app.css is its /app.css.
      url.pathname = url.pathname.slice('/public'.length);
      return env.ASSETS.fetch(new Request(url, request));
    }
    return store(env).fetch(request);
  },
  async scheduled(_controller: unknown, env: Env): Promise<void> {
    try {
      await store(env).sweep();
    } catch (e) {
      console.error('sweeper failed', e);
      throw e;
    }
  },
};
