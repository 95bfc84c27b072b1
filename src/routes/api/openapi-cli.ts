/**
 * Writes the OpenAPI document the app serves at /api/v1/openapi.json to a file, without a server or
 * a database: `node --import tsx src/routes/api/openapi-cli.ts [out.json]` (npm run openapi:lint).
 * The server is PUBLIC_BASE_URL when set, else '/' (the host that serves the document).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { apiRoutes, openApiDocumentOf } from './index';

const out = process.argv[2] ?? 'test-artifacts/openapi/openapi.json';
const document = openApiDocumentOf(apiRoutes(), { PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? '', DEMO: false, PORT: 0 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
console.log(`${out}: ${Object.keys(document.paths).length} paths, ${operations} operations`);
