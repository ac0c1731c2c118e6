import * as React from 'react';
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { ServicesProvider } from '../../../src/components/common/ServicesContext';
import type { IAllocation, ICostLine, IPerson, IRaidItem } from '../../../src/model/types';
import { createFakeServices, makeProject } from '../../fakes';
import type { IFakeServices } from '../../fakes';

export { makeProject };

/** Renders under a ServicesProvider of fakes. */
export function renderWith(services: IFakeServices, ui: React.ReactElement): RenderResult {
  return render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
}

export const ADA: IPerson = { id: 11, title: 'Ada Lovelace', email: 'ada@contoso.com' };
export const ALAN: IPerson = { id: 12, title: 'Alan Turing', email: 'alan@contoso.com' };

/** A RAID item with defaults for what a test does not care about. */
export function raidItem(id: number, over: Partial<IRaidItem> = {}): IRaidItem {
  return { id, etag: '"1"', title: `Item ${id}`, projectId: 1, kind: 'Risk', description: '', probability: 2, impact: 2, status: 'Open', mitigation: '', ...over };
}

/** A cost line with defaults. */
export function costLine(id: number, over: Partial<ICostLine> = {}): ICostLine {
  return { id, etag: '"1"', title: `Line ${id}`, projectId: 1, period: '2025-01-01', kind: 'Actual', category: 'Labour', amount: 100, supplier: '', ...over };
}

/** An allocation with defaults. */
export function allocation(id: number, over: Partial<IAllocation> = {}): IAllocation {
  return {
    id, etag: '"1"', title: `Allocation ${id}`, projectId: 1, person: ADA, role: '', resourceType: 'Employee',
    department: 'IT', percent: 50, startDate: '2025-03-01', endDate: '2025-03-31', status: 'Approved', ...over
  };
}

/** Fake services with two projects (1 is the one shown) and two directory people. */
export function fakes(over: Partial<IFakeServices> = {}): IFakeServices {
  const services = createFakeServices(over);
  if (!over.projects) {
    services.projects.items.push(makeProject(1, { title: 'CRM rollout' }), makeProject(2, { title: 'Data platform' }));
  }
  services.people.people = [ADA, ALAN];
  return services;
}
