declare interface IPmoHubStrings {
  // Common
  AppName: string;
  Loading: string;
  Save: string;
  Cancel: string;
  Close: string;
  Retry: string;
  ErrorNetwork: string;
  ErrorThrottled: string;
  ErrorForbidden: string;
  ErrorNotFound: string;
  ErrorConflict: string;
  ErrorInvalid: string;
  ErrorUnknown: string;
  ErrorBoundaryTitle: string;
  ErrorBoundaryDetails: string;
  // -- add area strings below, grouped by a prefix per area --
}

declare module 'PmoHubStrings' {
  const strings: IPmoHubStrings;
  export = strings;
}
