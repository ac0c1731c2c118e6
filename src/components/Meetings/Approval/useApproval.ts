import * as React from 'react';
import { ApprovalRefused, validateMinutes, type ApprovalRoute } from '../../../model/meetings';
import type { IMeeting, IPerson, IProject } from '../../../model/types';
import { approveOnSite, correctOnSite, mailChair, sendForApproval } from '../../../services/meetings/approval';
import { errorMessage, logError } from '../../common/errorMessage';
import { useServices } from '../../common/ServicesContext';
import { format } from '@fluentui/react/lib/Utilities';
import * as strings from 'PmoHubStrings';
import { approvalMail, approvalProblemText, approvedHtml } from './approvalTexts';

/** What the approval parts need of the minutes editor. */
export interface IApprovalHost {
  record: IMeeting | undefined;
  /** Saves what is typed; the saved record (undefined when it could not be saved). */
  flush: () => Promise<IMeeting | undefined>;
  adopt: (m: IMeeting) => void;
}

export interface IApproval {
  me: IPerson | undefined;
  busy: boolean;
  /** The last refusal or failure, in words. */
  error: string | undefined;
  send: (route: ApprovalRoute) => void;
  approve: () => void;
  correct: (reason: string) => void;
  /** Approves another meeting's minutes from this one (the previous minutes, as this meeting's first item). */
  approvePrevious: (previous: IMeeting, onDone: (m: IMeeting) => void) => void;
}

/** Sending for approval, approving, correcting: each saved with the ETag read; a refusal says why. */
export function useApproval(host: IApprovalHost, projects: IProject[], today: Date, onSaved: (m: IMeeting) => void): IApproval {
  const services = useServices();
  const [me, setMe] = React.useState<IPerson>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    services.people.current().then(setMe, (e: unknown) => logError('Minutes approval: who is signed in', e));
  }, [services]);
  const run = (work: (who: IPerson) => Promise<IMeeting | undefined>, done: (m: IMeeting) => void = (m) => (host.adopt(m), onSaved(m))) => {
    if (busy || !me) return;
    setBusy(true);
    setError(undefined);
    work(me)
      .then((m) => m && done(m))
      .catch((e: unknown) => {
        if (e instanceof ApprovalRefused) setError(approvalProblemText(e.problem));
        else {
          logError('Minutes approval', e);
          setError(errorMessage(e));
        }
      })
      .then(() => setBusy(false));
  };
  const at = () => new Date().toISOString();
  // The request stands when its mail fails: it is shown as waiting, and sending again mails the chair.
  const notify = async (sent: IMeeting, who: IPerson): Promise<IMeeting | undefined> => {
    try {
      return await mailChair(services.meetings, services.outlook, sent, approvalMail(sent, projects, who.title || who.email), at());
    } catch (e) {
      logError('Minutes approval: mail to the chair', e);
      host.adopt(sent);
      onSaved(sent);
      setError(format(strings.ApprovalMailFailed, sent.approval.approver?.title || sent.approval.approver?.email || '', errorMessage(e)));
      return undefined;
    }
  };
  return {
    me,
    busy,
    error,
    send: (route) =>
      run(async (who) => {
        const saved = await host.flush();
        if (!saved) return undefined;
        // What the chair approves must be publishable as it is.
        if (validateMinutes(saved.minutesData, today).length) throw new ApprovalRefused('incomplete');
        const sent = await sendForApproval(services.meetings, saved, route, who.title || who.email, at());
        return notify(sent, who);
      }),
    approve: () =>
      run(async (who) => {
        const saved = await host.flush();
        return saved && approveOnSite(services.meetings, saved, who, at(), approvedHtml(saved, projects));
      }),
    correct: (reason) => run(async (who) => host.record && correctOnSite(services.meetings, host.record, reason, who.title || who.email, at())),
    approvePrevious: (previous, onDone) =>
      run(async (who) => {
        const here = await host.flush();
        return here && approveOnSite(services.meetings, previous, who, at(), approvedHtml(previous, projects), here.id);
      }, onDone)
  };
}
