/**
 * Deterministic randomness and dates for the demo seed. The same seed gives the same portfolio on every
 * machine; dates are offsets from "today" (local midnight) so the demo always looks current.
 */

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Picks by weight: weighted([['Green', 6], ['Amber', 3], ['Red', 1]]). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** A new generator derived from this one and a label, so adding data in one area leaves the others unchanged. */
  fork(label: string): Random {
    let h = this.state ^ 0x811c9dc5;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
    return new Random(h >>> 0);
  }
}

const DAY = 86400000;

/** Dates relative to one "today", fixed when the seed starts. */
export class Clock {
  /** Local midnight today. */
  readonly today: Date;

  constructor(now = new Date()) {
    this.today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  }

  /** Midnight `days` from today (negative = past). */
  day(days: number): Date {
    const d = new Date(this.today);
    d.setDate(d.getDate() + days);
    return d;
  }

  /** `days` from today at hh:mm local time. */
  at(days: number, hour: number, minute = 0): Date {
    const d = this.day(days);
    d.setHours(hour, minute, 0, 0);
    return d;
  }

  /** Whole days from today to d (negative = past). */
  daysFromToday(d: Date): number {
    return Math.round((d.getTime() - this.today.getTime()) / DAY);
  }

  /** First day of the month `months` from this month. */
  month(months: number): Date {
    return new Date(this.today.getFullYear(), this.today.getMonth() + months, 1);
  }
}

/** yyyy-mm-dd of a local date. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** SharePoint date-only fields are stored at 12:00 UTC of the day (src/services/sharepoint mappers do the same). */
export function spDate(d: Date): string {
  return `${isoDate(d)}T12:00:00Z`;
}

/** Monday of the week containing d. */
export function weekStart(d: Date): Date {
  const r = new Date(d);
  r.setDate(r.getDate() - ((r.getDay() + 6) % 7));
  return r;
}

export function addDays(d: Date, days: number): Date {
  const r = new Date(d);
  r.setDate(r.getDate() + days);
  return r;
}

/** Weekends are moved to the following Monday (meetings and due dates fall on working days). */
export function workday(d: Date): Date {
  const day = d.getDay();
  return day === 6 ? addDays(d, 2) : day === 0 ? addDays(d, 1) : d;
}
