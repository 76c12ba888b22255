/**
 * Local calendar days and ISO weeks, on an injectable UTC offset, without the host's time zone
 * database. A "day" is an integer: days since 1970-01-01 in local time.
 */

/**
 * Local time minus UTC, in minutes (+120 for UTC+2), either fixed or per instant (which
 * follows daylight-saving changes). The default, `hostUtcOffset`, is the host's zone.
 */
export type UtcOffset = number | ((at: Date) => number);

export const DAY_MS = 86_400_000;

export const hostUtcOffset: UtcOffset = (at) => -at.getTimezoneOffset();

function offsetMinutes(offset: UtcOffset, ms: number): number {
  return typeof offset === 'number' ? offset : offset(new Date(ms));
}

/** The local day of an instant (epoch ms). */
export function localDay(ms: number, offset: UtcOffset = hostUtcOffset): number {
  return Math.floor((ms + offsetMinutes(offset, ms) * 60_000) / DAY_MS);
}

/** `YYYY-MM-DD` of a local day. */
export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday that starts the ISO week of a day. */
export function isoWeekStart(day: number): number {
  return day - weekday(day);
}

/** ISO 8601 week label of a day, e.g. `2025-W01` (the week's year is the year of its Thursday). */
export function isoWeekLabel(day: number): string {
  const thursday = isoWeekStart(day) + 3;
  const date = new Date(thursday * DAY_MS);
  const year = date.getUTCFullYear();
  const jan1 = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
