import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { pageLanguage, switchLanguage, type PageLanguage } from './language';
import { PageStrings } from './strings';

const NAMES: Record<PageLanguage, string> = { 'en-us': PageStrings.LanguageEnglish, 'de-de': PageStrings.LanguageGerman };

/**
 * The local stand-in for the UI language a SharePoint person sets in their profile: choosing one reloads
 * the page with ?lang=…, so the web parts get that language's loc module and formats, as SPFx gives them.
 */
export const LanguageSwitcher: React.FC<{ onSwitch?: (lang: PageLanguage) => void }> = ({ onSwitch = switchLanguage }) => {
  const current = pageLanguage();
  const options: IDropdownOption[] = (Object.keys(NAMES) as PageLanguage[]).map((l) => ({ key: l, text: NAMES[l], lang: l.slice(0, 2) }) as IDropdownOption);
  return (
    <Dropdown
      label={PageStrings.LanguageLabel}
      options={options}
      selectedKey={current}
      onChange={(_e, option) => option && option.key !== current && onSwitch(option.key as PageLanguage)}
      styles={{ root: { minWidth: 180 }, label: { color: 'inherit' } }}
    />
  );
};
