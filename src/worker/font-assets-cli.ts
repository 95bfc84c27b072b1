/**
 * Before the Worker is bundled (wrangler.toml `[build]`, for `wrangler dev` and `wrangler deploy`):
 * copies the fonts too large for the bundle — Chinese/Japanese (Noto Sans Hans, 8 MB a weight) and
 * Korean (Noto Sans KR, 4.6 MB) — into public/fonts/, which the static assets serve. The Worker
 * fetches one through its ASSETS binding the first time a letter needs it (src/worker/assets.ts,
 * `withFonts` in src/documents/fonts.ts). public/fonts/ is not in git.
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LAZY_SCRIPTS, fontFile, fontFilesOf } from '../documents/fonts';

const target = join(process.cwd(), 'public', 'fonts');
mkdirSync(target, { recursive: true });
for (const [pkg, file] of fontFilesOf(LAZY_SCRIPTS)) {
  const from = fontFile(pkg, file);
  const to = join(target, basename(file));
  if (existsSync(to) && statSync(to).size === statSync(from).size) continue;
  copyFileSync(from, to);
  console.log(`font asset ${to}`);
}
