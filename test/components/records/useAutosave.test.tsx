/**
 * The records framework's autosave mode on a fake repository with SharePoint's IF-Match rules and
 * fake timers: one write a pause after the last change, one write at a time, drafts that hold only
 * what is unsaved and survive a remount, a 412 that waits for the person's choice, and no write when
 * nothing changed or the merge equals the server's version.
 */
import * as React from 'react';
import { act, render } from '@testing-library/react';
import { AUTOSAVE_MS, useAutosave } from '../../../src/components/records/useAutosave';
import type { IAutosave, IAutosaveOptions } from '../../../src/components/records/types';
import { draftKey, readDraft } from '../../../src/components/records/useDraft';
import { pause, settle, useAutosaveClock } from './autosaveClock';
import type { IConflictField } from '../../../src/components/records/ConflictDialog';
import { AppError } from '../../../src/services/errors';
import { FakeRecordRepository } from '../../fakes';

interface INote {
  id: number;
  etag: string;
  projectId: number;
  title: string;
}
type Values = { title: string };

const fields: IConflictField<Values>[] = [{ key: 'title', label: 'Title' }];
const keyOf = (n: INote | undefined): string => (n ? draftKey('note', n.id) : draftKey('note'));

function setup(items: INote[] = [], start: { record?: INote; values?: Values } = { values: { title: '' } }) {
  const repo = new FakeRecordRepository<INote, Values>(items, (d, id, etag) => ({ ...d, id, etag, projectId: 1 }));
  const saved: INote[] = [];
  const options: IAutosaveOptions<INote, Values> = {
    name: 'note',
    draftKey: keyOf,
    toValues: (n) => ({ title: n.title }),
    conflictFields: fields,
    create: (v) => repo.create(v),
    update: (n, v, etag) => repo.update(n.id, v, etag),
    onSaved: (n) => saved.push(n)
  };
  let latest: IAutosave<INote, Values> | undefined;
  function Probe(): null {
    latest = useAutosave(options, start);
    return null;
  }
  const r = render(<Probe />);
  return { repo, saved, ed: () => latest!, unmount: r.unmount, remount: () => render(<Probe />) };
}

const clock = useAutosaveClock();

describe('useAutosave', () => {
  it('writes once a pause after the last change, creates then updates with the new ETag, and drops the draft once saved', async () => {
    const { repo, saved, ed } = setup();
    act(() => ed().change({ title: 'M' }));
    act(() => ed().change({ title: 'Mi' }));
    // Every keystroke is in the draft at once; the list is written only after the pause.
    expect(readDraft<Values>(keyOf(undefined))?.value).toEqual({ title: 'Mi' });
    expect(ed().saveState).toBe('pending');
    await pause(AUTOSAVE_MS - 1);
    expect(repo.calls).toEqual([]);
    await pause(1);
    expect(repo.callsOf('create')).toEqual([[{ title: 'Mi' }]]);
    expect(ed().saveState).toBe('saved');
    expect(ed().record).toMatchObject({ id: 1, etag: '"1"' });
    expect(saved.map((n) => n.etag)).toEqual(['"1"']);
    expect(readDraft(keyOf(undefined))).toBeUndefined();

    act(() => ed().change({ title: 'Minutes' }));
    expect(readDraft<Values>(draftKey('note', 1))?.value).toEqual({ title: 'Minutes' });
    await pause();
    expect(repo.callsOf('update')).toEqual([[1, { title: 'Minutes' }, '"1"']]);
    expect(repo.items[0]).toMatchObject({ title: 'Minutes', etag: '"2"' });
    expect(readDraft(draftKey('note', 1))).toBeUndefined();
  });

  it('sends one write at a time: a change during a create becomes an update, never a second create, and its draft is kept', async () => {
    const { repo, ed } = setup();
    repo.pause();
    act(() => ed().change({ title: 'first' }));
    await pause();
    act(() => ed().change({ title: 'second' }));
    await pause();
    expect(repo.calls.map((c) => c.method)).toEqual(['create']);
    // The create answers; the update that follows is held.
    repo.resume();
    repo.pause();
    await settle();
    // What was typed during the create is not lost if the page closes now: it is in the saved record's draft.
    expect(readDraft<Values>(draftKey('note', 1))).toMatchObject({ value: { title: 'second' }, etag: '"1"' });
    repo.resume();
    await settle();
    expect(repo.calls.map((c) => c.method)).toEqual(['create', 'update']);
    expect(repo.items).toHaveLength(1);
    expect(repo.items[0]).toMatchObject({ title: 'second', etag: '"2"' });
  });

  it('on a 412 stops writing and offers the conflict; the chosen merge is written with the server ETag', async () => {
    const note: INote = { id: 4, etag: '"3"', projectId: 1, title: 'agreed' };
    const { repo, ed } = setup([note], { record: note, values: { title: 'agreed' } });
    repo.serverEdit(4, { title: 'theirs' });
    act(() => ed().change({ title: 'mine' }));
    await pause();
    expect(ed().conflict).toMatchObject({ base: { title: 'agreed' }, mine: { title: 'mine' }, theirs: { title: 'theirs' }, etag: '"4"' });
    expect(ed().saveState).toBe('error');
    // Nothing overwrites theirs while the person has not chosen, not even a flush (publishing).
    act(() => ed().change({ title: 'mine, more' }));
    await pause();
    await act(async () => {
      await expect(ed().flush()).resolves.toBeUndefined();
    });
    expect(repo.callsOf('update')).toHaveLength(1);
    expect(repo.items[0].title).toBe('theirs');

    await act(() => ed().resolveConflict({ title: 'merged' }, '"4"'));
    expect(repo.callsOf('update')[1]).toEqual([4, { title: 'merged' }, '"4"']);
    expect(ed().conflict).toBeUndefined();
    expect(ed()).toMatchObject({ saveState: 'saved', values: { title: 'merged' }, record: { etag: '"5"' } });
  });

  it('writes nothing when the merge equals the server version, and a flush with no change writes nothing', async () => {
    const note: INote = { id: 4, etag: '"3"', projectId: 1, title: 'agreed' };
    const { repo, ed, saved } = setup([note], { record: note, values: { title: 'agreed' } });
    repo.serverEdit(4, { title: 'theirs' });
    act(() => ed().change({ title: 'mine' }));
    await pause();
    await act(() => ed().resolveConflict({ title: 'theirs' }, '"4"'));
    expect(repo.callsOf('update')).toHaveLength(1);
    expect(ed()).toMatchObject({ conflict: undefined, saveState: 'saved', record: { etag: '"4"' } });
    expect(saved.map((n) => n.title)).toEqual(['theirs']);
    await act(async () => {
      await expect(ed().flush()).resolves.toMatchObject({ etag: '"4"' });
    });
    expect(repo.callsOf('update')).toHaveLength(1);
  });

  it('keeps the values after a failed write, says why, logs it once, and the next change writes again', async () => {
    const { repo, ed } = setup();
    repo.failNext('create', new AppError('unknown', 'boom', { status: 500 }));
    act(() => ed().change({ title: 'kept' }));
    await pause();
    expect(ed()).toMatchObject({ saveState: 'error', values: { title: 'kept' } });
    expect(ed().saveError).toBeTruthy();
    expect(clock.errors()).toHaveBeenCalledTimes(1);
    expect(readDraft<Values>(keyOf(undefined))?.value).toEqual({ title: 'kept' });
    act(() => ed().change({ title: 'kept!' }));
    await pause();
    expect(repo.items).toMatchObject([{ title: 'kept!' }]);
    expect(ed().saveError).toBeUndefined();
  });

  it('offers a draft left by a closed page; restored, it saves with the ETag it started from, so a later change is a conflict', async () => {
    const note: INote = { id: 4, etag: '"3"', projectId: 1, title: 'agreed' };
    const first = setup([note], { record: note, values: { title: 'agreed' } });
    first.repo.pause();
    act(() => first.ed().change({ title: 'typed before the crash' }));
    first.unmount();
    // The page closed before the write answered: the server moved on meanwhile.
    first.repo.items[0] = { ...note, title: 'theirs', etag: '"9"' };

    const second = setup([{ ...note, title: 'theirs', etag: '"9"' }], { record: { ...note, title: 'theirs', etag: '"9"' }, values: { title: 'theirs' } });
    expect(second.ed().pendingDraft).toMatchObject({ value: { title: 'typed before the crash' }, etag: '"3"' });
    act(() => second.ed().restoreDraft());
    expect(second.ed().values).toEqual({ title: 'typed before the crash' });
    await pause();
    expect(second.repo.callsOf('update')).toEqual([[4, { title: 'typed before the crash' }, '"3"']]);
    expect(second.ed().conflict).toMatchObject({ mine: { title: 'typed before the crash' }, theirs: { title: 'theirs' } });
    expect(second.repo.items[0].title).toBe('theirs');
  });

  it('stays closed until opened, and leaving within the pause still writes what was typed', async () => {
    const { repo, ed, unmount } = setup([], {});
    expect(ed().values).toBeUndefined();
    act(() => ed().change({ title: 'ignored' }));
    act(() => ed().open({ title: '' }));
    act(() => ed().change({ title: 'typed, then Back' }));
    unmount();
    await settle();
    expect(repo.callsOf('create')).toEqual([[{ title: 'typed, then Back' }]]);
  });
});
