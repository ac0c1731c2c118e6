/**
 * The built package (run `npm run build` first): what an admin uploads to the app catalog must hold
 * the four web parts with their Teams hosts, the Graph permission requests, tenant-wide deployment,
 * the Teams icons, and only the current build's bundle and chunks (toolchain.md pitfall 3: stale bundles).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as zlib from 'zlib';
import type JSZip from 'jszip';
import { readPackage, SPPKG, type IComponentManifest } from './sppkg';

const root = path.resolve(__dirname, '../..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'config/config.json'), 'utf8'));
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution;
const bundles = Object.keys(config.bundles as Record<string, unknown>);
/** The one bundle the four web parts share (config/config.json), so a page loads shared code once. */
const BUNDLE = 'pmo-hub-web-parts';
const sources = (config.bundles[BUNDLE].components as { manifest: string }[]).map(
  (c) => JSON.parse(fs.readFileSync(path.join(root, c.manifest), 'utf8')) as { id: string; alias: string; supportedHosts: string[] }
);

let zip: JSZip;
let names: string[];
let appManifest: string;
let componentManifests = new Map<string, IComponentManifest>();

beforeAll(async () => {
  const pkg = await readPackage();
  zip = pkg.zip;
  names = pkg.names;
  componentManifests = pkg.manifests;
  appManifest = await zip.file('AppManifest.xml')!.async('string');
});

/** A shipped loc file, evaluated as the AMD module SharePoint's loader defines. */
async function shippedStrings(lang: string): Promise<Record<string, string>> {
  const file = names.find((n) => new RegExp(`^ClientSideAssets/PmoHubStrings_${lang}_[0-9a-f]+\\.js$`).test(n))!;
  let strings: Record<string, string> = {};
  vm.runInNewContext(await zip.file(file)!.async('string'), { define: (_deps: string[], f: () => Record<string, string>) => (strings = f()) });
  return strings;
}

describe('pmo-hub.sppkg', () => {
  it('ships the German loc module with every key of the English one, chosen by each manifest for de-DE', async () => {
    const [en, de] = await Promise.all([shippedStrings('en-us'), shippedStrings('de-de')]);
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(de.RegisterTitle).toBe('Projektregister');
    for (const m of componentManifests.values()) {
      // SharePoint loads paths[<UI culture>], else defaultPath (English).
      const loc = m.loaderConfig.scriptResources.PmoHubStrings;
      expect(loc.type).toBe('localizedPath');
      const german = Object.entries(loc.paths ?? {}).find(([k]) => k.toLowerCase() === 'de-de');
      expect(german?.[1]).toMatch(/^PmoHubStrings_de-de_[0-9a-f]+\.js$/);
      expect(loc.defaultPath).toMatch(/^PmoHubStrings_en-us_[0-9a-f]+\.js$/);
    }
  });

  it('carries the four web parts with their ids and Teams hosts', () => {
    expect([...componentManifests.keys()].sort()).toEqual(sources.map((s) => s.id).sort());
    for (const s of sources) {
      const m = componentManifests.get(s.id)!;
      expect(m.alias).toBe(s.alias);
      expect(m.componentType).toBe('WebPart');
      expect(m.supportedHosts).toEqual(s.supportedHosts);
      expect(m.supportedHosts).toContain('TeamsTab');
      expect(m.supportsThemeVariants).toBe(true);
    }
    // PMO managers add PMO Portfolio as a personal app (the PMO site comes from the tenant setting PmoHubSiteUrl).
    const hostsOf = (alias: string): string[] => [...componentManifests.values()].find((m) => m.alias === alias)!.supportedHosts;
    expect(hostsOf('PmoPortfolioWebPart')).toContain('TeamsPersonalApp');
    // A Teams meeting app cannot be combined with a tab or personal app (toolchain.md §3).
    for (const m of componentManifests.values()) expect(m.supportedHosts).not.toContain('TeamsMeetingApp');
  });

  it('has the solution version, tenant-wide deployment and exactly the Graph permission requests of package-solution.json', () => {
    expect(appManifest).toMatch(new RegExp(`Version="${solution.version.replace(/\./g, '\\.')}"`));
    expect(appManifest).toMatch(/SkipFeatureDeployment="true"/i);
    const requested = [...appManifest.matchAll(/<WebApiPermissionRequest\s+([^>]*)\/?>/g)].map((m) => {
      const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(m[1])?.[1] ?? '';
      return `${attr('ResourceId')}|${attr('Scope')}`;
    });
    const expected = (solution.webApiPermissionRequests as { resource: string; scope: string }[]).map((p) => `${p.resource}|${p.scope}`);
    expect(requested.sort()).toEqual(expected.sort());
    expect(expected).not.toContain('Microsoft Graph|Channel.ReadBasic.All');
  });

  it('has no Feature XML element manifests (lists are provisioned from code)', () => {
    expect(names.filter((n) => /elements\.xml$|schema\.xml$/i.test(n))).toEqual([]);
  });

  it('carries the Teams icons of every web part, byte for byte', async () => {
    for (const s of sources) {
      for (const kind of ['color', 'outline']) {
        const file = `ClientSideAssets/${s.id}_${kind}.png`;
        expect(names).toContain(file);
        const packed = await zip.file(file)!.async('nodebuffer');
        expect(packed.equals(fs.readFileSync(path.join(root, 'teams', `${s.id}_${kind}.png`)))).toBe(true);
      }
    }
  });

  it('holds the one shared bundle, the loc file and the current lazy chunks, nothing stale, and reports sizes', async () => {
    expect(bundles).toEqual([BUNDLE]);
    expect(sources).toHaveLength(4);
    const js = names.filter((n) => n.startsWith('ClientSideAssets/') && n.endsWith('.js')).map((n) => n.substring('ClientSideAssets/'.length));
    const loc = js.filter((n) => /^PmoHubStrings_[a-z]{2}-[a-z]{2}_[0-9a-f]+\.js$/i.test(n));
    expect(loc.map((n) => n.split('_')[1]).sort()).toEqual(['de-de', 'en-us']);
    const sizes: Record<string, { file: string; raw: number; gzip: number }> = {};
    const files = js.filter((n) => new RegExp(`^${BUNDLE}_[0-9a-f]+\\.js$`).test(n));
    expect(files).toHaveLength(1);
    const main = await zip.file(`ClientSideAssets/${files[0]}`)!.async('nodebuffer');
    sizes[BUNDLE] = { file: files[0], raw: main.length, gzip: zlib.gzipSync(main, { level: 9 }).length };
    // Lazy chunks (webpackChunkName, e.g. the Excel export): one file per chunk name, and only one the
    // current bundle loads (its runtime carries the chunk's content hash), so an old chunk fails here.
    const bundleText = main.toString('utf8');
    const chunks = js.filter((n) => /^chunk\./.test(n));
    for (const c of chunks) {
      const m = /^chunk\.([\w-]+)_([0-9a-f]+)\.js$/.exec(c);
      expect({ chunk: c, named: !!m }).toEqual({ chunk: c, named: true });
      expect(chunks.filter((o) => o.startsWith(`chunk.${m![1]}_`))).toEqual([c]);
      expect({ chunk: c, loadedByTheBundle: bundleText.includes(m![2]) }).toEqual({ chunk: c, loadedByTheBundle: true });
      const buf = await zip.file(`ClientSideAssets/${c}`)!.async('nodebuffer');
      sizes[`chunk.${m![1]} (lazy)`] = { file: c, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    }
    // Each web part's view and the heavy parts are chunks of their own (webparts/common/lazyView, export, forms, charts).
    for (const name of ['pmo-portfolio', 'pmo-register', 'pmo-project', 'pmo-meetings', 'pmo-export', 'pmo-csv', 'pmo-project-form', 'pmo-record-panel', 'pmo-burn-chart', 'pmo-status-panel', 'pmo-meeting-detail', 'pmo-project-records', 'pmo-sanitize', 'pmo-svc-projects', 'pmo-svc-portfolio', 'pmo-svc-meetings', 'pmo-svc-publish', 'pmo-setup']) {
      expect({ name, chunk: chunks.some((c) => c.startsWith(`chunk.${name}_`)) }).toEqual({ name, chunk: true });
    }
    const known = new Set([...loc, ...Object.values(sizes).map((s) => s.file)]);
    expect(js.filter((n) => !known.has(n))).toEqual([]);
    // Each web part's manifest loads the bundle that is in the package, under an export of its own.
    const exportNames = new Set<string>();
    for (const s of sources) {
      const m = componentManifests.get(s.id)!;
      expect(m.loaderConfig.entryModuleId).toBe(BUNDLE);
      expect(m.loaderConfig.scriptResources[BUNDLE].path).toBe(files[0]);
      expect(m.loaderConfig.exportName).toBeTruthy();
      exportNames.add(m.loaderConfig.exportName!);
    }
    expect(exportNames.size).toBe(sources.length);
    // eslint-disable-next-line no-console -- reason: the benchmarks doc records these figures
    console.log(
      'bundle and lazy chunks (bytes):\n' +
        Object.entries(sizes).map(([b, s]) => `  ${b.padEnd(32)} raw ${String(s.raw).padStart(8)}  gzip -9 ${String(s.gzip).padStart(7)}  ${s.file}`).join('\n') +
        `\n  .sppkg ${fs.statSync(SPPKG).size}`
    );
  });
});
