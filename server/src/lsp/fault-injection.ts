// A test hook, off unless RSPLINT_FAULT_MARKER is set: analysing a document whose text contains the
// marker throws, so protocol tests can check that one failing document is reported and the server goes
// on serving the others. There is no other way to make the real engine fail on purpose.
import { analyze } from '../lint';
import type { AnalyzeFn } from './linter';

export function faultInjectingAnalyze(marker: string | undefined): AnalyzeFn {
  if (!marker) return analyze;
  return (text, options) => {
    if (text.includes(marker)) throw new Error(`injected failure (the text contains ${marker})`);
    return analyze(text, options);
  };
}
