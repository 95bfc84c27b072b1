/**
 * Moves inline bilingual text into the catalogue: every `tr(lang, 'Indonesian', 'English')` call
 * in the given files becomes `t(lang, 'area.key')` with an entry `'area.key': { id, en }` in
 * `src/i18n/messages/<area>.ts`. Re-runnable: run it on any file that still calls `tr()`
 * (a page written before the catalogue, a branch merged later); converted calls are left alone.
 *
 *   node --import tsx src/i18n/codemod.ts [--dry-run] [--area <area>] <file or folder>...
 *
 * - The area comes from the path (docs/pages.md has the table) or `--area`.
 * - The key is the area and the first words of the English text (`admin.reset_the_password_of`),
 *   the same text pair in the same area gets the same key (also one already in the catalogue, so
 *   a second run reuses keys), and a different text that would get a taken key gets `_2`, `_3`.
 * - Template literals become placeholders: `tr(lang, \`Kalender ${code}\`, \`Calendar ${code}\`)`
 *   → `t(lang, 'calendar-admin.calendar_code', { code })`, the name taken from the expression.
 * - A call it cannot convert (an argument that is not a literal, a `t` shadowed by a local) is
 *   reported and left as it is, for a hand edit.
 * Written files are formatted with Biome.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const MESSAGES_DIR = join(ROOT, 'src/i18n/messages');
const I18N_INDEX = join(ROOT, 'src/i18n/index');
const WEB_LANG = join(ROOT, 'src/routes/web/lang');

interface Pair {
  id: string;
  en: string;
}
interface AreaCatalogue {
  area: string;
  file: string;
  exportName: string;
  /** key → texts (undefined for an entry that is not two plain strings, e.g. plural forms). */
  entries: Map<string, Pair | undefined>;
  added: Array<[string, Pair]>;
}

/** The area of a source file, from its path (see docs/pages.md). */
export function areaOf(file: string): string | undefined {
  const rel = relative(ROOT, resolve(file)).split(sep).join('/');
  const rules: Array<[RegExp, string]> = [
    [/^src\/routes\/web\/public\//, 'public'],
    [/^src\/routes\/web\/officer\/atasan\//, 'atasan'],
    [/^src\/routes\/web\/officer\//, 'officer'],
    [/^src\/routes\/web\/admin\/calendars?(\/|[-.])/, 'calendar-admin'],
    [/^src\/routes\/web\/admin\//, 'admin'],
    [/^src\/routes\/web\/auditor\//, 'auditor'],
    [/^src\/routes\/web\/(kit\/)?[^/]+$/, 'common'],
  ];
  for (const [pattern, area] of rules) if (pattern.test(rel)) return area;
  const domain = /^src\/([a-z-]+)\//.exec(rel);
  return domain?.[1];
}

const camel = (area: string) => area.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
const exportNameOf = (area: string) => `${camel(area)}Messages`;

const STOP = new Set(['the', 'a', 'an']);

/** `Reset the password of {username}` → `reset_password_of` (placeholders are not words). */
export function slugOf(text: string, words = 6): string {
  const plain = text
    .replace(/\{(\w+)(?:,[^}]*)?\}/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const picked = plain.split(' ').filter((w) => w && !STOP.has(w));
  let slug = '';
  for (const w of picked.slice(0, words)) {
    if (slug && slug.length + w.length + 1 > 48) break;
    slug = slug ? `${slug}_${w}` : w;
  }
  return slug;
}

function literalString(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Reads an area file's entries (`key: { id: '…', en: '…' }`) and where the object ends. */
function parseCatalogue(file: string): {
  source: ts.SourceFile;
  object: ts.ObjectLiteralExpression;
  exportName: string;
  entries: Map<string, Pair | undefined>;
} {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      let init: ts.Node | undefined = decl.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init) || !ts.isIdentifier(decl.name) || !decl.name.text.endsWith('Messages')) continue;
      const entries = new Map<string, Pair | undefined>();
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop)) continue;
        const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(source);
        let pair: Pair | undefined;
        if (ts.isObjectLiteralExpression(prop.initializer)) {
          const field = (name: string) => {
            const p = (prop.initializer as ts.ObjectLiteralExpression).properties.find(
              (q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && ts.isIdentifier(q.name) && q.name.text === name,
            );
            return p ? literalString(p.initializer) : undefined;
          };
          const id = field('id');
          const en = field('en');
          if (id !== undefined && en !== undefined) pair = { id, en };
        }
        entries.set(key, pair);
      }
      return { source, object: init, exportName: decl.name.text, entries };
    }
  }
  throw new Error(`${file}: no exported "...Messages" object literal`);
}

class Catalogues {
  private areas = new Map<string, AreaCatalogue>();
  /** Every key of every area: keys are unique across the whole catalogue. */
  private allKeys = new Set<string>();

  constructor() {
    for (const name of readdirSync(MESSAGES_DIR).sort()) {
      if (!name.endsWith('.ts') || name === 'index.ts') continue;
      const file = join(MESSAGES_DIR, name);
      const { exportName, entries } = parseCatalogue(file);
      const area = name.slice(0, -3);
      this.areas.set(area, { area, file, exportName, entries, added: [] });
      for (const key of entries.keys()) this.allKeys.add(key);
    }
  }

  keyFor(area: string, pair: Pair): string {
    let cat = this.areas.get(area);
    if (!cat) {
      cat = { area, file: join(MESSAGES_DIR, `${area}.ts`), exportName: exportNameOf(area), entries: new Map(), added: [] };
      this.areas.set(area, cat);
    }
    for (const [key, known] of cat.entries) if (known && known.id === pair.id && known.en === pair.en) return key;
    const base = `${area}.${slugOf(pair.en) || slugOf(pair.id) || 'text'}`;
    let key = base;
    for (let n = 2; this.allKeys.has(key); n++) key = `${base}_${n}`;
    cat.entries.set(key, pair);
    cat.added.push([key, pair]);
    this.allKeys.add(key);
    return key;
  }

  /** Writes new entries into their area files (creating new areas); returns the files written. */
  write(dryRun: boolean): string[] {
    const written: string[] = [];
    let newArea = false;
    for (const cat of this.areas.values()) {
      if (cat.added.length === 0) continue;
      const lines = cat.added.map(([key, p]) => `  ${JSON.stringify(key)}: { id: ${JSON.stringify(p.id)}, en: ${JSON.stringify(p.en)} },`).join('\n');
      let text: string;
      if (existsSync(cat.file)) {
        const { source, object } = parseCatalogue(cat.file);
        const before = source.text.slice(0, object.end - 1).trimEnd();
        const comma = object.properties.length > 0 && !object.properties.hasTrailingComma ? ',' : '';
        text = `${before}${comma}\n${lines}\n${source.text.slice(object.end - 1)}`;
      } else {
        newArea = true;
        text = `import type { Catalogue } from '../catalogue';

/** Texts of the ${cat.area} pages. Keys \`${cat.area}.<first words of the English>\` come from src/i18n/codemod.ts; rename freely. */
export const ${cat.exportName} = {
${lines}
} as const satisfies Catalogue;
`;
      }
      if (!dryRun) writeFileSync(cat.file, text);
      written.push(cat.file);
    }
    if (newArea || !existsSync(join(MESSAGES_DIR, 'index.ts'))) {
      const file = join(MESSAGES_DIR, 'index.ts');
      if (!dryRun) writeFileSync(file, this.registry());
      written.push(file);
    }
    return written;
  }

  registry(): string {
    const cats = [...this.areas.values()].filter((c) => c.entries.size > 0).sort((a, b) => a.area.localeCompare(b.area));
    return `/** Every area's catalogue (src/i18n/codemod.ts rewrites this list when it adds an area). */
${cats.map((c) => `import { ${c.exportName} } from './${c.area}';`).join('\n')}

export const areaCatalogues = {
${cats.map((c) => `  ${JSON.stringify(c.area)}: ${c.exportName},`).join('\n')}
} as const;

export const messages = {
${cats.map((c) => `  ...${c.exportName},`).join('\n')}
} as const;
`;
  }
}

/** A readable placeholder name for an expression: `query.versi` → `versi`, `u.username` → `username`. */
function paramName(expr: ts.Expression): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) return expr.name.text;
  if (ts.isParenthesizedExpression(expr) || ts.isNonNullExpression(expr)) return paramName(expr.expression);
  if (ts.isCallExpression(expr)) {
    if (ts.isPropertyAccessExpression(expr.expression) && ['join', 'toString', 'toFixed', 'trim', 'toLocaleString'].includes(expr.expression.name.text)) {
      return paramName(expr.expression.expression);
    }
    if (expr.arguments[0]) return paramName(expr.arguments[0]);
  }
  if (ts.isElementAccessExpression(expr)) return paramName(expr.expression);
  if (ts.isBinaryExpression(expr)) return paramName(expr.left);
  return 'value';
}

interface Converted {
  text: string;
  params: Array<[string, string]>;
}

/** The message text of one `tr` argument, with `{name}` for each `${…}`; undefined if not a literal. */
function messageOf(node: ts.Expression, source: ts.SourceFile, names: Map<string, string>, used: Set<string>): Converted | undefined {
  const plain = literalString(node);
  if (plain !== undefined) return plain.includes('{') || plain.includes('}') ? undefined : { text: plain, params: [] };
  if (!ts.isTemplateExpression(node)) return undefined;
  if (node.head.text.includes('{') || node.templateSpans.some((s) => s.literal.text.includes('{'))) return undefined;
  let text = node.head.text;
  const params: Array<[string, string]> = [];
  for (const span of node.templateSpans) {
    const code = span.expression.getText(source);
    let name = names.get(code);
    if (!name) {
      const base = paramName(span.expression);
      name = base;
      for (let n = 2; used.has(name); n++) name = `${base}${n}`;
      names.set(code, name);
      used.add(name);
    }
    params.push([name, code]);
    text += `{${name}}${span.literal.text}`;
  }
  return { text, params };
}

const callsTr = (node: ts.Node): boolean =>
  (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'tr') || (ts.forEachChild(node, callsTr) ?? false);

/** Whether a binding named `t` (other than an import) is in scope at `node`. */
function shadowsT(node: ts.Node): boolean {
  const declares = (name: ts.BindingName): boolean =>
    ts.isIdentifier(name) ? name.text === 't' : name.elements.some((e) => !ts.isOmittedExpression(e) && declares(e.name));
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => declares(p.name))) return true;
    if (ts.isBlock(n) || ts.isSourceFile(n)) {
      for (const st of n.statements) {
        if (ts.isVariableStatement(st) && st.declarationList.declarations.some((d) => declares(d.name))) return true;
        if (ts.isFunctionDeclaration(st) && st.name?.text === 't') return true;
      }
    }
  }
  return false;
}

const resolvesTo = (file: string, spec: string, target: string) => {
  if (!spec.startsWith('.')) return false;
  const p = resolve(dirname(file), spec).replace(/\.(js|ts|tsx)$/, '');
  return p === target || p === join(target, 'index') || (target.endsWith('/index') && p === dirname(target));
};

interface FileResult {
  converted: number;
  skipped: string[];
}

function convertFile(file: string, cats: Catalogues, forcedArea: string | undefined, dryRun: boolean): FileResult {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const area = forcedArea ?? areaOf(file);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const skipped: string[] = [];
  let remainingTr = 0;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'tr') {
      const where = `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
      const [langArg, idArg, enArg] = node.arguments as unknown as [ts.Expression, ts.Expression | undefined, ts.Expression | undefined];
      if (!idArg || !enArg || node.arguments.length !== 3 || node.arguments.some(ts.isSpreadElement)) {
        skipped.push(`${where}: not tr(lang, id, en)`);
        remainingTr++;
        ts.forEachChild(node, visit);
        return;
      }
      if (node.arguments.slice(1).some(callsTr)) {
        skipped.push(`${where}: holds another tr() call; run the codemod again`);
        remainingTr++;
        ts.forEachChild(node, visit);
        return;
      }
      const names = new Map<string, string>();
      const used = new Set<string>();
      const id = messageOf(idArg, source, names, used);
      const en = messageOf(enArg, source, names, used);
      if (!area) skipped.push(`${where}: no area for this path (pass --area)`);
      else if (!id || !en) skipped.push(`${where}: an argument is not a string or template literal`);
      else if (shadowsT(node)) skipped.push(`${where}: a local \`t\` hides the catalogue's t(); rename it first`);
      else {
        const key = cats.keyFor(area, { id: id.text, en: en.text });
        const params = new Map([...id.params, ...en.params]);
        const obj = [...params].map(([name, code]) => (name === code ? name : `${name}: ${code}`)).join(', ');
        edits.push({ start: node.getStart(source), end: node.end, text: `t(${langArg.getText(source)}, '${key}'${obj ? `, { ${obj} }` : ''})` });
        return;
      }
      remainingTr++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return { converted: 0, skipped };

  // Imports: drop `tr` from the web lang module when no call is left; make sure `t` is imported.
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier.text;
    const named = st.importClause?.namedBindings;
    if (remainingTr === 0 && resolvesTo(file, spec, WEB_LANG) && named && ts.isNamedImports(named)) {
      const rest = named.elements.filter((e) => e.name.text !== 'tr');
      if (rest.length !== named.elements.length) {
        const replacement = rest.length ? `import { ${rest.map((e) => e.getText(source)).join(', ')} } from '${spec}';` : '';
        edits.push({ start: st.getStart(source), end: st.end + (rest.length ? 0 : 1), text: replacement });
      }
    }
  }
  const hasT = source.statements.some(
    (st) =>
      ts.isImportDeclaration(st) &&
      !st.importClause?.isTypeOnly &&
      st.importClause?.namedBindings &&
      ts.isNamedImports(st.importClause.namedBindings) &&
      st.importClause.namedBindings.elements.some((e) => e.name.text === 't' && !e.isTypeOnly),
  );
  if (!hasT) {
    const i18nImport = source.statements.find(
      (st): st is ts.ImportDeclaration =>
        ts.isImportDeclaration(st) &&
        ts.isStringLiteral(st.moduleSpecifier) &&
        resolvesTo(file, st.moduleSpecifier.text, I18N_INDEX) &&
        !st.importClause?.isTypeOnly &&
        !!st.importClause?.namedBindings &&
        ts.isNamedImports(st.importClause.namedBindings),
    );
    if (i18nImport) {
      const named = i18nImport.importClause!.namedBindings as ts.NamedImports;
      edits.push({ start: named.elements.end, end: named.elements.end, text: ', t' });
    } else {
      let rel = relative(dirname(file), join(ROOT, 'src/i18n')).split(sep).join('/');
      if (!rel.startsWith('.')) rel = `./${rel}`;
      const lastImport = [...source.statements].reverse().find(ts.isImportDeclaration);
      const at = lastImport ? lastImport.end : 0;
      edits.push({ start: at, end: at, text: `${lastImport ? '\n' : ''}import { t } from '${rel}';${lastImport ? '' : '\n'}` });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (!dryRun) writeFileSync(file, out);
  return { converted: edits.length, skipped };
}

function filesUnder(path: string): string[] {
  const abs = resolve(path);
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(abs, f))
    .filter((f) => !f.startsWith(join(ROOT, 'src/i18n') + sep))
    .sort();
}

function main(argv: string[]) {
  const dryRun = argv.includes('--dry-run');
  const areaAt = argv.indexOf('--area');
  const forcedArea = areaAt >= 0 ? argv[areaAt + 1] : undefined;
  const paths = argv.filter((a, i) => !a.startsWith('--') && (areaAt < 0 || i !== areaAt + 1));
  if (paths.length === 0) {
    console.error('usage: node --import tsx src/i18n/codemod.ts [--dry-run] [--area <area>] <file or folder>...');
    process.exit(2);
  }
  const cats = new Catalogues();
  const changed: string[] = [];
  let calls = 0;
  const skipped: string[] = [];
  for (const file of paths.flatMap(filesUnder)) {
    const r = convertFile(file, cats, forcedArea, dryRun);
    if (r.converted) changed.push(file);
    calls += r.converted;
    skipped.push(...r.skipped);
  }
  changed.push(...cats.write(dryRun));
  console.log(`${dryRun ? '[dry run] ' : ''}${changed.length} files, ${calls} edits`);
  for (const s of skipped) console.log(`left as is: ${s}`);
  if (!dryRun && changed.length) execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', ...changed], { stdio: 'inherit', cwd: ROOT });
  if (skipped.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main(process.argv.slice(2));
