/**
 * The clock of autosave tests: fake timers (the pause after the last change is what is tested, never
 * the wall clock), an empty localStorage (drafts) and console.error quiet (failures are logged once by
 * design) for each test of the file that calls useAutosaveClock().
 */
import { act } from '@testing-library/react';
import { AUTOSAVE_MS } from '../../../src/components/records/useAutosave';

/** Returns the console.error spy of the running test (a failure is logged once). */
export function useAutosaveClock(): { errors: () => jest.SpyInstance } {
  let errorSpy: jest.SpyInstance;
  beforeEach(() => {
    jest.useFakeTimers();
    window.localStorage.clear();
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    errorSpy.mockRestore();
  });
  return { errors: () => errorSpy };
}

/** Lets the fake's answers and the hook's continuations run. */
export const settle = (): Promise<void> =>
  act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });

/** `ms` pass (by default the autosave pause), then the answers settle. */
export const pause = async (ms: number = AUTOSAVE_MS): Promise<void> => {
  act(() => {
    jest.advanceTimersByTime(ms);
  });
  await settle();
};
