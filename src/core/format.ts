/**
 * Pure formatters shared by the host and the webviews. This is the one core module that webview
 * code may import (the lint wall allows exactly this file): no Node APIs, no I/O.
 */

/** `mm:ss` of a remaining time; overtime (negative) shows as `+mm:ss`. */
export function formatClock(ms: number): string {
  const total = ms < 0 ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const over = ms < 0 && total > 0;
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${over ? '+' : ''}${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
