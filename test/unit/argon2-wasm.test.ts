// The Workers build hashes passwords with argon2id in WebAssembly (src/auth/argon2-wasm.ts) where
// Node uses the native @node-rs/argon2: a database moved between them must keep every login.
import { hash as nativeHash, verify as nativeVerify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hash as wasmHash, verify as wasmVerify } from '../../src/auth/argon2-wasm';
import { ARGON2_OPTIONS } from '../../src/auth/password';

describe('argon2id in WebAssembly and native argon2id read each other’s hashes', () => {
  it('a hash made on Node verifies on the Worker path, at the service’s settings and in the same PHC format', async () => {
    const stored = await nativeHash('kata sandi panjang', ARGON2_OPTIONS);
    expect(await wasmVerify(stored, 'kata sandi panjang')).toBe(true);
    expect(await wasmVerify(stored, 'kata sandi salah!')).toBe(false);
  });

  it('a hash made on the Worker path verifies on Node', async () => {
    const stored = await wasmHash('kata sandi panjang', ARGON2_OPTIONS);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await nativeVerify(stored, 'kata sandi panjang')).toBe(true);
    expect(await nativeVerify(stored, 'kata sandi salah!')).toBe(false);
    expect(await wasmVerify(stored, 'kata sandi panjang')).toBe(true);
  });

  it('refuses what is not an argon2id hash instead of throwing', async () => {
    expect(await wasmVerify('$2b$10$abcdefghijklmnopqrstuv', 'x')).toBe(false);
  });
});
