/**
 * Cells that a spreadsheet would run as a formula (CSV injection, OWASP). papaparse's own default
 * pattern misses values with a line break after the trigger character, so ours is anchored only at
 * the start.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Makes a text cell safe to open in Excel: a leading = + - @ tab or CR gets a ' in front. */
export function escapeFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
