import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { SetupGate, describeStep } from '../../src/components/Setup';
import { ServicesProvider } from '../../src/components/common/ServicesContext';
import { AppError } from '../../src/services/errors';
import type { IPmoServices, IProvisioningReport, IProvisioningService, IProvisioningStep } from '../../src/services/types';

/** A provisioning service whose answers the test scripts; ensure() can be held open to see progress. */
class FakeProvisioning implements IProvisioningService {
  public missingAnswers: (string[] | Error)[] = [];
  public ensureCalls = 0;
  public steps: IProvisioningStep[] = [];
  public ensureError: Error | undefined;
  private release: (() => void) | undefined;
  public hold = false;

  public async missing(): Promise<string[]> {
    const next = this.missingAnswers.shift() ?? [];
    if (next instanceof Error) throw next;
    return next;
  }

  public async ensure(onProgress?: (step: IProvisioningStep, done: number, total: number) => void): Promise<IProvisioningReport> {
    this.ensureCalls++;
    const total = this.steps.length;
    for (let i = 0; i < this.steps.length; i++) {
      onProgress?.(this.steps[i], i + 1, total);
      if (i === 0 && this.hold) await new Promise<void>((r) => (this.release = r));
    }
    if (this.ensureError) throw this.ensureError;
    return { steps: this.steps, changes: this.steps.filter((s) => s.action !== 'unchanged').length };
  }

  public finish(): void {
    this.release?.();
  }
}

function renderGate(fake: FakeProvisioning): void {
  const services = { provisioning: fake } as unknown as IPmoServices;
  render(
    <ServicesProvider services={services}>
      <SetupGate>
        <p>register content</p>
      </SetupGate>
    </ServicesProvider>
  );
}

const steps: IProvisioningStep[] = [
  { list: 'PMO Projects', action: 'createdList' },
  { list: 'PMO Projects', field: 'Health', action: 'createdField' },
  { list: 'PMO Costs', action: 'unchanged' }
];

describe('SetupGate', () => {
  it('renders the children straight away when nothing is missing', async () => {
    const fake = new FakeProvisioning();
    fake.missingAnswers = [[]];
    renderGate(fake);
    expect(await screen.findByText('register content')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: strings.SetupButton })).toBeNull();
    expect(fake.ensureCalls).toBe(0);
  });

  it('offers setup naming what is missing, shows progress and the step log, then the children', async () => {
    const fake = new FakeProvisioning();
    fake.missingAnswers = [['PMO Projects', 'PMO Costs']];
    fake.steps = steps;
    fake.hold = true;
    renderGate(fake);

    expect(await screen.findByRole('button', { name: strings.SetupButton })).toBeInTheDocument();
    expect(screen.getByText('PMO Projects')).toBeInTheDocument();
    expect(screen.getByText('PMO Costs')).toBeInTheDocument();
    expect(screen.queryByText('register content')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: strings.SetupButton }));
    // Held after the first step: the progress bar and the log show where it is.
    expect(await screen.findByText('Created the list PMO Projects')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    fake.finish();
    expect(await screen.findByText('register content')).toBeInTheDocument();
    // Fluent's MessageBar renders its text a tick later (under load this is visible).
    expect(await screen.findByText('The PMO lists are ready (2 changes made).')).toBeInTheDocument();
    expect(fake.ensureCalls).toBe(1);
  });

  it('shows a localized error when setup is refused, and retries the setup', async () => {
    const fake = new FakeProvisioning();
    fake.missingAnswers = [['PMO Projects']];
    fake.steps = steps.slice(0, 1);
    fake.ensureError = new AppError('forbidden', 'ensure: 403', { status: 403 });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderGate(fake);

    await userEvent.click(await screen.findByRole('button', { name: strings.SetupButton }));
    expect(await screen.findByText(strings.ErrorForbidden)).toBeInTheDocument();
    expect(screen.getByText(strings.SetupFailed)).toBeInTheDocument();
    // The steps done before the failure stay visible.
    expect(screen.getByText('Created the list PMO Projects')).toBeInTheDocument();
    expect(log).toHaveBeenCalled();

    fake.ensureError = undefined;
    await userEvent.click(screen.getByRole('button', { name: strings.Retry }));
    expect(await screen.findByText('register content')).toBeInTheDocument();
    expect(fake.ensureCalls).toBe(2);
    log.mockRestore();
  });

  it('shows a network error when the check fails, and checks again on retry', async () => {
    const fake = new FakeProvisioning();
    fake.missingAnswers = [new TypeError('Failed to fetch'), []];
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderGate(fake);

    expect(await screen.findByText(strings.ErrorNetwork)).toBeInTheDocument();
    expect(screen.getByText(strings.SetupCheckFailed)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: strings.Retry }));
    await waitFor(() => expect(screen.getByText('register content')).toBeInTheDocument());
    expect(fake.ensureCalls).toBe(0);
    log.mockRestore();
  });

  it('describes every kind of step', () => {
    expect(describeStep({ list: 'PMO Actions', field: 'Status', action: 'updatedField' })).toBe('Updated the column Status in PMO Actions');
    expect(describeStep({ list: 'PMO Actions', field: 'Owner', action: 'unchanged' })).toBe('The column Owner in PMO Actions is up to date');
    expect(describeStep({ list: 'PMO Actions', action: 'unchanged' })).toBe('PMO Actions is up to date');
  });
});
