/** /public/* from the working directory's public/ folder, on Node (src/server.ts, the tests). */
import { serveStatic } from '@hono/node-server/serve-static';

export const nodePublicFiles = () => serveStatic({ root: './' });
