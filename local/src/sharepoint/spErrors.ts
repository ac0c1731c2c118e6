/**
 * SharePoint's error catalogue as thrown inside the SharePoint module. Handlers throw SpFail; the
 * dispatcher turns it into spError() in the shape (JSON light or verbose) the client asked for.
 * Codes and messages follow SharePoint Online so the data layer's error mapping meets real text.
 */
export class SpFail extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const ARG = '-1, System.ArgumentException';
const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-1, Microsoft.SharePoint.SPException';

export const fail = {
  listNotFound: (title: string, webUrl: string) => new SpFail(404, ARG, `List '${title}' does not exist at site with URL '${webUrl}'.`),
  listIdNotFound: () =>
    new SpFail(404, '-1, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  listExists: () =>
    new SpFail(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'),
  // SP.List.title and ListCreationInformation.title: "Its length must be equal to or less than 255."
  // (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee545356(v=office.15)). SharePoint
  // refuses longer titles as an argument error; the message text here is the local tenant's own.
  listTitleTooLong: (length: number) =>
    new SpFail(400, '-2147024809, System.ArgumentException', `The list title is ${length} characters long; SharePoint allows at most 255.`),
  itemNotFound: () => new SpFail(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string, listTitle: string) =>
    new SpFail(404, ARG, `Column '${name}' does not exist. It may have been deleted by another user.  /sites/pmo/Lists/${listTitle}`),
  fieldExists: (name: string) =>
    new SpFail(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${name}" was found.`),
  unknownProperty: (prop: string, typeName: string) =>
    new SpFail(400, INVALID_QUERY, `The property '${prop}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`),
  readOnlyProperty: (prop: string) =>
    new SpFail(400, INVALID_QUERY, `The property '${prop}' is read-only and cannot be set through this request.`),
  wrongType: (prop: string, edmType: string) =>
    new SpFail(400, INVALID_QUERY, `Cannot convert the value of property '${prop}' to the expected type '${edmType}'.`),
  badValue: (message: string) => new SpFail(400, SP_EXCEPTION, message),
  badValueWithCode: (code: string, message: string) => new SpFail(400, code, message),
  columnMissing: (name: string) => new SpFail(400, SP_EXCEPTION, `Column '${name}' does not exist. It may have been deleted by another user.`),
  badQuery: (message: string) => new SpFail(400, SP_EXCEPTION, message),
  /** `$select=Owner/Title` without `$expand=Owner`. */
  notExpanded: (path: string, head: string) =>
    new SpFail(400, SP_EXCEPTION, `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`),
  syntax: (message: string) => new SpFail(400, INVALID_QUERY, message),
  etagMismatch: (sent: string, current: string) =>
    new SpFail(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${sent}' does not match the object's ETag value '${current}'.`),
  // SharePoint Online's text (SharePoint/sp-dev-docs#6826 quotes an older variant ending "…threshold enforced by the administrator.").
  throttled: () =>
    new SpFail(
      500,
      '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      'The attempted operation is prohibited because it exceeds the list view threshold.'
    ),
  digest: () =>
    new SpFail(
      403,
      '-2130575252, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  userNotFound: () => new SpFail(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  userUnknown: (logon: string) => new SpFail(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`),
  notImplemented: (what: string) =>
    new SpFail(501, '-1, System.NotImplementedException', `The local tenant does not implement ${what}. See local/README.md for what it covers.`),
  badRequest: (message: string) => new SpFail(400, INVALID_QUERY, message)
};
