/**
 * Reads the built package (sharepoint/solution/pmo-hub.sppkg, from `npm run build`) as SharePoint's
 * app catalog does: the web part manifests embedded in the feature's WebPart XML and the files under
 * ClientSideAssets/ (the bundles, lazy chunks and loc files SharePoint serves).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const SPPKG = path.resolve(__dirname, '../../sharepoint/solution/pmo-hub.sppkg');

export interface IScriptResource {
  type: string;
  path?: string;
  id?: string;
  version?: string;
  defaultPath?: string;
  paths?: Record<string, string>;
}

export interface IComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  supportedHosts: string[];
  supportsThemeVariants: boolean;
  loaderConfig: { entryModuleId: string; exportName?: string; scriptResources: Record<string, IScriptResource> };
}

export interface IPackage {
  zip: JSZip;
  /** Every file's path in the package. */
  names: string[];
  /** Web part manifests by component id. */
  manifests: Map<string, IComponentManifest>;
  /** ClientSideAssets/ files by name. */
  assets: Map<string, Buffer>;
}

const unescapeXml = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export async function readPackage(): Promise<IPackage> {
  if (!fs.existsSync(SPPKG)) throw new Error(`${SPPKG} is missing: run \`npm run build\` before the package tests`);
  const zip = await JSZip.loadAsync(fs.readFileSync(SPPKG));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const manifests = new Map<string, IComponentManifest>();
  for (const n of names.filter((f) => /WebPart_[0-9a-f-]+\.xml$/i.test(f))) {
    const m = /ComponentManifest="([^"]*)"/.exec(await zip.file(n)!.async('string'));
    if (m) {
      const manifest = JSON.parse(unescapeXml(m[1])) as IComponentManifest;
      manifests.set(manifest.id, manifest);
    }
  }
  const assets = new Map<string, Buffer>();
  for (const n of names.filter((f) => f.startsWith('ClientSideAssets/'))) assets.set(n.substring('ClientSideAssets/'.length), await zip.file(n)!.async('nodebuffer'));
  return { zip, names, manifests, assets };
}
