define([], function () {
  return {
    // Common
    AppName: 'PMO Hub',
    Loading: 'Loading…',
    Save: 'Save',
    Cancel: 'Cancel',
    Close: 'Close',
    Retry: 'Try again',
    ErrorNetwork: 'PMO Hub could not reach SharePoint or Microsoft Graph. Check your connection and try again.',
    ErrorThrottled: 'The service is busy right now. Wait a moment and try again.',
    ErrorForbidden: 'You do not have permission to do this. Ask your PMO or SharePoint administrator for access.',
    ErrorNotFound: 'The item was not found. It may have been deleted by someone else.',
    ErrorConflict: 'Someone else changed this item while you were editing it.',
    ErrorInvalid: 'The service refused the request as invalid.',
    ErrorUnknown: 'Something went wrong. Try again; if it keeps happening, tell your PMO administrator.',
    ErrorBoundaryTitle: 'This web part stopped working.',
    ErrorBoundaryDetails: 'Reload the page to try again. If it happens again, tell your PMO administrator.'
    // -- add area strings below, grouped by a prefix per area (Register*, Raid*, Cost*, Resource*, Setup*, Portfolio*, Meetings*, Project*) --
  };
});
