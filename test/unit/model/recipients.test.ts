import { addressError, chosenMails, mergeRecipients, type IRecipient } from '../../../src/model/recipients';

describe('report recipients', () => {
  const base = mergeRecipients(mergeRecipients([], [{ mail: 'Sam@contoso.com', name: 'Sam Sponsor' }], 'sponsor'), [{ mail: 'pia@contoso.com', name: 'Pia PM' }, { mail: undefined, name: 'No mail' }], 'manager');

  it('lists the sponsor and the manager once each, skipping people without a mail', () => {
    expect(base).toEqual([
      { mail: 'Sam@contoso.com', name: 'Sam Sponsor', role: 'sponsor', chosen: true },
      { mail: 'pia@contoso.com', name: 'Pia PM', role: 'manager', chosen: true }
    ]);
  });
  it('adds group members after them without repeating someone already listed (any case)', () => {
    const list = mergeRecipients(base, [{ mail: 'sam@CONTOSO.com', name: 'Sam' }, { mail: 'lee@contoso.com' }], 'member');
    expect(list.map((r) => [r.mail, r.role])).toEqual([['Sam@contoso.com', 'sponsor'], ['pia@contoso.com', 'manager'], ['lee@contoso.com', 'member']]);
    expect(list[2].name).toBe('lee@contoso.com');
  });
  it('refuses addresses that are not plain mail addresses, and duplicates', () => {
    expect(addressError(base, 'someone')).toBe('ReportMailInvalidAddress');
    expect(addressError(base, 'a@b')).toBe('ReportMailInvalidAddress');
    expect(addressError(base, 'Eve <eve@contoso.com>')).toBe('ReportMailInvalidAddress');
    expect(addressError(base, ' PIA@contoso.com ')).toBe('ReportMailDuplicate');
    expect(addressError(base, 'new.person@fabrikam.co.uk')).toBeUndefined();
  });
  it('mails only the chosen', () => {
    const list: IRecipient[] = base.map((r, i) => ({ ...r, chosen: i === 1 }));
    expect(chosenMails(list)).toEqual(['pia@contoso.com']);
  });
});
