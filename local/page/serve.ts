/**
 * Serves the local PMO page: / is index.html and /assets/* the files esbuild wrote to local/page/dist
 * (local/page/build.mjs): main.js, an ES module, and the chunks it imports from /assets/chunks/ (served
 * as text/javascript: browsers refuse a module script of any other type). Anything else is left to the
 * other modules (so unknown routes still get a 501).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { text, type Handler, type LocalResponse } from '../src/http.ts';
import type { TenantContext } from '../src/server.ts';

// Relative to the repository root, which is the tenant's working directory (as for local/.data in main.ts).
const DEFAULT_DIST = 'local/page/dist';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript;charset=utf-8',
  '.css': 'text/css;charset=utf-8',
  '.map': 'application/json;charset=utf-8',
  '.json': 'application/json;charset=utf-8',
  '.txt': 'text/plain;charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
};

/**
 * The page talks only to this origin: the policy makes any stray CDN request (fonts, icons) fail
 * loudly in the console, which the browser tests treat as an error.
 * Fluent injects its styles at run time, hence 'unsafe-inline' for styles; index.html has one inline script.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'sha256-SCRIPT_HASH'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'"
].join('; ');

/** The policy for index.html, allowing exactly its one inline script by hash. */
function cspFor(html: string): string {
  const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return CSP.replace('SCRIPT_HASH', createHash('sha256').update(inline, 'utf8').digest('base64'));
}

export function createPage(_ctx: TenantContext, dist = process.env.PMO_PAGE_DIST ?? DEFAULT_DIST): Handler {
  const distDir = path.resolve(dist);
  const file = (name: string): LocalResponse => {
    const full = path.join(distDir, name);
    const body = fs.readFileSync(full);
    const type = CONTENT_TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = cspFor(body.toString('utf8'));
    return { status: 200, headers, body };
  };
  return (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const p = req.url.pathname;
    if (p === '/' || p === '/index.html') {
      if (!fs.existsSync(path.join(distDir, 'index.html'))) {
        return text(503, 'The local PMO page is not built. Start the tenant with `npm start` (without PMO_PAGE=0) to build it.');
      }
      return file('index.html');
    }
    if (!p.startsWith('/assets/')) return undefined;
    let name: string;
    try {
      name = decodeURIComponent(p.slice('/assets/'.length));
    } catch {
      return text(400, 'Bad asset path.');
    }
    const full = path.resolve(distDir, name);
    // No escaping the dist folder (../), no folders, nothing that is not there: 404.
    if (!name || !full.startsWith(distDir + path.sep) || !fs.existsSync(full) || !fs.statSync(full).isFile()) {
      return text(404, `No asset ${p} in the local PMO page.`);
    }
    return file(name);
  };
}
