import { conflictRows, defaultChoices, displayValue, mergeConflict, sameValue } from '../../../src/components/records/ConflictDialog';
import type { IConflict, IConflictField } from '../../../src/components/records/ConflictDialog';

interface IRisk {
  title: string;
  impact?: number;
  owner?: { id: number; title: string };
  notes: string;
  hidden: string;
}

const fields: IConflictField<IRisk>[] = [
  { key: 'title', label: 'Title' },
  { key: 'impact', label: 'Impact' },
  {
    key: 'owner',
    label: 'Owner',
    format: (v) => (v as IRisk['owner'])!.title,
    equals: (a, b) => (a as IRisk['owner'])?.id === (b as IRisk['owner'])?.id
  },
  { key: 'notes', label: 'Notes' }
];

const base: IRisk = { title: 'Late supplier', impact: 3, owner: { id: 1, title: 'Ada' }, notes: '', hidden: 'a' };

describe('conflict diff and merge', () => {
  const conflict: IConflict<IRisk> = {
    base,
    mine: { ...base, title: 'Late supplier (EU)', impact: 4, notes: undefined as unknown as string },
    theirs: { ...base, title: 'Supplier late', owner: { id: 2, title: 'Bob' }, hidden: 'b' },
    etag: '"7"'
  };

  it('lists only fields where yours and theirs differ, with who changed them', () => {
    const rows = conflictRows(conflict, fields);
    expect(rows.map((r) => [r.field.key, r.changedByMe, r.changedByThem, r.defaultSide])).toEqual([
      ['title', true, true, 'mine'],
      ['impact', true, false, 'mine'],
      ['owner', false, true, 'theirs']
    ]);
    // '' and undefined are both empty: no row for notes.
    expect(sameValue('', undefined)).toBe(true);
    expect(sameValue(0, undefined)).toBe(false);
  });

  it('merges from the server version, taking each differing field from the chosen side', () => {
    const choices = { ...defaultChoices(conflictRows(conflict, fields)), title: 'theirs' as const };
    expect(mergeConflict(conflict, choices)).toEqual({
      title: 'Supplier late',
      impact: 4,
      owner: { id: 2, title: 'Bob' },
      notes: '',
      // A field the dialog does not show keeps the server's value.
      hidden: 'b'
    });
  });

  it('formats values for display, empty as empty', () => {
    expect(displayValue(fields[2], conflict.theirs)).toBe('Bob');
    expect(displayValue(fields[3], conflict.mine)).toBe('');
    expect(displayValue(fields[1], conflict.mine)).toBe('4');
  });
});
