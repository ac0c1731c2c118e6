/**
 * Due dates said aloud ("by Friday", "next Tuesday", "15 March", "end of month"), read relative to the
 * meeting's date (yyyy-mm-dd, passed in: there is no clock here). English phrases; the rules are in
 * docs/rules.md, "Transcript proposals". Pure.
 */
import { addDays, dayNumber, fromDayNumber } from '../dates';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2 };

/** 0 = Sunday, as Date.getUTCDay. */
const weekdayOf = (date: string) => new Date(dayNumber(date) * 86400000).getUTCDay();
const lastOfMonth = (year: number, month0: number) => fromDayNumber(Math.round(Date.UTC(year, month0 + 1, 0) / 86400000));
const iso = (year: number, month0: number, day: number): string | undefined => {
  const d = new Date(Date.UTC(year, month0, day));
  return d.getUTCMonth() === month0 && d.getUTCDate() === day ? d.toISOString().slice(0, 10) : undefined;
};

export interface IDuePhrase {
  /** yyyy-mm-dd */
  date: string;
  /** The words that said it, as they stand in the text (to take them out of a title). */
  phrase: string;
}

const monthIndex = (word: string) => MONTHS.findIndex((m) => m === word.toLowerCase() || (word.length >= 3 && m.slice(0, word.length) === word.toLowerCase().replace(/\.$/, '')));

/** A day and month in the meeting's year, or the next year when that day has passed. */
function dayMonth(day: number, month0: number, meeting: string): string | undefined {
  const year = Number(meeting.slice(0, 4));
  const d = iso(year, month0, day);
  if (!d) return undefined;
  return d < meeting ? iso(year + 1, month0, day) : d;
}

type Rule = { re: RegExp; date: (m: RegExpExecArray, meeting: string) => string | undefined };

const RULES: Rule[] = [
  { re: /\b(?:by|on|before|until)?\s*(\d{4})-(\d{2})-(\d{2})\b/i, date: (m) => iso(Number(m[1]), Number(m[2]) - 1, Number(m[3])) },
  {
    re: /\b(?:by|on|before|until)?\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i,
    date: (m, d) => dayMonth(Number(m[1]), monthIndex(m[2]), d)
  },
  {
    re: /\b(?:by|on|before|until)?\s*(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b/i,
    date: (m, d) => dayMonth(Number(m[2]), monthIndex(m[1]), d)
  },
  {
    re: /\b(?:by|at|before|until)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(next\s+)?month\b/i,
    date: (m, d) => {
      const y = Number(d.slice(0, 4));
      const mo = Number(d.slice(5, 7)) - 1 + (m[1] ? 1 : 0);
      return lastOfMonth(y + Math.floor(mo / 12), mo % 12);
    }
  },
  { re: /\b(?:by|at|before|until)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?(next\s+)?week\b/i, date: (m, d) => addDays(d, ((5 - weekdayOf(d) + 7) % 7) + (m[1] ? 7 : 0)) },
  { re: /\b(?:by|at|before|until)?\s*(?:the\s+)?end\s+of\s+(?:the\s+)?day\b|\b(?:by|before)\s+tonight\b|\btoday\b/i, date: (_m, d) => d },
  { re: /\b(?:by|on|before|until)?\s*tomorrow\b/i, date: (_m, d) => addDays(d, 1) },
  {
    re: /\b(?:in|within)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of)\s+(day|week|month)s?\b/i,
    date: (m, d) => {
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBERS[m[1].toLowerCase().split(/\s+/)[1] === 'couple' ? 'couple' : m[1].toLowerCase()] || 1;
      if (m[2].toLowerCase() === 'month') {
        const y = Number(d.slice(0, 4));
        const mo = Number(d.slice(5, 7)) - 1 + n;
        const target = iso(y + Math.floor(mo / 12), mo % 12, Number(d.slice(8, 10)));
        return target || lastOfMonth(y + Math.floor(mo / 12), mo % 12);
      }
      return addDays(d, n * (m[2].toLowerCase() === 'week' ? 7 : 1));
    }
  },
  // "next Tuesday": the Tuesday of the following week (weeks start on Monday).
  {
    re: /\b(?:by|on|before|until)?\s*next\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    date: (m, d) => {
      const mondayNext = addDays(d, 7 - ((weekdayOf(d) + 6) % 7));
      return addDays(mondayNext, (WEEKDAYS.indexOf(m[1].toLowerCase()) + 6) % 7);
    }
  },
  // "by Friday", "this Friday", "on Friday": the first such day after the meeting.
  {
    re: /\b(?:by|on|before|until|this|coming)\s+(?:this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    date: (m, d) => addDays(d, ((WEEKDAYS.indexOf(m[1].toLowerCase()) - weekdayOf(d) + 7) % 7) || 7)
  },
  { re: /\b(?:by|before|until)\s+next\s+week\b/i, date: (_m, d) => addDays(d, ((5 - weekdayOf(d) + 7) % 7) + 7) }
];

/** The first due date the text says, relative to the meeting's date; undefined when it says none. */
export function dueDateFrom(text: string, meetingDate: string): IDuePhrase | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) return undefined;
  let best: { at: number; due: IDuePhrase } | undefined;
  for (const r of RULES) {
    const m = r.re.exec(text);
    if (!m) continue;
    const date = r.date(m, meetingDate);
    if (!date) continue;
    if (!best || m.index < best.at) best = { at: m.index, due: { date, phrase: m[0].trim() } };
  }
  return best && best.due;
}
