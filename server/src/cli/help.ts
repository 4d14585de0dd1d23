import { RULES } from '../lint';
import { FORMATS } from './args';

export function helpText(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  const rules = RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`).join('\n');
  return `Usage: rsplint [options] <files | directories | globs | ->

Finds compute-threshold language in AI scaling-policy drafts ("effective compute", "every 4x
increase", "10^26 FLOP") and reports which specifications the document never states.

Reads .md, .markdown and .txt files. A directory means every such file under it, skipping
node_modules, .git and whatever .gitignore files and the config's "ignore" list exclude.
"-" reads standard input.

Options:
  -f, --format <name>        Output format: ${FORMATS.join(', ')} (default: stylish)
  -c, --config <file>        Use this config file instead of the nearest .rsplint.json/.yaml
      --print-config <file>  Print the configuration that applies to <file>, as JSON, and exit
      --max-warnings <n>     Exit with code 1 when there are more than n warnings
  -q, --quiet                Report errors only
      --fix                  Apply the deterministic fixes (flattened exponents, FLOPS for a total,
                             forward references) to the files; placeholder insertions are never applied
      --report-unused-disable-directives
                             Report rsplint-disable comments that suppress nothing
      --stdin-filename <p>   Path used for standard input (config lookup, output, .txt = plain text)
      --color, --no-color    Force colour on or off (default: on for a terminal, off if NO_COLOR is set)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes:
  0  no errors (warnings and info allowed)
  1  lint errors, or more warnings than --max-warnings
  2  usage, configuration or file error (one line on stderr names the file and the problem)

Rules (id, default severity, what it finds):
${rules}

Configuration: .rsplint.json (comments allowed), .rsplint.jsonc, .rsplint.yaml or .rsplint.yml,
found by walking up from each file's folder. Example:
  { "rules": { "missing-scale": "off" }, "glossary": ["docs/definitions.md"] }
`;
}
