import * as React from 'react';
import { logError } from '../common/errorMessage';
import type { IProvisioningService, IProvisioningStep } from '../../services/types';
import type { ISessionCache } from '../../services/sessionCache';
import type { ISetupState } from './types';

export interface IUseSetupGate {
  state: ISetupState;
  /** Runs ensure(): creates the missing lists and fields, reporting each step. */
  setUp(): void;
  /** Repeats whatever failed (the check or the setup). */
  retry(): void;
}

const initial: ISetupState = { phase: 'checking', missing: [], steps: [], done: 0, total: 0 };
/** Session cache key: the lists were there earlier in this session. */
const READY_KEY = 'setup:ready';

/** Checks the site for the PMO lists once, and runs the provisioning when the person asks for it. */
export function useSetupGate(provisioning: IProvisioningService, session?: ISessionCache): IUseSetupGate {
  // Lists found earlier in this session: render at once (no request before the first paint) and check
  // in the background; the gate closes again if they have gone meanwhile.
  const [state, setState] = React.useState<ISetupState>(() => (session && session.get<boolean>(READY_KEY) ? { ...initial, phase: 'ready' } : initial));
  // Async results must not land after unmount (the web part may be disposed mid-request).
  const alive = React.useRef(true);
  React.useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const update = React.useCallback((patch: (s: ISetupState) => ISetupState): void => {
    if (alive.current) setState(patch);
  }, []);

  const check = React.useCallback(async (): Promise<void> => {
    update((s) => (s.phase === 'ready' ? s : initial));
    try {
      const missing = await provisioning.missing();
      if (session) session.set(READY_KEY, missing.length === 0);
      update((s) => ({ ...s, missing, phase: missing.length ? 'missing' : 'ready' }));
    } catch (error) {
      logError('SetupGate: missing()', error);
      // A background check of lists already known to be there leaves the view alone.
      update((s) => (s.phase === 'ready' ? s : { ...s, phase: 'failed', error, failedDuring: 'check' }));
    }
  }, [provisioning, session, update]);

  const setUp = React.useCallback((): void => {
    update((s) => ({ ...s, phase: 'running', steps: [], done: 0, total: 0, error: undefined, failedDuring: undefined }));
    const onProgress = (step: IProvisioningStep, done: number, total: number): void =>
      update((s) => ({ ...s, steps: [...s.steps, step], done, total }));
    provisioning.ensure(onProgress).then(
      (report) => {
        if (session) session.set(READY_KEY, true);
        update((s) => ({ ...s, phase: 'ready', report, missing: [] }));
      },
      (error: unknown) => {
        logError('SetupGate: ensure()', error);
        update((s) => ({ ...s, phase: 'failed', error, failedDuring: 'setup' }));
      }
    );
  }, [provisioning, session, update]);

  React.useEffect(() => {
    check().catch(() => undefined);
  }, [check]);

  const retry = React.useCallback((): void => {
    if (state.failedDuring === 'setup') setUp();
    else check().catch(() => undefined);
  }, [state.failedDuring, setUp, check]);

  return { state, setUp, retry };
}
