/** Modules that exist only in the Worker bundle (wrangler.toml `rules`, and the runtime's own). */
declare module '*.ttf' {
  const bytes: ArrayBuffer;
  export default bytes;
}
declare module '*.otf' {
  const bytes: ArrayBuffer;
  export default bytes;
}
declare module '*.png' {
  const bytes: ArrayBuffer;
  export default bytes;
}
declare module '*.mjs' {
  const text: string;
  export default text;
}
declare module '*.css' {
  const text: string;
  export default text;
}
declare module '*/swagger-ui-bundle.js' {
  const text: string;
  export default text;
}
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

declare module 'pdfkit/standard-fonts/*' {
  const font: unknown;
  export default font;
}

/** The parts of the Workers runtime src/worker.ts uses (the full types: @cloudflare/workers-types). */
declare module 'cloudflare:workers' {
  export interface DurableObjectState {
    storage: {
      sql: { exec(query: string, ...bindings: unknown[]): { toArray(): Record<string, unknown>[] } };
      transaction<T>(closure: () => Promise<T>): Promise<T>;
    };
    blockConcurrencyWhile<T>(callback: () => Promise<T>): Promise<T>;
  }
  export abstract class DurableObject<Env = unknown> {
    protected ctx: DurableObjectState;
    protected env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}
