/**
 * argon2id in WebAssembly (argon2-wasm-edge, a build of hash-wasm's argon2 that takes its modules
 * precompiled, as Workers require: they refuse to compile WebAssembly from bytes at run time), with
 * the two calls src/auth/password.ts makes of @node-rs/argon2 — `hash(password, options)` and
 * `verify(stored, password)` — and the same stored format: the PHC string
 * `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (16-byte salt, 32-byte hash, unpadded base64).
 *
 * On Workers, wrangler.toml aliases `@node-rs/argon2` (a native module) to this file, and
 * src/worker.ts hands it the modules first (`useArgon2Modules`). On Node the package compiles its
 * embedded copy, which is how test/unit/argon2-wasm.test.ts checks that a hash made by either
 * implementation verifies with the other.
 */
import { argon2id, argon2Verify, setWASMModules } from 'argon2-wasm-edge';

/** The subset of @node-rs/argon2's options that password.ts passes (algorithm 2 is argon2id). */
export interface Options {
  algorithm?: number;
  memoryCost?: number;
  timeCost?: number;
  parallelism?: number;
  outputLen?: number;
}

export const useArgon2Modules = (modules: { argon2WASM: WebAssembly.Module; blake2bWASM: WebAssembly.Module }) => setWASMModules(modules);

export async function hash(password: string, options: Options = {}): Promise<string> {
  if (options.algorithm !== undefined && options.algorithm !== 2) throw new Error('only argon2id is supported');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return argon2id({
    password,
    salt,
    iterations: options.timeCost ?? 3,
    memorySize: options.memoryCost ?? 65536,
    parallelism: options.parallelism ?? 1,
    hashLength: options.outputLen ?? 32,
    outputType: 'encoded',
  });
}

export async function verify(stored: string, password: string): Promise<boolean> {
  if (!stored.startsWith('$argon2id$')) return false;
  return argon2Verify({ password, hash: stored });
}
