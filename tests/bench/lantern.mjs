// Where a Lighthouse "interactive" comes from. Lighthouse does not load the
// page on a slow phone: it loads it fast, then simulates the slow phone
// (Lantern) from the trace. This re-runs that simulation on a run's saved
// artifacts and reads two times off it: when the wasm has arrived, and how
// long the start-up task after it takes. "Interactive" is about their sum.
// Uses Lighthouse's own modules (pinned by package-lock.json).
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import * as constants from 'lighthouse/core/config/constants.js';
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

/** {wasmArrivalMs, startupTaskMs} of the run saved in `dir` (`lighthouse -GA=dir`),
 * weighted like Lighthouse weighs its optimistic and pessimistic estimates. */
export async function interactiveParts(dir) {
  const a = await loadArtifacts(dir);
  const settings = { ...constants.defaultSettings };
  const data = {
    trace: a.Trace, devtoolsLog: a.DevtoolsLog, gatherContext: a.GatherContext, settings,
    URL: a.URL, SourceMaps: a.SourceMaps, simulator: null,
  };
  const r = await LanternInteractive.request(data, { computedCache: new Map(), settings });
  const parts = (estimate) => {
    let arrival = NaN; let startup = 0;
    const timings = [...estimate.nodeTimings];
    const wasm = timings.find(([n]) => n.type === 'network' && n.request.url.endsWith('.wasm'));
    if (wasm) {
      arrival = wasm[1].endTime;
      for (const [n, t] of timings) {
        if (n.type === 'cpu' && n.isDependentOn(wasm[0])) startup = Math.max(startup, t.endTime - t.startTime);
      }
    }
    return { arrival, startup };
  };
  const { optimistic: o, pessimistic: p } = Lantern.Metrics.Interactive.coefficients;
  const opt = parts(r.optimisticEstimate); const pess = parts(r.pessimisticEstimate);
  return { wasmArrivalMs: o * opt.arrival + p * pess.arrival, startupTaskMs: o * opt.startup + p * pess.startup };
}
