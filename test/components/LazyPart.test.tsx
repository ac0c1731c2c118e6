import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { LazyBoundary, lazyPart } from '../../src/components/common/LazyPart';

/** A load the test settles by hand, so the spinner can be seen before the part arrives. */
function deferredLoad(): { load: () => Promise<React.ComponentType<{ text: string }>>; settle: (ok: boolean) => void; calls: () => number } {
  let calls = 0;
  let settle: (ok: boolean) => void = () => undefined;
  const Part = ({ text }: { text: string }): React.ReactElement => <p>{text}</p>;
  return {
    load: () => {
      calls++;
      return new Promise((resolve, reject) => {
        settle = (ok) => (ok ? resolve(Part) : reject(new Error('ChunkLoadError: Loading chunk pmo-test failed.')));
      });
    },
    settle: (ok) => settle(ok),
    calls: () => calls
  };
}

describe('parts loaded on demand', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('loads nothing until active, shows a localized spinner while loading, then the part', async () => {
    const d = deferredLoad();
    const Part = lazyPart(d.load);
    const { rerender } = render(<LazyBoundary name="Test" active={false}><Part text="the form" /></LazyBoundary>);
    expect(d.calls()).toBe(0);
    expect(screen.queryByText(strings.PartLoading)).not.toBeInTheDocument();
    rerender(<LazyBoundary name="Test" active><Part text="the form" /></LazyBoundary>);
    expect(await screen.findByText(strings.PartLoading)).toBeInTheDocument();
    d.settle(true);
    expect(await screen.findByText('the form')).toBeInTheDocument();
    // Stays mounted once loaded (a panel closes as before).
    rerender(<LazyBoundary name="Test" active={false}><Part text="the form" /></LazyBoundary>);
    expect(screen.getByText('the form')).toBeInTheDocument();
    expect(d.calls()).toBe(1);
  });

  it('shows a localized error when the chunk fails, and tries again on Retry', async () => {
    const d = deferredLoad();
    const Part = lazyPart(d.load);
    const onDismiss = jest.fn();
    render(<LazyBoundary name="Test" overlay active onDismiss={onDismiss}><Part text="the form" /></LazyBoundary>);
    await screen.findByText(strings.PartLoading);
    d.settle(false);
    expect(await screen.findByText(strings.PartLoadFailed)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: strings.Retry }));
    await screen.findByText(strings.PartLoading);
    expect(d.calls()).toBe(2);
    d.settle(true);
    expect(await screen.findByText('the form')).toBeInTheDocument();
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('closes on dismissing the error and loads again only when next active', async () => {
    const d = deferredLoad();
    const Part = lazyPart(d.load);
    function Host(): React.ReactElement {
      const [open, setOpen] = React.useState(true);
      return (
        <>
          <button onClick={() => setOpen(true)}>open</button>
          <LazyBoundary name="Test" overlay active={open} onDismiss={() => setOpen(false)}>
            <Part text="the form" />
          </LazyBoundary>
        </>
      );
    }
    render(<Host />);
    await screen.findByText(strings.PartLoading);
    d.settle(false);
    await screen.findByText(strings.PartLoadFailed);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: strings.Close }));
    expect(screen.queryByText(strings.PartLoadFailed)).not.toBeInTheDocument();
    expect(screen.queryByText(strings.PartLoading)).not.toBeInTheDocument();
    expect(d.calls()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'open' }));
    await screen.findByText(strings.PartLoading);
    expect(d.calls()).toBe(2);
    d.settle(true);
    expect(await screen.findByText('the form')).toBeInTheDocument();
  });
});
