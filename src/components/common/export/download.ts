/**
 * Saves a Blob as a file through a temporary anchor. Kept in its own module so tests can replace it
 * with jest.mock('…/export/download') and inspect what would have been downloaded.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const nav = window.navigator as Navigator & { msSaveOrOpenBlob?: (b: Blob, name: string) => boolean };
  if (nav.msSaveOrOpenBlob) {
    // Legacy Edge/IE in older Teams desktop clients ignore the download attribute.
    nav.msSaveOrOpenBlob(blob, fileName);
    return;
  }
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  document.body.removeChild(anchor);
  // Revoke later: some browsers start reading the URL only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Appends the extension when the name lacks it and removes characters Windows refuses in file names. */
export function safeFileName(name: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- reason: control characters are exactly what Windows refuses in file names
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'export';
  const ext = extension.charAt(0) === '.' ? extension : `.${extension}`;
  return cleaned.toLowerCase().slice(-ext.length) === ext.toLowerCase() ? cleaned : cleaned + ext;
}
