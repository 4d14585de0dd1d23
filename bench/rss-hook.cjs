// Loaded with `node --require bench/rss-hook.cjs …` when /usr/bin/time is not available: writes the
// process's peak resident set size (KiB) to $RSPLINT_BENCH_RSS_FILE when it exits, however it exits.
const { writeFileSync } = require('node:fs');

const file = process.env.RSPLINT_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // Measuring must never change the outcome of the measured program.
    }
  });
}
