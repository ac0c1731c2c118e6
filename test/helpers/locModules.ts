import * as fs from 'fs';
import * as path from 'path';

/** A language's strings from its AMD loc module (src/loc/<lang>.js), as SPFx's loader would define it. */
export function loadLocModule(lang: string): IPmoHubStrings {
  let strings: IPmoHubStrings | undefined;
  const source = fs.readFileSync(path.join(__dirname, '../../src/loc', `${lang}.js`), 'utf8');
  // eslint-disable-next-line no-new-func -- reason: evaluate the AMD module with a local define()
  new Function('define', source)((_deps: unknown, factory: () => IPmoHubStrings) => {
    strings = factory();
  });
  if (!strings) throw new Error(`src/loc/${lang}.js defined nothing`);
  return strings;
}
