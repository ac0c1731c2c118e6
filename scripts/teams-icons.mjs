// Writes the Teams app icons SharePoint uses when it builds a Teams app from the package ("Sync to
// Teams"): teams/<componentId>_color.png (192x192, full colour) and teams/<componentId>_outline.png
// (32x32, white on transparent), for every web part whose manifest lists TeamsTab or TeamsPersonalApp.
// Plain Node (zlib) so it runs without ImageMagick: `node scripts/teams-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Glyphs are lists of rectangles [x0, y0, x1, y1] in a unit square; holes are cut with `cut`.
const GLYPHS = {
  // bar chart: the portfolio's status
  PmoPortfolioWebPart: { fill: [[0.08, 0.55, 0.3, 0.95], [0.39, 0.3, 0.61, 0.95], [0.7, 0.05, 0.92, 0.95]] },
  // bulleted list: the register
  PmoProjectRegisterWebPart: {
    fill: [[0.05, 0.1, 0.25, 0.3], [0.35, 0.13, 0.95, 0.27], [0.05, 0.4, 0.25, 0.6], [0.35, 0.43, 0.95, 0.57], [0.05, 0.7, 0.25, 0.9], [0.35, 0.73, 0.95, 0.87]]
  },
  // briefcase: one project
  PmoProjectWebPart: { fill: [[0.05, 0.28, 0.95, 0.92], [0.32, 0.08, 0.68, 0.3]], cut: [[0.43, 0.17, 0.57, 0.28], [0.05, 0.5, 0.95, 0.56]] },
  // calendar: meetings
  PmoMeetingsWebPart: {
    fill: [[0.05, 0.12, 0.95, 0.95], [0.22, 0.02, 0.32, 0.2], [0.68, 0.02, 0.78, 0.2]],
    cut: [[0.15, 0.38, 0.85, 0.85]],
    dots: [[0.22, 0.45, 0.38, 0.58], [0.42, 0.45, 0.58, 0.58], [0.62, 0.45, 0.78, 0.58], [0.22, 0.65, 0.38, 0.78], [0.42, 0.65, 0.58, 0.78]]
  }
};
const COLORS = { PmoPortfolioWebPart: [0x62, 0x64, 0xa7], PmoProjectRegisterWebPart: [0x0f, 0x6c, 0xbd], PmoProjectWebPart: [0x10, 0x7c, 0x10], PmoMeetingsWebPart: [0xc2, 0x39, 0xb3] };

const inside = (r, x, y) => x >= r[0] && x < r[2] && y >= r[1] && y < r[3];
function covered(glyph, x, y) {
  if ((glyph.dots ?? []).some((r) => inside(r, x, y))) return true;
  if ((glyph.cut ?? []).some((r) => inside(r, x, y))) return false;
  return glyph.fill.some((r) => inside(r, x, y));
}

/** RGBA pixels: glyph in white over `background` (or transparent), 4x4 supersampled edges. */
function draw(size, glyph, pad, background) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let hits = 0;
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const u = ((i + (si + 0.5) / S) / size - pad) / (1 - 2 * pad);
          const v = ((j + (sj + 0.5) / S) / size - pad) / (1 - 2 * pad);
          if (u >= 0 && u < 1 && v >= 0 && v < 1 && covered(glyph, u, v)) hits++;
        }
      }
      const a = hits / (S * S);
      const o = (j * size + i) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) px[o + c] = Math.round(background[c] * (1 - a) + 255 * a);
        px[o + 3] = 255;
      } else {
        px[o] = px[o + 1] = px[o + 2] = 255;
        px[o + 3] = Math.round(255 * a);
      }
    }
  }
  return px;
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** A truecolour+alpha PNG of size x size. */
export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const webparts = join(root, 'src', 'webparts');
const out = join(root, 'teams');
if (!existsSync(out)) mkdirSync(out);
for (const dir of readdirSync(webparts)) {
  for (const f of existsSync(join(webparts, dir)) ? readdirSync(join(webparts, dir)) : []) {
    if (!f.endsWith('.manifest.json')) continue;
    const m = JSON.parse(readFileSync(join(webparts, dir, f), 'utf8'));
    const hosts = m.supportedHosts ?? [];
    if (!hosts.includes('TeamsTab') && !hosts.includes('TeamsPersonalApp')) continue;
    const glyph = GLYPHS[m.alias];
    if (!glyph) throw new Error(`No Teams icon glyph for ${m.alias}; add one to scripts/teams-icons.mjs`);
    writeFileSync(join(out, `${m.id}_color.png`), png(192, draw(192, glyph, 0.25, COLORS[m.alias])));
    writeFileSync(join(out, `${m.id}_outline.png`), png(32, draw(32, glyph, 0.06, null)));
    console.log(`teams/${m.id}_{color,outline}.png  ${m.alias}`);
  }
}
