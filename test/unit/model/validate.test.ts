import * as strings from 'PmoHubStrings';
import {
  date,
  dateOrder,
  first,
  hasErrors,
  integerScale,
  isIsoDate,
  maxLength,
  nonNegative,
  number,
  parseNumber,
  percent,
  range,
  required,
  searchText,
  visible
} from '../../../src/model/validate';
import { validationText } from '../../../src/components/common/fields/labels';

describe('validate helpers', () => {
  it('required refuses empty and blank text but accepts values', () => {
    expect(required('')).toEqual({ key: 'ValidationRequired' });
    expect(required('   ')).toEqual({ key: 'ValidationRequired' });
    expect(required(undefined)).toEqual({ key: 'ValidationRequired' });
    expect(required('x')).toBeUndefined();
    expect(required(0)).toBeUndefined();
  });

  it('maxLength reports the limit and the actual length', () => {
    expect(maxLength('abcd', 3)).toEqual({ key: 'ValidationMaxLength', values: [3, 4] });
    expect(maxLength('abc', 3)).toBeUndefined();
    expect(maxLength(undefined, 3)).toBeUndefined();
  });

  it.each([
    ['1250', 1250],
    ['1250.5', 1250.5],
    ['1250,5', 1250.5],
    ['1,250.50', 1250.5],
    [' 1 250 ', 1250],
    ['-3', -3],
    ['.5', 0.5]
  ])('parseNumber(%j) is %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('parseNumber gives undefined for empty and NaN for text that is not a number', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber(undefined)).toBeUndefined();
    expect(parseNumber('12abc')).toBeNaN();
    expect(parseNumber('1.2.3')).toBeNaN();
  });

  it('number, nonNegative, range and percent accept empty and report bad values', () => {
    expect(number('abc')).toEqual({ key: 'ValidationNumber' });
    expect(number('')).toBeUndefined();
    expect(nonNegative('-0.01')).toEqual({ key: 'ValidationNonNegative' });
    expect(nonNegative('abc')).toEqual({ key: 'ValidationNumber' });
    expect(nonNegative('0')).toBeUndefined();
    expect(range('11', 1, 10)).toEqual({ key: 'ValidationRange', values: [1, 10] });
    expect(range('10', 1, 10)).toBeUndefined();
    expect(percent('100')).toBeUndefined();
    expect(percent('100.5')).toEqual({ key: 'ValidationPercent' });
    expect(percent('-1')).toEqual({ key: 'ValidationPercent' });
  });

  it('integerScale takes whole numbers 1–5 only', () => {
    expect(integerScale('3')).toBeUndefined();
    expect(integerScale('0')).toEqual({ key: 'ValidationScale', values: [1, 5] });
    expect(integerScale('6')).toEqual({ key: 'ValidationScale', values: [1, 5] });
    expect(integerScale('2.5')).toEqual({ key: 'ValidationScale', values: [1, 5] });
    expect(integerScale('x')).toEqual({ key: 'ValidationScale', values: [1, 5] });
    expect(integerScale(undefined)).toBeUndefined();
  });

  it('dates must be real calendar days and ends may not precede starts', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('28.02.2025')).toBe(false);
    expect(date('2025-13-01')).toEqual({ key: 'ValidationDate' });
    expect(dateOrder('2025-03-01', '2025-02-28')).toEqual({ key: 'ValidationDateOrder', values: ['2025-03-01'] });
    expect(dateOrder('2025-03-01', '2025-03-01')).toBeUndefined();
    expect(dateOrder(undefined, '2025-03-01')).toBeUndefined();
  });

  it('dates do not roll over: 29 February of a common year, years 0000–0099 and words are not dates', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    // Date.UTC reads years 0–99 as 1900–1999; SharePoint keeps 1900–8900.
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('0099-05-05')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoDate('8900-12-31')).toBe(true);
    expect(isIsoDate('8901-01-01')).toBe(false);
    for (const t of ['31/02/2025', 'next friday', '2025-2-3']) expect(date(t)).toEqual({ key: 'ValidationDate' });
  });

  it('visible refuses text of only zero-width, invisible or space characters', () => {
    for (const t of ['\u200B\u200C\u200D\uFEFF', '\u2060', ' \u00AD ', '\u202E']) expect(visible(t)).toEqual({ key: 'ValidationInvisible' });
    expect(visible('Zero\u200Bwidth')).toBeUndefined();
    expect(visible('')).toBeUndefined();
  });

  it('search text: no control characters, and shorter than the limit', () => {
    expect(searchText('\u0000', 255)).toEqual({ key: 'ValidationSearchControl' });
    expect(searchText('tab\there', 255)).toEqual({ key: 'ValidationSearchControl' });
    expect(searchText('x'.repeat(255), 255)).toEqual({ key: 'ValidationSearchLength', values: [255] });
    expect(searchText("O'Brien 🚀", 255)).toBeUndefined();
  });

  it('first returns the first message; hasErrors sees only real messages', () => {
    expect(first(undefined, { key: 'ValidationNumber' }, { key: 'ValidationRequired' })).toEqual({ key: 'ValidationNumber' });
    expect(hasErrors({ a: undefined })).toBe(false);
    expect(hasErrors({ a: { key: 'ValidationRequired' } })).toBe(true);
  });

  it('every key the helpers return exists in the strings module and formats its values', () => {
    const messages = [
      required(''), maxLength('abcd', 3), number('x'), nonNegative('-1'), range('0', 1, 2), percent('101'),
      integerScale('9'), date('x'), dateOrder('2025-02-02', '2025-01-01')
    ];
    for (const m of messages) {
      expect(m).toBeDefined();
      expect(typeof strings[m!.key]).toBe('string');
    }
    expect(validationText(maxLength('abcd', 3))).toBe(strings.ValidationMaxLength.replace('{0}', '3').replace('{1}', '4'));
    expect(validationText(undefined)).toBeUndefined();
  });
});
