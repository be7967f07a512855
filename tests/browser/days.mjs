// Calendar arithmetic on ISO days ('2026-12-07') for the tests: no clock is
// read. Which day it is comes from the app (lib.mjs `habitToday`, or the
// calendar's `data-day` in WebKit), never from the test's own clock.

/** The ISO day `n` days after `iso`. */
export function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 0 for a Monday, 6 for a Sunday. */
export function weekdayFromMonday(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}
