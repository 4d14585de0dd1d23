// Test hooks, off unless their environment variables are set. RSPLINT_FAULT_MARKER: analysing a document
// whose text contains the marker throws, so protocol tests can check that one failing document is
// reported and the server goes on serving the others. RSPLINT_SLOW_MARKER ("marker" or "marker:ms"):
// analysing a document that contains it first spins for that long (default 3000 ms), so tests can check
// that a slow document neither delays answers about others nor outlives the work budget. There is no
// other way to make the real engine fail or stall on purpose.
import { analyze } from '../lint';
import type { Analysis, LintOptions } from '../lint';

type SyncAnalyze = (text: string, options: LintOptions) => Analysis;

export function faultInjectingAnalyze(marker: string | undefined): SyncAnalyze {
  if (!marker) return analyze;
  return (text, options) => {
    if (text.includes(marker)) throw new Error(`injected failure (the text contains ${marker})`);
    return analyze(text, options);
  };
}

export function slowingAnalyze(inner: SyncAnalyze, setting: string | undefined): SyncAnalyze {
  if (!setting) return inner;
  const [marker, ms] = /^(.*?)(?::(\d+))?$/.exec(setting)!.slice(1) as [string, string | undefined];
  const wait = ms ? Number(ms) : 3000;
  return (text, options) => {
    if (marker && text.includes(marker)) {
      const until = Date.now() + wait;
      while (Date.now() < until) {
        // busy: this is what a pathological document does to the thread it runs on
      }
    }
    return inner(text, options);
  };
}
