/**
 * The built package (run `npm run build` first): what an admin uploads to the app catalog must hold
 * the four web parts with their Teams hosts, the Graph permission requests, tenant-wide deployment,
 * the Teams icons, and only the current build's bundles (toolchain.md pitfall 3: stale bundles).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';

const root = path.resolve(__dirname, '../..');
const SPPKG = path.join(root, 'sharepoint/solution/pmo-hub.sppkg');
const config = JSON.parse(fs.readFileSync(path.join(root, 'config/config.json'), 'utf8'));
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution;
const bundles = Object.keys(config.bundles as Record<string, unknown>);
const sources = bundles.map((b) => JSON.parse(fs.readFileSync(path.join(root, config.bundles[b].components[0].manifest), 'utf8')) as { id: string; alias: string; supportedHosts: string[] });

interface IComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  supportedHosts: string[];
  supportsThemeVariants: boolean;
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string; paths?: Record<string, string> }> };
}

const unescapeXml = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

let zip: JSZip;
let names: string[];
let appManifest: string;
const componentManifests = new Map<string, IComponentManifest>();

beforeAll(async () => {
  if (!fs.existsSync(SPPKG)) throw new Error(`${SPPKG} is missing: run \`npm run build\` before the package tests`);
  zip = await JSZip.loadAsync(fs.readFileSync(SPPKG));
  names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  appManifest = await zip.file('AppManifest.xml')!.async('string');
  for (const n of names.filter((f) => /WebPart_[0-9a-f-]+\.xml$/i.test(f))) {
    const xml = await zip.file(n)!.async('string');
    const m = /ComponentManifest="([^"]*)"/.exec(xml);
    if (m) {
      const manifest = JSON.parse(unescapeXml(m[1])) as IComponentManifest;
      componentManifests.set(manifest.id, manifest);
    }
  }
});

describe('pmo-hub.sppkg', () => {
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

  it('holds exactly one bundle per web part, the loc file and the current lazy chunks, nothing stale, and reports sizes', async () => {
    const js = names.filter((n) => n.startsWith('ClientSideAssets/') && n.endsWith('.js')).map((n) => n.substring('ClientSideAssets/'.length));
    const loc = js.filter((n) => /^PmoHubStrings_[a-z]{2}-[a-z]{2}_[0-9a-f]+\.js$/i.test(n));
    expect(loc.map((n) => n.split('_')[1]).sort()).toEqual(['en-us']);
    const sizes: Record<string, { file: string; raw: number; gzip: number }> = {};
    for (const b of bundles) {
      const files = js.filter((n) => new RegExp(`^${b}_[0-9a-f]+\\.js$`).test(n));
      expect({ bundle: b, files: files.length }).toEqual({ bundle: b, files: 1 });
      const buf = await zip.file(`ClientSideAssets/${files[0]}`)!.async('nodebuffer');
      sizes[b] = { file: files[0], raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    }
    // Lazy chunks (webpackChunkName, e.g. the Excel export): one file per chunk name, and only one the
    // current bundles load (their runtime carries the chunk's content hash), so an old chunk fails here.
    const bundleText = (await Promise.all(Object.values(sizes).map((s) => zip.file(`ClientSideAssets/${s.file}`)!.async('string')))).join('\n');
    const chunks = js.filter((n) => /^chunk\./.test(n));
    for (const c of chunks) {
      const m = /^chunk\.([\w-]+)_([0-9a-f]+)\.js$/.exec(c);
      expect({ chunk: c, named: !!m }).toEqual({ chunk: c, named: true });
      expect(chunks.filter((o) => o.startsWith(`chunk.${m![1]}_`))).toEqual([c]);
      expect({ chunk: c, loadedByABundle: bundleText.includes(m![2]) }).toEqual({ chunk: c, loadedByABundle: true });
      const buf = await zip.file(`ClientSideAssets/${c}`)!.async('nodebuffer');
      sizes[`chunk.${m![1]} (lazy)`] = { file: c, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    }
    const known = new Set([...loc, ...Object.values(sizes).map((s) => s.file)]);
    expect(js.filter((n) => !known.has(n))).toEqual([]);
    // Each web part's manifest loads the bundle that is in the package, not an older one.
    for (const [i, s] of sources.entries()) {
      const m = componentManifests.get(s.id)!;
      expect(m.loaderConfig.entryModuleId).toBe(bundles[i]);
      expect(m.loaderConfig.scriptResources[bundles[i]].path).toBe(sizes[bundles[i]].file);
    }
    // eslint-disable-next-line no-console -- reason: the benchmarks doc records these figures
    console.log(
      'web part bundles (bytes):\n' +
        Object.entries(sizes).map(([b, s]) => `  ${b.padEnd(32)} raw ${String(s.raw).padStart(8)}  gzip -9 ${String(s.gzip).padStart(7)}  ${s.file}`).join('\n') +
        `\n  .sppkg ${fs.statSync(SPPKG).size}`
    );
  });
});
