/** The mail log of a status report (src/model/reportMail.ts): parsing, recording an entry, what a new send asks about. */
import { earlierMailing, lastSent, parseMailLog, withMailing, type IReportMailing } from '../../../src/model/reportMail';

const sending: IReportMailing = { at: '2026-07-02T10:00:00.000Z', to: ['a@contoso.com'], state: 'sending' };

describe('report mail log', () => {
  it('parses what PMO Hub wrote and leaves out anything else', () => {
    expect(parseMailLog(undefined)).toEqual([]);
    expect(parseMailLog('not json')).toEqual([]);
    expect(parseMailLog('{"at":"x"}')).toEqual([]);
    expect(parseMailLog(JSON.stringify([sending, { at: 1 }, { at: 'y', to: [], state: 'lost' }]))).toEqual([sending]);
  });

  it('confirms an entry in place (same start time) and keeps the log in time order', () => {
    const earlier: IReportMailing = { at: '2026-07-01T08:00:00.000Z', to: ['b@contoso.com'], state: 'sent' };
    const log = withMailing([sending], earlier);
    expect(log.map((m) => m.at)).toEqual([earlier.at, sending.at]);
    const confirmed = withMailing(log, { ...sending, state: 'sent' });
    expect(confirmed.map((m) => m.state)).toEqual(['sent', 'sent']);
    expect(confirmed).toHaveLength(2);
  });

  it('a new send asks about the latest mailing, even one not confirmed; the shown one is the latest sent', () => {
    expect(earlierMailing([])).toBeUndefined();
    const sent: IReportMailing = { at: '2026-07-01T08:00:00.000Z', to: ['b@contoso.com'], state: 'sent' };
    const log = withMailing([sent], sending);
    expect(earlierMailing(log)).toBe(log[1]);
    expect(earlierMailing(log)?.state).toBe('sending');
    expect(lastSent(log)).toEqual(sent);
    expect(lastSent([sending])).toBeUndefined();
  });
});
