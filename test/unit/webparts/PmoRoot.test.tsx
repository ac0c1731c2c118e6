import * as React from 'react';
import { render, screen } from '@testing-library/react';
import * as strings from 'PmoHubStrings';
import { PmoRoot, renderRoot, unmountRoot } from '../../../src/webparts/common/PmoRoot';
import { spfxTheme, teamsTheme } from '../../../src/webparts/common/theme';
import { AppError } from '../../../src/services/errors';
import type { IPmoServices, IProvisioningService } from '../../../src/services/types';

const provisioning = (missing: string[]): IProvisioningService => ({
  missing: async () => missing,
  ensure: async () => ({ steps: [], changes: 0 })
});
const services = (missing: string[]): IPmoServices => ({ provisioning: provisioning(missing) }) as unknown as IPmoServices;

describe('teams and SharePoint themes', () => {
  it('maps the Teams theme names to light, dark and high-contrast Fluent themes', () => {
    const light = teamsTheme('default');
    const dark = teamsTheme('dark');
    const contrast = teamsTheme('contrast');
    expect(light.isInverted).toBe(false);
    expect(light.palette.themePrimary).toBe('#6264a7');
    expect(dark.isInverted).toBe(true);
    expect(dark.semanticColors.bodyBackground).toBe('#1f1f1f');
    expect(dark.semanticColors.bodyText).toBe('#ffffff');
    expect(contrast.semanticColors.bodyBackground).toBe('#000000');
    expect(contrast.semanticColors.link).toBe('#ffff01');
    expect(teamsTheme('something new').palette.themePrimary).toBe('#6264a7');
  });

  it('takes the section variant from SPFx', () => {
    const variant = spfxTheme({ palette: { themePrimary: '#038387', white: '#003b3d' }, isInverted: true });
    expect(variant.palette.themePrimary).toBe('#038387');
    expect(variant.semanticColors.bodyBackground).toBe('#003b3d');
  });
});

describe('PmoRoot', () => {
  it('renders title and content inside the theme, behind the setup gate when lists are needed', async () => {
    render(
      <PmoRoot name="Test" theme={teamsTheme('dark')} services={services([])} needsLists title="Portfolio status">
        <p>content</p>
      </PmoRoot>
    );
    expect(screen.getByRole('heading', { name: 'Portfolio status' })).toBeInTheDocument();
    expect(await screen.findByText('content')).toBeInTheDocument();
  });

  it('offers setup instead of the content when lists are missing', async () => {
    render(
      <PmoRoot name="Test" theme={teamsTheme('default')} services={services(['PMO Projects'])} needsLists>
        <p>content</p>
      </PmoRoot>
    );
    expect(await screen.findByRole('button', { name: strings.SetupButton })).toBeInTheDocument();
    expect(screen.queryByText('content')).toBeNull();
  });

  it('shows why the services could not be built instead of the content', async () => {
    render(
      <PmoRoot name="Test" theme={teamsTheme('default')} startError={new AppError('forbidden', 'token', { status: 403 })} needsLists>
        <p>content</p>
      </PmoRoot>
    );
    expect(await screen.findByText(strings.WebPartInitFailed)).toBeInTheDocument();
    expect(screen.getByText(strings.ErrorForbidden, { exact: false })).toBeInTheDocument();
    expect(screen.queryByText('content')).toBeNull();
  });

  it('catches a render error of the content in the error boundary', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Boom: React.FC = () => {
      throw new Error('boom');
    };
    render(
      <PmoRoot name="Test" theme={teamsTheme('default')} services={services([])} needsLists={false}>
        <Boom />
      </PmoRoot>
    );
    expect(await screen.findByText(strings.ErrorBoundaryTitle)).toBeInTheDocument();
    log.mockRestore();
  });

  it('mounts into an element and unmounts cleanly, stopping effects', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const missing = jest.fn(async () => [] as string[]);
    const svc = { provisioning: { missing, ensure: jest.fn() } } as unknown as IPmoServices;
    renderRoot(el, { name: 'Test', theme: teamsTheme('default'), services: svc, needsLists: true, children: <p>mounted</p> });
    expect(await screen.findByText('mounted')).toBeInTheDocument();
    unmountRoot(el);
    expect(el.innerHTML).toBe('');
    expect(missing).toHaveBeenCalledTimes(1);
    el.remove();
  });
});
