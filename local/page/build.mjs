// Builds the local PMO page (local/page/main.tsx) into local/page/dist with esbuild: a minified ES module
// main.js plus its CSS, the chunks it imports on demand under chunks/, and index.html beside them. Called by local/bin/start.mjs before the tenant starts
// (PMO_PAGE=0 skips it); `node local/page/build.mjs [--outdir <dir>]` builds it on its own (the browser and drill
// runs build it once into a folder of their own, test/helpers/prepareRun.ts, and every tenant serves that).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);

/** The web parts import their strings from the AMD module 'PmoHubStrings' (src/loc/en-us.js), as SPFx does. */
export function loadStrings(locale = 'en-us') {
  const source = fs.readFileSync(path.join(root, 'src/loc', `${locale}.js`), 'utf8');
  let strings;
  // eslint-disable-next-line no-new-func -- reason: evaluate the AMD module with a local define(), like test/__mocks__/strings.js
  new Function('define', source)((_deps, factory) => {
    strings = factory();
  });
  if (!strings || typeof strings !== 'object') throw new Error(`src/loc/${locale}.js did not define a strings object`);
  return strings;
}

/** Resolves 'PmoHubStrings' to an ES module with one named export per string (so `import * as strings` works). */
const stringsPlugin = {
  name: 'pmo-strings',
  setup(build) {
    build.onResolve({ filter: /^PmoHubStrings$/ }, () => ({ path: 'PmoHubStrings', namespace: 'pmo-strings' }));
    build.onLoad({ filter: /.*/, namespace: 'pmo-strings' }, () => {
      const strings = loadStrings();
      const names = Object.keys(strings).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
      const contents =
        `const s = ${JSON.stringify(strings)};\nexport default s;\n` + names.map((k) => `export const ${k} = s[${JSON.stringify(k)}];`).join('\n');
      return { contents, loader: 'js', watchFiles: [path.join(root, 'src/loc/en-us.js')] };
    });
  }
};

/** The page's own strings (strings.ts), for the text index.html shows before any script runs. */
export async function loadPageStrings() {
  const { transformSync } = await import('esbuild');
  const { code } = transformSync(fs.readFileSync(path.join(here, 'strings.ts'), 'utf8'), { loader: 'ts', format: 'cjs' });
  const mod = { exports: {} };
  // eslint-disable-next-line no-new-func -- reason: evaluate the page's own strings module, compiled just above
  new Function('module', 'exports', code)(mod, mod.exports);
  return mod.exports.PageStrings;
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Replaces {{Name}} in index.html with PageStrings.Name (HTML-escaped); an unknown name fails the build. */
export function withPageStrings(html, strings) {
  return html.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (typeof strings[name] !== 'string') throw new Error(`index.html names {{${name}}}, which local/page/strings.ts does not define`);
    return escapeHtml(strings[name]);
  });
}

/** SPFx components may use CSS modules (*.module.scss); compile them with the project's sass. */
const scssPlugin = {
  name: 'pmo-scss',
  setup(build) {
    build.onLoad({ filter: /\.scss$/ }, (args) => {
      const sass = require('sass');
      const css = sass.renderSync({ file: args.path }).css.toString();
      return { contents: css, loader: args.path.endsWith('.module.scss') ? 'local-css' : 'css' };
    });
  }
};

/**
 * Bundles the page. Returns esbuild's metafile summary (bytes per output) so callers can report it.
 * @param {{ outdir?: string, minify?: boolean, quiet?: boolean, metafile?: boolean }} options
 */
export async function buildPage(options = {}) {
  const { build } = await import('esbuild');
  const outdir = options.outdir ?? path.join(here, 'dist');
  const started = Date.now();
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: { main: path.join(here, 'main.tsx') },
    outdir,
    bundle: true,
    // ES modules with code splitting, so a dynamic import() stays a separate file loaded on first use, as
    // webpack does for the web parts: exceljs (Excel export, ~1 MiB) is not in main.js any more.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: options.minify ?? true,
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
    // Fluent's "use client" directives are meaningless in a browser bundle; keep the build output quiet about them.
    logOverride: { 'module-level-directive': 'silent' },
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(here, 'tsconfig.json'),
    plugins: [stringsPlugin, scssPlugin]
  });
  const outputs = Object.fromEntries(Object.entries(result.metafile.outputs).map(([f, o]) => [path.relative(outdir, f), o.bytes]));
  // The stylesheet link only when the components brought CSS (a link to nothing would 404 on every load).
  const html = withPageStrings(fs.readFileSync(path.join(here, 'index.html'), 'utf8'), await loadPageStrings());
  fs.writeFileSync(path.join(outdir, 'index.html'), 'main.css' in outputs ? html : html.replace(/\s*<link rel="stylesheet" href="\/assets\/main.css" \/>/, ''));
  // The MDL2 icon font SharePoint pages provide; main.tsx registers it from /assets/fonts/ (no CDN).
  fs.cpSync(path.join(root, 'node_modules/@fluentui/font-icons-mdl2/fonts'), path.join(outdir, 'fonts'), { recursive: true });
  if (options.metafile) fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  if (!options.quiet) {
    const kib = (n) => Math.round(n / 1024);
    const chunks = Object.entries(outputs).filter(([f]) => f.startsWith('chunks/') && f.endsWith('.js'));
    const lazy = chunks.reduce((n, [, b]) => n + b, 0);
    console.log(`PMO Hub local page built in ${Date.now() - started} ms (main.js ${kib(outputs['main.js'] ?? 0)} KiB, ${chunks.length} chunks ${kib(lazy)} KiB)`);
  }
  return { outdir, outputs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--outdir');
  buildPage({ outdir: at > 0 ? path.resolve(process.argv[at + 1]) : undefined }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
