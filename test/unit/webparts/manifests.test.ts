import * as fs from 'fs';
import * as path from 'path';

// The source side of the package contract: config.json bundles, web part manifests and Teams icons
// agree with each other (test/package checks what actually lands in the .sppkg).
const root = path.resolve(__dirname, '../../..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'config/config.json'), 'utf8'));
const solution = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8')).solution;

interface IManifest {
  id: string;
  alias: string;
  componentType: string;
  supportedHosts: string[];
  supportsThemeVariants: boolean;
  preconfiguredEntries: { group: Record<string, string>; title: Record<string, string>; description: Record<string, string>; officeFabricIconFontName: string }[];
}

const entries = Object.entries(config.bundles as Record<string, { components: { entrypoint: string; manifest: string }[] }>).flatMap(([bundle, b]) =>
  b.components.map((c) => ({ bundle, ...c, json: JSON.parse(fs.readFileSync(path.join(root, c.manifest), 'utf8')) as IManifest }))
);

/** Width and height from a PNG's IHDR, and whether it has an alpha channel (colour type 6). */
function pngInfo(file: string): { width: number; height: number; alpha: boolean } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), alpha: b[25] === 6 };
}

describe('web part manifests', () => {
  it('has the four PMO web parts in one shared bundle (shared code loads once per page), with distinct ids', () => {
    expect(entries.map((e) => e.json.alias).sort()).toEqual(['PmoMeetingsWebPart', 'PmoPortfolioWebPart', 'PmoProjectRegisterWebPart', 'PmoProjectWebPart']);
    expect(new Set(entries.map((e) => e.json.id)).size).toBe(4);
    expect(new Set(entries.map((e) => e.bundle))).toEqual(new Set(['pmo-hub-web-parts']));
  });

  it.each(entries.map((e) => [e.json.alias, e] as const))('%s: entrypoint, hosts, theme variants and toolbox entry', (_alias, e) => {
    const m = e.json;
    expect(m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(m.componentType).toBe('WebPart');
    expect(e.entrypoint).toBe(`./lib/webparts/${path.basename(path.dirname(e.manifest))}/${m.alias}.js`);
    expect(fs.existsSync(path.join(root, e.manifest.replace('.manifest.json', '.ts')))).toBe(true);
    expect(m.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    // TeamsMeetingApp next to a tab type is a package-solution error (toolchain.md pitfall 13).
    expect(m.supportedHosts).not.toContain('TeamsMeetingApp');
    expect(m.supportsThemeVariants).toBe(true);
    expect(m.preconfiguredEntries[0].group.default).toBe('PMO Hub');
    expect(m.preconfiguredEntries[0].title.default).toMatch(/^PMO /);
    expect(m.preconfiguredEntries[0].officeFabricIconFontName).toBeTruthy();
  });

  // SPFx reads a localized manifest string as { default, <culture>: … } and shows the page's UI culture
  // (learn.microsoft.com/sharepoint/dev/spfx/web-parts/guidance/localize-web-parts); Teams takes the app's
  // name and description from the same entry when it generates the app.
  it.each(entries.map((e) => [e.json.alias, e] as const))('%s: toolbox and Teams name and description in German', (_alias, e) => {
    const entry = e.json.preconfiguredEntries[0];
    for (const text of [entry.title, entry.description]) {
      expect(text['de-DE']).toBeTruthy();
      expect(text['de-DE']).not.toBe(text.default);
    }
    expect(entry.group['de-DE']).toBe('PMO Hub');
  });

  it('describes the solution in German too', () => {
    for (const text of [solution.metadata.shortDescription, solution.metadata.longDescription]) {
      expect(text['de-DE']).toBeTruthy();
      expect(text['de-DE']).not.toBe(text.default);
    }
  });

  it.each(entries.map((e) => [e.json.alias, e.json.id] as const))('%s: has Teams icons of the right size', (_alias, id) => {
    expect(pngInfo(path.join(root, 'teams', `${id}_color.png`))).toMatchObject({ width: 192, height: 192 });
    expect(pngInfo(path.join(root, 'teams', `${id}_outline.png`))).toEqual({ width: 32, height: 32, alpha: true });
  });

  it('has no stray files in teams/ (everything there is copied into the package)', () => {
    const expected = entries.flatMap((e) => [`${e.json.id}_color.png`, `${e.json.id}_outline.png`]).sort();
    expect(fs.readdirSync(path.join(root, 'teams')).sort()).toEqual(expected);
  });

  it('deploys tenant-wide without Feature XML (lists are provisioned from code)', () => {
    expect(solution.skipFeatureDeployment).toBe(true);
    expect(solution.features).toBeUndefined();
    expect(solution.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});
