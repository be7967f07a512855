// The browser tests at another instant: with QUADS_TEST_NOW set (a local
// date and time, `2027-01-04T00:30`, read in the zone TZ names), every page
// the tests open reads its wall clock from that instant on, running on in
// real time. Only the page's wall clock moves (`Date`, and
// `performance.timeOrigin`, which the app puts on the same epoch scale);
// timers and the monotonic clock are left alone, as they are on a machine
// whose clock says that time.
//
// Why not a clock for the whole machine (libfaketime): under it Chromium
// serialises every time read through one lock (867,241 futex calls against
// 15,247 for about:blank, strace -f -c), starts in about a minute and loads
// a page in tens of seconds, so tests time out for a reason no real clock
// has. Its "@" form also restarts the clock in every new process.

const NOW = process.env.QUADS_TEST_NOW;

function offset() {
  if (!NOW) return 0;
  const at = new Date(NOW).getTime();
  if (!Number.isFinite(at)) throw new Error(`QUADS_TEST_NOW is not a date: ${NOW}`);
  return at - Date.now();
}

/** How far the pages' wall clock is moved, in ms (0 when not asked). */
export const SHIFT_MS = offset();

/** Runs in the page, before its own scripts: moves its wall clock by `by` ms. */
function shiftWallClock(by) {
  // A test that installs Playwright's clock sets its own time (launch() makes
  // that the moved instant when the test names none); that clock is built on
  // this one and installed after it, so from then on this one reads true.
  const moved = () => (globalThis.__pwClock ? 0 : by);
  const Real = Date;
  const now = () => Real.now() + moved();
  // `Date()` without `new` is a string of now; `new Date()` is now; any
  // argument means a given instant, which no clock changes.
  function Shifted(...a) {
    if (!new.target) return new Real(now()).toString();
    return a.length ? new Real(...a) : new Real(now());
  }
  Shifted.prototype = Real.prototype;
  // Not enumerable, as on the real Date: Playwright's clock copies a Date's
  // enumerable own properties onto its own, and would take this `now`.
  for (const [k, v] of [['now', now], ['parse', Real.parse], ['UTC', Real.UTC]]) {
    Object.defineProperty(Shifted, k, { value: v, writable: true, configurable: true });
  }
  globalThis.Date = Shifted;
  const origin = performance.timeOrigin;
  Object.defineProperty(performance, 'timeOrigin', { get: () => origin + moved(), configurable: true });
}

/** The page script that moves the wall clock, or '' when the clock is not moved. */
export const shiftScript = SHIFT_MS ? `(${shiftWallClock})(${SHIFT_MS});` : '';
