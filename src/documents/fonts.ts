/**
 * Unicode fonts for official documents, so a requester's name prints in its own script.
 *
 * Noto Sans (Latin, Greek, Cyrillic, Vietnamese), Noto Naskh Arabic and Noto Sans Hans (Chinese
 * characters and Japanese kana) come from the @embedpdf/fonts-* packages as TTF/OTF files. Each
 * is parsed once per process (fontkit keeps its glyph and layout caches across documents) and only
 * the glyphs a document uses are embedded (pdfkit subsets), so a letter stays a few kilobytes.
 * A text is cut into runs, each set in the first font that has its glyphs; right-to-left runs are
 * shaped and ordered by fontkit.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { create, type Font } from 'fontkit';

export type Weight = 'regular' | 'bold';
/** `std` is pdfkit's standard Helvetica: nothing to embed, for text inside its WinAnsi encoding. */
export type Script = 'std' | 'latin' | 'arabic' | 'cjk';
type Embedded = Exclude<Script, 'std'>;

const require = createRequire(import.meta.url);

const FILES: Record<Embedded, Record<Weight, [pkg: string, file: string]>> = {
  latin: { regular: ['@embedpdf/fonts-latin', 'NotoSans-Regular.ttf'], bold: ['@embedpdf/fonts-latin', 'NotoSans-Bold.ttf'] },
  arabic: { regular: ['@embedpdf/fonts-arabic', 'NotoNaskhArabic-Regular.ttf'], bold: ['@embedpdf/fonts-arabic', 'NotoNaskhArabic-Bold.ttf'] },
  cjk: { regular: ['@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf'], bold: ['@embedpdf/fonts-sc', 'NotoSansHans-Bold.otf'] },
};

/** Fallback order: the first font that has a character's glyph sets it. */
const ORDER: Embedded[] = ['latin', 'arabic', 'cjk'];

const loaded = new Map<string, Font>();

/** The packages export only their entry point: resolve it and walk up to the package folder. */
function fontFile(pkg: string, file: string): string {
  const entry = require.resolve(pkg);
  const marker = `${sep}${pkg.split('/').join(sep)}${sep}`;
  return join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), 'fonts', file);
}

/** The parsed font, loaded on first use (the CJK font is 8 MB and most letters never need it). */
export function fontFor(script: Embedded, weight: Weight): Font {
  const key = `${script}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    const [pkg, file] = FILES[script][weight];
    font = withSharedLayouts(create(readFileSync(fontFile(pkg, file))));
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
  constructor(readonly glyphs: unknown[], readonly positions: Array<Record<string, number>>) {}
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
    return new CopiedRun(run.glyphs, run.positions.map((p) => ({ ...p })));
  };
  return new Proxy(font, { get: (target, prop) => (prop === 'layout' ? layout : Reflect.get(target, prop, target)) });
}

/** pdfkit's name for a font in a document. */
export const fontName = (script: Script, weight: Weight) => `${script}-${weight}`;

const scriptCache = new Map<number, Embedded | null>();

/** The first font that has this character, or null when none has it (it would print as a box). */
export function scriptOf(codePoint: number): Embedded | null {
  const cached = scriptCache.get(codePoint);
  if (cached !== undefined) return cached;
  const script = ORDER.find((s) => fontFor(s, 'regular').hasGlyphForCodePoint(codePoint)) ?? null;
  scriptCache.set(codePoint, script);
  return script;
}

/**
 * Text that Helvetica's WinAnsi encoding holds (Indonesian and English letters, Latin-1, the usual
 * quotes and dashes) is set in the standard font, which costs no embedding; any other text in Noto.
 */
const WIN_ANSI = /^[\t\n\r\u0020-\u007E\u00A0-\u00FF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]*$/;

/** The font for a line set without runs (a footer): the standard one when it can hold the text. */
export const lineScript = (text: string): 'std' | 'latin' => (WIN_ANSI.test(text) ? 'std' : 'latin');

/** Latin-1, Latin Extended and general punctuation: the common case, one run in Noto Sans. */
const PLAIN = /^[\u0000-\u024F\u2000-\u206F\u20AC]*$/;
const SPACE = /\s/;

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
  const scripts = chars.map((ch) => (SPACE.test(ch) ? null : scriptOf(ch.codePointAt(0)!) ?? 'latin'));
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
