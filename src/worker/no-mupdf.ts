/**
 * `mupdf` on Workers (wrangler.toml [alias]): its WebAssembly build compiles itself from bytes at
 * run time, which Workers refuse. PDF inspection and redaction (src/files/inspect.ts,
 * src/answers/redaction.ts) load it on first use; on Workers that use fails with this message.
 */
throw new Error('PDF inspection and redaction (MuPDF) are not available on Workers');
