/**
 * A failed search is asked again when the person types the same text again: the debounced text does
 * not change then, and the grid must not go on showing the list from before under the new text.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as strings from 'PmoHubStrings';
import { format } from '@fluentui/react/lib/Utilities';
import { AppError } from '../../../src/services/errors';
import { renderRegister, sampleServices } from './helpers';

jest.setTimeout(30_000);

describe('register search after a failure', () => {
  it('typing the same text again asks the server again and shows its answer', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const services = sampleServices();
    renderRegister(services);
    await screen.findByText('4 of 4 projects');
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox', { name: strings.RegisterSearchLabel });

    services.projects.failNext('list', new AppError('network', 'offline', { status: 0 }));
    await user.type(box, 'intra');
    await screen.findByText(format(strings.RecordLoadFailed, strings.ErrorNetwork));

    await user.clear(box);
    await user.type(box, 'intra');
    await waitFor(() => expect(services.projects.callsOf('list').map((a) => a[0])).toEqual([{}, { search: 'intra' }, { search: 'intra' }]));
    await waitFor(() => expect(screen.queryByText(format(strings.RecordLoadFailed, strings.ErrorNetwork))).not.toBeInTheDocument());
    await screen.findByText('1 of 1 projects');
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('a search that succeeded is not asked again for the same text', async () => {
    const services = sampleServices();
    renderRegister(services);
    await screen.findByText('4 of 4 projects');
    const user = userEvent.setup();
    const box = screen.getByRole('searchbox', { name: strings.RegisterSearchLabel });
    await user.type(box, 'intra');
    await screen.findByText('1 of 1 projects');
    await user.clear(box);
    await user.type(box, 'intra');
    await new Promise((r) => setTimeout(r, 600));
    expect(services.projects.callsOf('list').map((a) => a[0])).toEqual([{}, { search: 'intra' }]);
  });
});
