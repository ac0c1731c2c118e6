/**
 * Cold start of the local page (issue 13): before any script runs, index.html shows a named, moving
 * progress indicator whose text comes from the page's strings module (local/page/strings.ts).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PageStrings } from '../../local/page/strings';

const root = path.resolve(__dirname, '..', '..');

function build(outdir: string): void {
  const script = `import(${JSON.stringify(path.join(root, 'local/page/build.mjs'))}).then((m) => m.buildPage({ outdir: ${JSON.stringify(outdir)}, quiet: true }))`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: 'pipe' });
}

describe('the local page before its bundle runs', () => {
  it('shows a progressbar labelled with PageStrings.BootLoading from first paint', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmo-page-'));
    try {
      build(outdir);
      const html = fs.readFileSync(path.join(outdir, 'index.html'), 'utf8');
      const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
      expect(root).toContain(`role="progressbar" aria-label="${PageStrings.BootLoading}"`);
      expect(root).toContain(`<span>${PageStrings.BootLoading}</span>`);
      expect(html).toMatch(/@keyframes pmo-boot-spin/);
      expect(html).not.toContain('{{');
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 180000);
});
