import type * as React from 'react';
import type { IProvisioningReport, IProvisioningStep } from '../../services/types';

/** Where the provisioning offer stands. */
export type SetupPhase =
  /** Asking the site which lists and fields are missing. */
  | 'checking'
  /** Lists or fields are missing; the offer is shown. */
  | 'missing'
  /** ensure() is running; progress and the step log are shown. */
  | 'running'
  /** Nothing is missing (or setup finished); the children render. */
  | 'ready'
  /** The check or the setup failed; a localized message and a retry are shown. */
  | 'failed';

export interface ISetupState {
  phase: SetupPhase;
  /** What missing() reported, as the service names it (list titles, or "List/Field"). */
  missing: string[];
  /** Steps ensure() reported so far, in order. */
  steps: IProvisioningStep[];
  done: number;
  total: number;
  /** Set when setup ran in this session: what it changed. */
  report?: IProvisioningReport;
  error?: unknown;
  /** Which call failed, so retry repeats the right one. */
  failedDuring?: 'check' | 'setup';
}

export interface ISetupGateProps {
  /** The web part's root, rendered once the PMO lists exist. */
  children?: React.ReactNode;
}
