/**
 * Every language of src/loc is complete: the same keys as en-us.js and mystrings.d.ts, the same {n}
 * placeholders, and real text rather than an English copy. The local page's own strings
 * (local/page/strings.ts) follow the same rules.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PageStrings, PageStringsByLanguage } from '../../../local/page/strings';
import { loadLocModule } from '../../helpers/locModules';

const locDir = path.join(__dirname, '../../../src/loc');

const loadAmd = (file: string): Record<string, string> => loadLocModule(path.basename(file, '.js')) as unknown as Record<string, string>;

/** The keys IPmoHubStrings declares (one `Name: string;` per line). */
function declaredKeys(): string[] {
  const source = fs.readFileSync(path.join(locDir, 'mystrings.d.ts'), 'utf8');
  const body = source.slice(source.indexOf('interface IPmoHubStrings'), source.indexOf("declare module 'PmoHubStrings'"));
  return Array.from(body.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:\s*string;/gm), (m) => m[1]);
}

/**
 * Words that are the same in every language we ship: product and list names, abbreviations of the
 * PMO trade (CPI, SPI, RAID) and words German took over as they are. An identical value passes only
 * when it is made of these, placeholders and punctuation.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['PMO', 'Hub', 'Costs', 'Meetings', 'RAID', 'CPI', 'SPI', 'BAC', 'EAC', 'Planner', 'Portfolio', 'Budget', 'Status', 'Phase', 'Person', 'OK', 'Teams', 'Desktop']);

function untranslated(english: Record<string, string>, other: Record<string, string>): string[] {
  return Object.keys(english).filter((key) => {
    if (other[key] !== english[key]) return false;
    const words = english[key].replace(/\{\d+\}/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return words.some((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
  });
}

const placeholders = (s: string): string => (s.match(/\{\d+\}/g) ?? []).sort().join(' ');

const languages = fs.readdirSync(locDir).filter((f) => /^[a-z]{2}-[a-z]{2}\.js$/.test(f) && f !== 'en-us.js');
const english = loadAmd(path.join(locDir, 'en-us.js'));

describe('src/loc', () => {
  it('ships a second language', () => {
    expect(languages).toContain('de-de.js');
  });

  it('en-us.js defines exactly the keys mystrings.d.ts declares', () => {
    expect(Object.keys(english).sort()).toEqual(declaredKeys().sort());
  });

  describe.each(languages)('%s', (file) => {
    const other = loadAmd(path.join(locDir, file));

    it('has every key of en-us.js and mystrings.d.ts, and no other', () => {
      const keys = new Set(Object.keys(other));
      expect(declaredKeys().filter((k) => !keys.has(k))).toEqual([]);
      expect(Object.keys(english).filter((k) => !keys.has(k))).toEqual([]);
      expect(Object.keys(other).filter((k) => !(k in english))).toEqual([]);
    });

    it('keeps the placeholders of every English text', () => {
      const differ = Object.keys(english).filter((k) => k in other && placeholders(english[k]) !== placeholders(other[k]));
      expect(differ).toEqual([]);
    });

    it('translates every text (no English copies beyond the shared words)', () => {
      expect(untranslated(english, other)).toEqual([]);
      expect(Object.keys(other).filter((k) => typeof other[k] !== 'string' || !other[k].trim())).toEqual([]);
    });
  });
});

describe('local/page/strings.ts', () => {
  const byLanguage = PageStringsByLanguage as Record<string, Record<string, string>>;
  it.each(Object.keys(byLanguage).filter((l) => l !== 'en-us'))('%s has every key of the English page strings, translated', (lang) => {
    const other = byLanguage[lang];
    const en = PageStrings as unknown as Record<string, string>;
    expect(Object.keys(en).filter((k) => !(k in other))).toEqual([]);
    expect(Object.keys(other).filter((k) => !(k in en))).toEqual([]);
    expect(untranslated(en, other)).toEqual([]);
  });

  it('has German', () => {
    expect(Object.keys(byLanguage)).toContain('de-de');
  });
});

describe('the completeness rule', () => {
  it('flags an English copy of a sentence but not a shared word', () => {
    const en = { A: 'Save the report', B: 'Status', C: 'PMO Costs', D: '{0} ({1})' };
    expect(untranslated(en, { A: 'Save the report', B: 'Status', C: 'PMO Costs', D: '{0} ({1})' })).toEqual(['A']);
  });
});
