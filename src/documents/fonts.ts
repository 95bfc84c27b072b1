/**
 * Unicode fonts for official documents, so a requester's name prints in its own script.
 *
 * Noto Sans (Latin, Greek, Cyrillic, Vietnamese), Noto Naskh Arabic, Noto Sans Hans (Chinese
 * characters and Japanese kana) and Noto Sans KR (Hangul) come from the @embedpdf/fonts-* packages
 * as TTF/OTF files; Noto Sans Thai and Noto Sans Devanagari from @expo-google-fonts (TTF, OFL).
 * Each is parsed once per process, on first use (fontkit keeps its glyph and layout caches across
 * documents), and only the glyphs a document uses are embedded (pdfkit subsets), so a letter stays
 * a few kilobytes. A text is cut into runs, each set in the font of its script — Hangul, Thai and
 * Devanagari by their Unicode blocks, so that a Korean name never loads the Chinese font to ask it —
 * else the first font that has its glyphs; fontkit shapes each run (right-to-left Arabic, Indic
 * reordering and conjuncts in Devanagari, Thai marks).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { create, type Font } from 'fontkit';

export type Weight = 'regular' | 'bold';
/** `std` is pdfkit's standard Helvetica: nothing to embed, for text inside its WinAnsi encoding. */
export type Script = 'std' | 'latin' | 'arabic' | 'cjk' | 'hangul' | 'thai' | 'devanagari';
type Embedded = Exclude<Script, 'std'>;

const require = createRequire(import.meta.url);

/** Each font: its package and its file's path inside the package. */
const FILES: Record<Embedded, Record<Weight, [pkg: string, file: string]>> = {
  latin: { regular: ['@embedpdf/fonts-latin', 'fonts/NotoSans-Regular.ttf'], bold: ['@embedpdf/fonts-latin', 'fonts/NotoSans-Bold.ttf'] },
  arabic: { regular: ['@embedpdf/fonts-arabic', 'fonts/NotoNaskhArabic-Regular.ttf'], bold: ['@embedpdf/fonts-arabic', 'fonts/NotoNaskhArabic-Bold.ttf'] },
  cjk: { regular: ['@embedpdf/fonts-sc', 'fonts/NotoSansHans-Regular.otf'], bold: ['@embedpdf/fonts-sc', 'fonts/NotoSansHans-Bold.otf'] },
  hangul: { regular: ['@embedpdf/fonts-kr', 'fonts/NotoSansKR-Regular.otf'], bold: ['@embedpdf/fonts-kr', 'fonts/NotoSansKR-Bold.otf'] },
  thai: {
    regular: ['@expo-google-fonts/noto-sans-thai', '400Regular/NotoSansThai_400Regular.ttf'],
    bold: ['@expo-google-fonts/noto-sans-thai', '700Bold/NotoSansThai_700Bold.ttf'],
  },
  devanagari: {
    regular: ['@expo-google-fonts/noto-sans-devanagari', '400Regular/NotoSansDevanagari_400Regular.ttf'],
    bold: ['@expo-google-fonts/noto-sans-devanagari', '700Bold/NotoSansDevanagari_700Bold.ttf'],
  },
};

/** Fallback order for characters outside the blocks below: the first font that has the glyph sets it. */
const ORDER: Embedded[] = ['latin', 'arabic', 'cjk'];

/** Scripts told by their Unicode blocks (each block's letters, marks and signs). */
const BLOCKS: Array<[from: number, to: number, script: Embedded]> = [
  [0x0900, 0x097f, 'devanagari'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0x1cd0, 0x1cff, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'],
  [0x3130, 0x318f, 'hangul'],
  [0xa960, 0xa97f, 'hangul'],
  [0xac00, 0xd7ff, 'hangul'],
];
const blockScript = (cp: number) => BLOCKS.find(([from, to]) => cp >= from && cp <= to)?.[2];

const loaded = new Map<string, Font>();
/** A Buffer over the same memory (Buffer.from(Uint8Array) would copy: 8 MB more for the CJK font). */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * Where a font's bytes come from: the package's file on Node; bytes bundled with the Worker
 * (src/worker/assets.ts), undefined for a font the bundle has not got.
 */
export type FontSource = (pkg: string, file: string) => Uint8Array | undefined;
let fontSource: FontSource = (pkg, file) => readFileSync(fontFile(pkg, file));
/** Replaces the font source (the Workers entry, before the first document). */
export const useFontSource = (source: FontSource) => {
  fontSource = source;
  loaded.clear();
  scriptCache.clear();
};

/**
 * Fonts too large for the Worker's bundle (the Chinese/Japanese and Korean ones: static assets
 * there), fetched the first time a document needs them. Rendering is synchronous, so a document
 * rendered inside `withFonts` that reaches a font not loaded yet stops (`FontNotLoaded`), the font
 * is fetched, and the document is rendered again from the start (once per font and process).
 */
export type LazyFontSource = (pkg: string, file: string) => Promise<Uint8Array | undefined>;
let lazySource: LazyFontSource | undefined;
export const useLazyFontSource = (source: LazyFontSource) => {
  lazySource = source;
};
/** Fonts the lazy source could not give: Noto Sans stands in (their letters print as boxes). */
const unavailable = new Set<string>();
const renderScope = new AsyncLocalStorage<true>();

class FontNotLoaded extends Error {
  constructor(
    readonly script: Embedded,
    readonly weight: Weight,
  ) {
    super(`font ${script}-${weight} is not loaded yet`);
  }
}

/**
 * Renders a document with every font it needs: on Node at once; on Workers, a font fetched on
 * first need (see `LazyFontSource`) makes the render run again. Outside it, a font not loaded
 * yet prints as Noto Sans (boxes for the letters it has not got), as before.
 */
export async function withFonts<T>(render: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await renderScope.run(true, render);
    } catch (e) {
      if (!(e instanceof FontNotLoaded) || !lazySource) throw e;
      const key = `${e.script}-${e.weight}`;
      const [pkg, file] = FILES[e.script][e.weight];
      let bytes: Uint8Array | undefined;
      try {
        bytes = await lazySource(pkg, file);
      } catch (failed) {
        console.error(`font ${file} could not be fetched`, failed);
      }
      if (bytes) loaded.set(key, withSharedLayouts(create(asBuffer(bytes))));
      else unavailable.add(key);
      // Characters looked up while the font was missing were cached as nobody's.
      scriptCache.clear();
    }
  }
}

/** The fonts a Worker fetches from its static assets instead of carrying them (src/worker/font-assets-cli.ts copies them there). */
export const LAZY_SCRIPTS: Embedded[] = ['cjk', 'hangul'];
/** Each font file of these scripts on disk (Node), as its package and file. */
export const fontFilesOf = (scripts: Embedded[]) => scripts.flatMap((s) => (['regular', 'bold'] as const).map((w) => FILES[s][w]));

/** The packages export only their entry point: resolve it and walk up to the package folder. */
export function fontFile(pkg: string, file: string): string {
  const entry = require.resolve(pkg);
  const marker = `${sep}${pkg.split('/').join(sep)}${sep}`;
  return join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), ...file.split('/'));
}

/** The parsed font, loaded on first use (the CJK and Korean fonts are 4–8 MB and most letters never need them). */
export function fontFor(script: Embedded, weight: Weight): Font {
  const key = `${script}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    const [pkg, file] = FILES[script][weight];
    const bytes = fontSource(pkg, file);
    if (!bytes) {
      if (lazySource && !unavailable.has(key) && renderScope.getStore()) throw new FontNotLoaded(script, weight);
      if (script === 'latin') throw new Error(`${file} is missing from the font source`);
      // Not in the bundle and not to be fetched now: Noto Sans stands in, cached under neither name.
      stoodIn = true;
      return fontFor('latin', weight);
    }
    font = withSharedLayouts(create(asBuffer(bytes)));
    loaded.set(key, font);
  }
  return font;
}

interface ShapedRun {
  glyphs: unknown[];
  positions: Array<Record<string, number>>;
}

/** A laid-out word as pdfkit expects it: its own copy of the positions (pdfkit scales them in place). */
class CopiedRun {
  constructor(
    readonly glyphs: unknown[],
    readonly positions: Array<Record<string, number>>,
  ) {}
  get advanceWidth() {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance ?? 0;
    return width;
  }
}

const LAYOUT_CACHE_LIMIT = 50_000;

/**
 * pdfkit shapes every word with fontkit (OpenType substitution and positioning) and caches the
 * result per document only; shaping is most of a letter's cost. This keeps the shaped words for
 * the process: the font answers `layout(word)` from a shared cache, handing out fresh position
 * objects each time.
 */
function withSharedLayouts(font: Font): Font {
  const cache = new Map<string, ShapedRun>();
  const layout = (text: string, features?: unknown) => {
    if (features !== undefined) return font.layout(text, features as never);
    let run = cache.get(text);
    if (!run) {
      const fresh = font.layout(text) as ShapedRun;
      run = { glyphs: fresh.glyphs, positions: fresh.positions.map((p) => ({ ...p })) };
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      cache.set(text, run);
    }
    return new CopiedRun(
      run.glyphs,
      run.positions.map((p) => ({ ...p })),
    );
  };
  return new Proxy(font, { get: (target, prop) => (prop === 'layout' ? layout : Reflect.get(target, prop, target)) });
}

/** pdfkit's name for a font in a document. */
export const fontName = (script: Script, weight: Weight) => `${script}-${weight}`;

const scriptCache = new Map<number, Embedded | null>();
/** Set when Noto Sans stood in for a font not loaded: what was looked up then is not cached. */
let stoodIn = false;

/** The first font that has this character, or null when none has it (it would print as a box). */
export function scriptOf(codePoint: number): Embedded | null {
  const cached = scriptCache.get(codePoint);
  if (cached !== undefined) return cached;
  const block = blockScript(codePoint);
  stoodIn = false;
  const script =
    block && fontFor(block, 'regular').hasGlyphForCodePoint(codePoint)
      ? block
      : (ORDER.find((s) => fontFor(s, 'regular').hasGlyphForCodePoint(codePoint)) ?? null);
  if (!stoodIn) scriptCache.set(codePoint, script);
  return script;
}

/**
 * Text that Helvetica's WinAnsi encoding holds (Indonesian and English letters, Latin-1, the usual
 * quotes and dashes) is set in the standard font, which costs no embedding; any other text in Noto.
 */
const WIN_ANSI =
  /^[\t\n\r\u0020-\u007E\u00A0-\u00FF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]*$/;

/** The font for a line set without runs (a footer): the standard one when it can hold the text. */
export const lineScript = (text: string): 'std' | 'latin' => (WIN_ANSI.test(text) ? 'std' : 'latin');

/** Latin-1, Latin Extended and general punctuation: the common case, one run in Noto Sans. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the Latin-1 block starts at U+0000
const PLAIN = /^[\u0000-\u024F\u2000-\u206F\u20AC]*$/;
const SPACE = /\s/;
/** Zero-width (non-)joiners shape the letters around them: they stay in their run, like spaces between one script. */
const JOINER = /[\u200c\u200d]/;

export interface Run {
  text: string;
  script: Script;
}

/**
 * Cuts a text into runs of one font each. Spaces join the run around them when both sides use the
 * same font, else they go to Latin: an Arabic run never carries a trailing space (which it would
 * set on its left).
 */
export function fontRuns(text: string): Run[] {
  if (WIN_ANSI.test(text)) return text ? [{ text, script: 'std' }] : [];
  if (PLAIN.test(text)) return text ? [{ text, script: 'latin' }] : [];
  const chars = [...text];
  const scripts = chars.map((ch) => (SPACE.test(ch) || JOINER.test(ch) ? null : (scriptOf(ch.codePointAt(0)!) ?? 'latin')));
  const runs: Run[] = [];
  chars.forEach((ch, i) => {
    let script = scripts[i];
    if (script == null) {
      let before = i - 1;
      while (before >= 0 && scripts[before] == null) before -= 1;
      let after = i + 1;
      while (after < chars.length && scripts[after] == null) after += 1;
      script = before >= 0 && after < chars.length && scripts[before] === scripts[after] ? scripts[before]! : 'latin';
    }
    const last = runs.at(-1);
    if (last && last.script === script) last.text += ch;
    else runs.push({ text: ch, script });
  });
  return runs;
}

/** Characters none of the fonts can print (they would show as boxes). */
export function missingGlyphs(text: string): string[] {
  return [...new Set([...text].filter((ch) => !SPACE.test(ch) && scriptOf(ch.codePointAt(0)!) === null))];
}
