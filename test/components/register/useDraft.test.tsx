import * as React from 'react';
import { act, render } from '@testing-library/react';
import { draftKey, IDraftApi, readDraft, useDraft } from '../../../src/components/records/useDraft';

beforeEach(() => window.localStorage.clear());

function Probe({ k, onApi }: { k: string | undefined; onApi: (api: IDraftApi<{ a: string }>) => void }): null {
  onApi(useDraft<{ a: string }>(k));
  return null;
}

function mount(k: string | undefined): { api: () => IDraftApi<{ a: string }>; rerender: (k: string | undefined) => void; unmount: () => void } {
  let latest: IDraftApi<{ a: string }> | undefined;
  const onApi = (api: IDraftApi<{ a: string }>): void => {
    latest = api;
  };
  const r = render(<Probe k={k} onApi={onApi} />);
  return { api: () => latest!, rerender: (next) => r.rerender(<Probe k={next} onApi={onApi} />), unmount: r.unmount };
}

describe('useDraft', () => {
  it('names keys by kind and id', () => {
    expect(draftKey('project', 12)).toBe('pmo-draft:project:12');
    expect(draftKey('project')).toBe('pmo-draft:project:new');
  });

  it('stores values with the ETag and base, and offers them after a remount', () => {
    const first = mount('pmo-draft:t:1');
    expect(first.api().pending).toBeUndefined();
    act(() => first.api().save({ a: 'typed' }, { etag: '"4"', base: { a: 'orig' } }));
    first.unmount();

    const second = mount('pmo-draft:t:1');
    expect(second.api().pending).toMatchObject({ value: { a: 'typed' }, etag: '"4"', base: { a: 'orig' } });
    // While a draft is offered, new saves must not destroy it.
    act(() => second.api().save({ a: 'other' }));
    expect(readDraft<{ a: string }>('pmo-draft:t:1')!.value).toEqual({ a: 'typed' });
    let restored: unknown;
    act(() => {
      restored = second.api().restore();
    });
    expect(restored).toMatchObject({ value: { a: 'typed' } });
    expect(second.api().pending).toBeUndefined();
  });

  it('reads the draft of a newly opened record in the same render and clears on request', () => {
    window.localStorage.setItem('pmo-draft:t:2', JSON.stringify({ value: { a: 'two' }, savedAt: 'x' }));
    const m = mount(undefined);
    expect(m.api().pending).toBeUndefined();
    m.rerender('pmo-draft:t:2');
    expect(m.api().pending!.value).toEqual({ a: 'two' });
    act(() => m.api().clear());
    expect(window.localStorage.getItem('pmo-draft:t:2')).toBeNull();
    expect(m.api().pending).toBeUndefined();
  });

  it('ignores unreadable drafts and survives a storage that refuses writes', () => {
    window.localStorage.setItem('pmo-draft:t:3', '{not json');
    const m = mount('pmo-draft:t:3');
    expect(m.api().pending).toBeUndefined();
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      expect(() => act(() => m.api().save({ a: 'x' }))).not.toThrow();
    } finally {
      spy.mockRestore();
    }
  });
});
