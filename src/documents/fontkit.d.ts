/** The little of fontkit (pdfkit's font engine) that Terbuka uses; fontkit ships no types. */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly ascent: number;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
