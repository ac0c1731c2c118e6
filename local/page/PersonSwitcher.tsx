import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { PageStrings, fmt } from './strings';
import { createSessionCache } from '../../src/services/sessionCache';

/** A demo person as GET /__pmo/people returns them (local/src/directory.ts). */
export interface LocalPerson {
  spId: number;
  displayName: string;
  mail: string;
  jobTitle: string;
  department: string;
  kind: string;
}

/** The cookie the local tenant reads to know who is signed in (local/src/server.ts resolveUser). */
export const USER_COOKIE = 'pmo_user';

export function signInAs(mail: string): void {
  // What views cached this session was read as the previous person: another person must not see it.
  createSessionCache('', window.sessionStorage).clear();
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(mail)}; Path=/; SameSite=Lax; Secure; Max-Age=31536000`;
  window.location.reload();
}

export interface IPersonSwitcherProps {
  people: LocalPerson[];
  current?: LocalPerson;
  /** Called with the chosen person's mail (defaults to setting the cookie and reloading). */
  onSwitch?: (mail: string) => void;
}

/**
 * "Acting as": the local tenant's stand-in for signing in. Choosing someone makes them /me in Graph
 * and the current user in SharePoint, so permissions and "my" views follow them.
 */
export const PersonSwitcher: React.FC<IPersonSwitcherProps> = ({ people, current, onSwitch = signInAs }) => {
  const options: IDropdownOption[] = people.map((p) => ({ key: p.mail, text: fmt(PageStrings.PersonOption, p.displayName, p.jobTitle), data: p }));
  return (
    <Dropdown
      label={PageStrings.PersonSwitcherLabel}
      ariaLabel={PageStrings.PersonSwitcherLabel}
      title={PageStrings.PersonSwitcherHint}
      options={options}
      selectedKey={current?.mail}
      onChange={(_e, option) => option && option.key !== current?.mail && onSwitch(String(option.key))}
      styles={{ root: { minWidth: 280 }, label: { color: 'inherit' } }}
    />
  );
};
