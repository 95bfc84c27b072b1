/**
 * What Node reads from disk and a Worker carries in its bundle (wrangler.toml `rules`: fonts and
 * the logo as Data modules, WebAssembly as compiled modules, Swagger UI's files and the audit
 * verifier as Text): the document fonts, the default letterhead logo, pdfkit's standard fonts, the
 * argon2 modules, /api/docs' files, verify.mjs. Imported once by src/worker.ts.
 *
 * MuPDF's 10 MB WebAssembly module is the largest part of the bundle (7.5 MB gzipped in all,
 * under a paid plan's 10 MB limit).
 *
 * The Chinese/Japanese (17 MB) and Korean (9 MB) fonts would not fit a Worker's size limit: they
 * are static assets (public/fonts/, copied there by the `[build]` step, src/worker/font-assets-cli.ts),
 * fetched through the ASSETS binding the first time a letter needs one (`installAssetFonts`).
 */
import * as pdfkit from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';
import HelveticaBoldOblique from 'pdfkit/standard-fonts/HelveticaBoldOblique';
import HelveticaOblique from 'pdfkit/standard-fonts/HelveticaOblique';
import mupdfWASM from '../../node_modules/mupdf/dist/mupdf-wasm.wasm';
import argon2WASM from '../../node_modules/argon2-wasm-edge/wasm/argon2.wasm';
import blake2bWASM from '../../node_modules/argon2-wasm-edge/wasm/blake2b.wasm';
import arabicBold from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf';
import arabicRegular from '../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf';
import latinBold from '../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf';
import latinRegular from '../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf';
import devanagariRegular from '../../node_modules/@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf';
import devanagariBold from '../../node_modules/@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf';
import thaiRegular from '../../node_modules/@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf';
import thaiBold from '../../node_modules/@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf';
import logo from '../../public/logo.png';
import swaggerBundle from '../../node_modules/swagger-ui-dist/swagger-ui-bundle.js';
import swaggerCss from '../../node_modules/swagger-ui-dist/swagger-ui.css';
import verifier from '../audit/bundle-verify.mjs';
import { useBundleVerifier } from '../audit/bundle';
import { useSwaggerFiles } from '../routes/api/docs';
import { useArgon2Modules } from '../auth/argon2-wasm';
import { useFontSource, useLazyFontSource } from '../documents/fonts';
import { DEFAULT_LOGO, useLogoSource } from '../documents/letterhead';

/** The runtime's WebAssembly (Node's types here know only part of it). */
const wasm = (globalThis as unknown as { WebAssembly: { instantiate(module: WebAssembly.Module, imports: unknown): Promise<unknown> } }).WebAssembly;

/** By the file's name inside its package (src/documents/fonts.ts names them so). */
const FONTS: Record<string, ArrayBuffer> = {
  'fonts/NotoSans-Regular.ttf': latinRegular,
  'fonts/NotoSans-Bold.ttf': latinBold,
  'fonts/NotoNaskhArabic-Regular.ttf': arabicRegular,
  'fonts/NotoNaskhArabic-Bold.ttf': arabicBold,
  '400Regular/NotoSansThai_400Regular.ttf': thaiRegular,
  '700Bold/NotoSansThai_700Bold.ttf': thaiBold,
  '400Regular/NotoSansDevanagari_400Regular.ttf': devanagariRegular,
  '700Bold/NotoSansDevanagari_700Bold.ttf': devanagariBold,
};

export function installWorkerAssets(): void {
  // MuPDF (identity scans, uploaded PDFs, redaction) is Emscripten: given a compiled module through
  // its instantiateWasm hook, it never fetches or compiles its .wasm file itself.
  (globalThis as Record<string, unknown>).$libmupdf_wasm_Module = {
    instantiateWasm(imports: unknown, done: (instance: unknown, module: WebAssembly.Module) => void) {
      void wasm.instantiate(mupdfWASM, imports).then((instance) => done(instance, mupdfWASM));
      return {};
    },
  };
  // The browser build of pdfkit (the one a Worker bundles) reads no AFM files: it is given the fonts.
  (pdfkit as unknown as { registerStdFonts: (...fonts: unknown[]) => void }).registerStdFonts(Helvetica, HelveticaBold, HelveticaOblique, HelveticaBoldOblique);
  useArgon2Modules({ argon2WASM, blake2bWASM });
  // A font not in the bundle (CJK, Hangul) is undefined here: `installAssetFonts` fetches it.
  useFontSource((_pkg, file) => (FONTS[file] ? new Uint8Array(FONTS[file]) : undefined));
  // /api/docs (Swagger UI) and the audit bundle's verify.mjs, read from disk on Node: text modules here.
  useSwaggerFiles({ 'swagger-ui.css': swaggerCss, 'swagger-ui-bundle.js': swaggerBundle });
  useBundleVerifier(verifier);
  useLogoSource((path) => {
    if (path !== DEFAULT_LOGO) throw new Error(`no logo file on Workers: ${path}`);
    return new Uint8Array(logo);
  });
}

/** The parts of the ASSETS binding used here. */
interface AssetFetcher {
  fetch(request: Request): Promise<Response>;
}

/**
 * The fonts too large for the bundle, from the static assets (public/fonts/<file>), fetched once per
 * isolate on first need. The object's env holds the binding, so this is called when it opens.
 */
export function installAssetFonts(assets: AssetFetcher): void {
  useLazyFontSource(async (_pkg, file) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const res = await assets.fetch(new Request(`https://assets.invalid/fonts/${name}`));
    if (!res.ok) {
      console.error(`font asset fonts/${name}: ${res.status} (run the [build] step: src/worker/font-assets-cli.ts)`);
      return undefined;
    }
    return new Uint8Array(await res.arrayBuffer());
  });
}
