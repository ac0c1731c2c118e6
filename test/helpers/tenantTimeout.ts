/**
 * setupFilesAfterEnv of the integration and tenant projects: their hooks start a local tenant (a child
 * process), which jest's 5 s default fails on a loaded 2-core machine (CI runs two workers). A file that
 * sets its own timeout still does.
 */
jest.setTimeout(60_000);
export {};
