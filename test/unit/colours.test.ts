/**
 * @jest-environment node
 */
/**
 * No hard-coded colours in src: every colour comes from the Fluent theme the component gets (useTheme(),
 * src/components/common/themeColors.ts for the domain's status colours), so the Teams default, dark and
 * high-contrast themes recolour everything, charts included (issue 14). The test reads the sources as
 * text and names each literal as file:line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { healthColors, healthTints, milestoneColors, seriesColors, severityTints } from '../../src/components/common/themeColors';
import { teamsTheme } from '../../src/webparts/common/theme';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const EXTENSIONS = /\.(ts|tsx|scss|css)$/;

/**
 * The only files allowed to spell colours, each with why it cannot take them from the theme.
 * Keep it tiny: a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: Record<string, string> = {
  'src/webparts/common/theme.ts': 'the Teams default, dark and high-contrast palettes themselves: this is where theme colours are defined',
  'src/services/presentation/deckColors.ts':
    "the steering deck's PowerPoint colours: a file people open and print outside the web part, so it cannot follow the viewer's Teams theme"
};

// CSS named colours (CSS Color 4), matched in lower case only: 'Red', 'Green' and 'Amber' are health values.
// 'transparent', 'currentcolor' and 'inherit' are keywords that do not fix a colour and are not listed.
const NAMED = ['aliceblue', 'antiquewhite', 'aqua', 'aquamarine', 'azure', 'beige', 'bisque', 'black', 'blanchedalmond', 'blue', 'blueviolet', 'brown',
  'burlywood', 'cadetblue', 'chartreuse', 'chocolate', 'coral', 'cornflowerblue', 'cornsilk', 'crimson', 'cyan', 'darkblue', 'darkcyan', 'darkgoldenrod',
  'darkgray', 'darkgreen', 'darkgrey', 'darkkhaki', 'darkmagenta', 'darkolivegreen', 'darkorange', 'darkorchid', 'darkred', 'darksalmon', 'darkseagreen',
  'darkslateblue', 'darkslategray', 'darkslategrey', 'darkturquoise', 'darkviolet', 'deeppink', 'deepskyblue', 'dimgray', 'dimgrey', 'dodgerblue',
  'firebrick', 'floralwhite', 'forestgreen', 'fuchsia', 'gainsboro', 'ghostwhite', 'gold', 'goldenrod', 'gray', 'green', 'greenyellow', 'grey', 'honeydew',
  'hotpink', 'indianred', 'indigo', 'ivory', 'khaki', 'lavender', 'lavenderblush', 'lawngreen', 'lemonchiffon', 'lightblue', 'lightcoral', 'lightcyan',
  'lightgoldenrodyellow', 'lightgray', 'lightgreen', 'lightgrey', 'lightpink', 'lightsalmon', 'lightseagreen', 'lightskyblue', 'lightslategray',
  'lightslategrey', 'lightsteelblue', 'lightyellow', 'lime', 'limegreen', 'linen', 'magenta', 'maroon', 'mediumaquamarine', 'mediumblue', 'mediumorchid',
  'mediumpurple', 'mediumseagreen', 'mediumslateblue', 'mediumspringgreen', 'mediumturquoise', 'mediumvioletred', 'midnightblue', 'mintcream', 'mistyrose',
  'moccasin', 'navajowhite', 'navy', 'oldlace', 'olive', 'olivedrab', 'orange', 'orangered', 'orchid', 'palegoldenrod', 'palegreen', 'paleturquoise',
  'palevioletred', 'papayawhip', 'peachpuff', 'peru', 'pink', 'plum', 'powderblue', 'purple', 'rebeccapurple', 'red', 'rosybrown', 'royalblue',
  'saddlebrown', 'salmon', 'sandybrown', 'seagreen', 'seashell', 'sienna', 'silver', 'skyblue', 'slateblue', 'slategray', 'slategrey', 'snow',
  'springgreen', 'steelblue', 'tan', 'teal', 'thistle', 'tomato', 'turquoise', 'violet', 'wheat', 'white', 'whitesmoke', 'yellow', 'yellowgreen'].join('|');

const RULES: Array<[string, RegExp, 'all' | 'css']> = [
  ['hex colour', /(^|[\s'"`(:,=])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})(?![\w-])/, 'all'],
  ['colour function', /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\bcolor\(\s*(?:srgb|display-p3|a98-rgb|prophoto-rgb|rec2020|xyz)/i, 'all'],
  // Office formats (pptxgenjs, exceljs, docx) take bare hex: '1B3A57', 'FFC8C6C4'.
  ['bare hex colour', /['"`](?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})['"`]/, 'all'],
  // A named colour as a whole word of a string literal ('white', `1px solid gray`), or in a stylesheet's declaration.
  ['named colour', new RegExp(`(['"\`])(?:[^'"\`\\n]*?[\\s,(])?(?:${NAMED})(?:[\\s,;)!][^'"\`\\n]*?)?\\1`), 'all'],
  ['named colour', new RegExp(`[\\w-]*(?:color|background|border|fill|stroke|outline|shadow)[\\w-]*\\s*:\\s*[^;{}]*\\b(?:${NAMED})\\b(?![\\w-])`), 'css']
];

/** The line without its comment: a whole-line comment, a JSDoc line, or a trailing `// …` after code. */
export function code(line: string): string {
  const t = line.trim();
  if (t.startsWith('//') || t.startsWith('/*') || t.startsWith('*')) return '';
  return line.replace(/\s\/\/\s.*$/, '').replace(/\/\*.*?\*\//g, '');
}

/** Every colour literal of a source text, as "line: kind: text"; `stylesheet` for .scss/.css. */
export function colourLiterals(text: string, stylesheet = false): string[] {
  const found: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const c = code(line);
    for (const [kind, rule, where] of RULES) {
      if ((where === 'all' || stylesheet) && rule.test(c)) {
        found.push(`${i + 1}: ${kind}: ${line.trim()}`);
        break;
      }
    }
  });
  return found;
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce<string[]>((all, e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return all.concat(sources(p));
    return EXTENSIONS.test(e.name) ? all.concat(p) : all;
  }, []);
}

const relative = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

describe('colours come from the theme', () => {
  it('finds no colour literal in src/**/*.{ts,tsx,scss,css} outside the allowlist', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const offences = files
      .filter((f) => !ALLOWED[relative(f)])
      .reduce<string[]>((all, f) => all.concat(colourLiterals(fs.readFileSync(f, 'utf8'), /\.s?css$/.test(f)).map((hit) => `${relative(f)}:${hit}`)), []);
    expect(offences).toEqual([]);
  });

  it('keeps the allowlist to files that exist and do hold colours', () => {
    for (const file of Object.keys(ALLOWED)) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect({ file, colours: colourLiterals(text).length > 0 }).toEqual({ file, colours: true });
    }
  });

  it('recognises each kind of literal, and not the words around it', () => {
    const hits = (line: string): number => colourLiterals(line).length;
    const cssHits = (line: string): number => colourLiterals(line, true).length;
    expect(hits("const a = { color: '#a4262c' };")).toBe(1);
    expect(hits('<line stroke="#e1dfdd" />')).toBe(1);
    expect(hits("border: '1px solid #ddd',")).toBe(1);
    expect(hits('background: rgba(0, 0, 0, 0.4);')).toBe(1);
    expect(hits("fill: { color: '1B3A57' }")).toBe(1);
    expect(hits("background: COLORS[h] ?? 'gray',")).toBe(1);
    expect(hits('border: `4px solid red`,')).toBe(1);
    expect(cssHits('.title { color: white; }')).toBe(1);
    expect(cssHits('  border-left: 4px solid darkred;')).toBe(1);
    expect(hits("color: v < 0 ? theme.palette.red : theme.palette.themePrimary,")).toBe(0);
    expect(hits('return { x: m.month, y: v, color: color(v) };')).toBe(0);
    expect(hits("const HEALTH = ['Green', 'Amber', 'Red'];")).toBe(0);
    expect(hits('// SharePoint accepts it (PnP-JS-Core#376)')).toBe(0);
    expect(hits(" * (an attendee's filter is 403: microsoft-graph-docs-contrib#436)")).toBe(0);
    expect(hits("const c = theme.palette.red; const id = '#pmo-root';")).toBe(0);
    expect(hits("color: 'transparent', background: 'inherit'")).toBe(0);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [lo, hi] = [lum(a), lum(b)].sort((x, y) => x - y);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['default', 'dark', 'contrast'])('the status and chart colours in the Teams %s theme', (name) => {
  const theme = teamsTheme(name);
  const background = theme.semanticColors.bodyBackground;
  const text = theme.semanticColors.bodyText;

  it('draws health, milestones and chart series at 3:1 or more against the background (WCAG 1.4.11)', () => {
    const marks = { ...healthColors(theme), ...milestoneColors(theme) };
    seriesColors(theme).forEach((c, i) => (marks[`series${i}` as keyof typeof marks] = c));
    const weak = Object.keys(marks).filter((k) => contrast(marks[k as keyof typeof marks].toLowerCase(), background) < 3);
    expect(weak).toEqual([]);
  });

  it('keeps body text at 4.5:1 or more on every tint (WCAG 1.4.3)', () => {
    const tints = { ...healthTints(theme), ...severityTints(theme) };
    const weak = Object.keys(tints).filter((k) => contrast(tints[k as keyof typeof tints].toLowerCase(), text) < 4.5);
    expect(weak).toEqual([]);
  });

  it('tells Red, Amber and Green apart', () => {
    const h = healthColors(theme);
    expect(new Set([h.Red, h.Amber, h.Green].map((c) => c.toLowerCase())).size).toBe(3);
  });
});
