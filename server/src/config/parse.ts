// Reads and validates a project configuration (.rsplint.json with comments, or .rsplint.yaml).
// Pure: text in, a validated config and a list of problems out. The CLI and the language server do
// the file I/O (server/src/node/config.ts) and show the problems; neither ever executes config.
//
// A config with mistakes still configures what it can: each bad value is dropped with a problem that
// names its key and line, and the rest is kept, so a typo in one rule never silences the whole linter.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { location } from 'vfile-location';
import { RULES } from '../rules';
import type { RsplintConfig, SeveritySetting } from '../core/types';

export interface ConfigProblem {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** The key the problem is about, as a path: "rules.missing-scale", "glossary[1]", "options.quoted". */
  key?: string;
}

export interface ParsedConfig {
  config: RsplintConfig;
  problems: ConfigProblem[];
  /**
   * Where each kept value sits in the file, by the same key paths problems use ("glossary[0]").
   * Lets a host point at the line of a glossary entry whose file it then cannot read.
   */
  locations?: Record<string, { line: number; column: number }>;
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Top-level keys a config may have. `$schema` lets editors offer completion from rsplint.schema.json. */
export const CONFIG_KEYS = ['$schema', 'rules', 'aliases', 'glossary', 'ignore', 'options'] as const;
export const OPTION_KEYS = ['quoted', 'benchmarks', 'exponentStyle'] as const;

/**
 * A parsed value with its position, the same shape for JSON and YAML so one validator serves both.
 * `offset` is where the value starts; for object properties `keyOffset` is where the key starts.
 */
type PValue =
  | { kind: 'object'; offset: number; props: PProp[] }
  | { kind: 'array'; offset: number; items: PValue[] }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number' | 'boolean' | 'null' | 'other'; offset: number; value: unknown };

interface PProp {
  key: string;
  keyOffset: number;
  value: PValue;
}

/** Parses and validates a config file's text. `fileName` decides the syntax (.yaml/.yml = YAML, else JSONC). */
export function parseConfig(text: string, fileName: string): ParsedConfig {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = source.length === text.length ? 0 : 1;
  const place = location(text);
  const problems: ConfigProblem[] = [];
  const locations: Record<string, { line: number; column: number }> = {};
  const at = (offset: number) => {
    const point = place.toPoint(Math.min(Math.max(offset + shift, 0), text.length));
    return { line: point?.line ?? 1, column: point?.column ?? 1 };
  };
  const report = (offset: number, message: string, key?: string) => {
    problems.push({ message, ...at(offset), ...(key === undefined ? {} : { key }) });
  };

  const yaml = /\.ya?ml$/i.test(fileName);
  if (nestingDepth(source, yaml) > MAX_DEPTH) {
    // Refused before parsing: both parsers recurse per level, and deep enough recursion can fail inside
    // V8 in ways no try/catch sees. No real configuration comes near this depth.
    return { config: {}, problems: [{ message: `The configuration is nested more than ${MAX_DEPTH} levels deep; rsplint does not read it.`, line: 1, column: 1 }], locations };
  }
  let root: PValue | undefined;
  try {
    root = yaml ? readYaml(source, report) : readJsonc(source, report);
  } catch {
    // The parsers recurse; a pathologically nested file must become a problem, never a crash.
    return { config: {}, problems: [{ message: 'The configuration is nested too deeply to read.', line: 1, column: 1 }], locations };
  }
  const config: RsplintConfig = {};
  if (root === undefined || root.kind === 'null') return { config, problems, locations };
  if (root.kind !== 'object') {
    report(root.offset, `The configuration must be an object of settings (rules, aliases, glossary, ignore, options), not ${describe(root)}.`);
    return { config, problems, locations };
  }

  const v = new Validator(report, (key, offset) => (locations[key] = at(offset)));
  for (const prop of v.uniqueProps(root, '')) {
    // An empty `rules:` (everything under it commented out) means "nothing set", not a mistake.
    if (prop.value.kind === 'null' && (CONFIG_KEYS as readonly string[]).includes(prop.key)) continue;
    switch (prop.key) {
      case '$schema':
        v.string(prop.value, '$schema');
        break;
      case 'rules': {
        const rules = v.rules(prop.value);
        if (rules) config.rules = rules;
        break;
      }
      case 'aliases': {
        const aliases = v.stringMap(prop.value, 'aliases', 'a canonical term such as "effective compute"');
        if (aliases) config.aliases = aliases;
        break;
      }
      case 'glossary': {
        const glossary = v.stringList(prop.value, 'glossary', 'a file path relative to the config file');
        if (glossary) config.glossary = glossary;
        break;
      }
      case 'ignore': {
        const ignore = v.stringList(prop.value, 'ignore', 'a gitignore-style pattern');
        if (ignore) config.ignore = ignore;
        break;
      }
      case 'options': {
        const options = v.options(prop.value);
        if (options) config.options = options;
        break;
      }
      default:
        report(prop.keyOffset, unknownKeyMessage(prop.key, '', CONFIG_KEYS), prop.key);
    }
  }
  return { config, problems, locations };
}

class Validator {
  constructor(
    private readonly report: (offset: number, message: string, key?: string) => void,
    private readonly locate: (key: string, offset: number) => void,
  ) {}

  /** Properties of an object, reporting duplicates (the last one wins, as in JSON.parse). */
  uniqueProps(value: PValue & { kind: 'object' }, path: string): PProp[] {
    const seen = new Map<string, PProp>();
    for (const prop of value.props) {
      const key = join(path, prop.key);
      if (seen.has(prop.key)) this.report(prop.keyOffset, `"${key}" is set twice; the later value is used.`, key);
      seen.set(prop.key, prop);
    }
    return [...seen.values()];
  }

  string(value: PValue, key: string): string | undefined {
    if (value.kind === 'string') return value.value;
    this.report(value.offset, `"${key}" must be a string, not ${describe(value)}.`, key);
    return undefined;
  }

  object(value: PValue, key: string, what: string): (PValue & { kind: 'object' }) | undefined {
    if (value.kind === 'object') return value;
    this.report(value.offset, `"${key}" must be an object ${what}, not ${describe(value)}.`, key);
    return undefined;
  }

  rules(value: PValue): Record<string, SeveritySetting> | undefined {
    const object = this.object(value, 'rules', 'mapping rule ids to "off", "info", "warning" or "error"');
    if (!object) return undefined;
    const ids = RULES.map((r) => r.id);
    const rules: Record<string, SeveritySetting> = {};
    for (const prop of this.uniqueProps(object, 'rules')) {
      const key = join('rules', prop.key);
      if (!ids.includes(prop.key)) {
        this.report(prop.keyOffset, unknownKeyMessage(prop.key, 'rules', ids, 'rule'), key);
        continue;
      }
      const severity = this.severity(prop.value, key);
      if (severity) rules[prop.key] = severity;
    }
    return rules;
  }

  severity(value: PValue, key: string): SeveritySetting | undefined {
    if (value.kind === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value.value)) {
      return value.value as SeveritySetting;
    }
    const got = value.kind === 'string' ? `"${value.value}"` : describe(value);
    const hint = value.kind === 'string' ? closest(value.value, SEVERITY_SETTINGS) : severityForNumber(value);
    this.report(
      value.offset,
      `"${key}" must be "off", "info", "warning" or "error", not ${got}${hint ? ` (did you mean "${hint}"?)` : ''}.`,
      key,
    );
    return undefined;
  }

  stringMap(value: PValue, key: string, what: string): Record<string, string> | undefined {
    const object = this.object(value, key, `mapping each spelling to ${what}`);
    if (!object) return undefined;
    const out: Record<string, string> = {};
    for (const prop of this.uniqueProps(object, key)) {
      const itemKey = join(key, prop.key);
      if (prop.key.trim() === '') {
        this.report(prop.keyOffset, `"${key}" has an empty spelling; it would match nothing.`, itemKey);
        continue;
      }
      const text = this.string(prop.value, itemKey);
      if (text !== undefined && text.trim() === '') {
        this.report(prop.value.offset, `"${itemKey}" must name ${what}, not an empty string.`, itemKey);
      } else if (text !== undefined) {
        out[prop.key] = text;
      }
    }
    return out;
  }

  stringList(value: PValue, key: string, what: string): string[] | undefined {
    if (value.kind !== 'array') {
      const example = value.kind === 'string' ? ` (write ["${value.value}"])` : '';
      this.report(value.offset, `"${key}" must be a list of strings, each ${what}, not ${describe(value)}${example}.`, key);
      return undefined;
    }
    const out: string[] = [];
    value.items.forEach((item, index) => {
      const itemKey = `${key}[${index}]`;
      if (item.kind !== 'string' || item.value.trim() === '') {
        const got = item.kind === 'string' ? 'an empty string' : describe(item);
        this.report(item.offset, `"${itemKey}" must be ${what}, not ${got}.`, itemKey);
        return;
      }
      this.locate(`${key}[${out.length}]`, item.offset);
      out.push(item.value);
    });
    return out;
  }

  options(value: PValue): RsplintConfig['options'] | undefined {
    const object = this.object(value, 'options', 'of settings (quoted, benchmarks, exponentStyle)');
    if (!object) return undefined;
    const options: NonNullable<RsplintConfig['options']> = {};
    for (const prop of this.uniqueProps(object, 'options')) {
      const key = join('options', prop.key);
      switch (prop.key) {
        case 'quoted': {
          const quoted = this.oneOf(prop.value, key, ['info', 'off'] as const);
          if (quoted) options.quoted = quoted;
          break;
        }
        case 'benchmarks': {
          const benchmarks = this.stringList(prop.value, key, 'a benchmark or metric name');
          if (benchmarks) options.benchmarks = benchmarks;
          break;
        }
        case 'exponentStyle': {
          const style = this.oneOf(prop.value, key, ['caret', 'superscript'] as const);
          if (style) options.exponentStyle = style;
          break;
        }
        default:
          this.report(prop.keyOffset, unknownKeyMessage(prop.key, 'options', OPTION_KEYS), key);
      }
    }
    return options;
  }

  oneOf<T extends string>(value: PValue, key: string, allowed: readonly T[]): T | undefined {
    if (value.kind === 'string' && (allowed as readonly string[]).includes(value.value)) return value.value as T;
    const got = value.kind === 'string' ? `"${value.value}"` : describe(value);
    this.report(value.offset, `"${key}" must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not ${got}.`, key);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Syntax: JSON with comments and YAML, both turned into PValue.

type Report = (offset: number, message: string, key?: string) => void;

/** After the first few syntax errors the rest are usually echoes of the first; do not flood the terminal. */
const MAX_SYNTAX_PROBLEMS = 5;
/** Deeper than any real configuration; past it values are treated as unsupported instead of recursed into. */
const MAX_DEPTH = 64;

function readJsonc(text: string, report: Report): PValue | undefined {
  if (text.trim() === '') return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors.slice(0, MAX_SYNTAX_PROBLEMS)) report(error.offset, `Syntax error: ${jsonErrorText(printParseErrorCode(error.error))}.`);
  return tree ? fromJson(tree, 0) : undefined;
}

function fromJson(node: JsonNode, depth: number): PValue {
  if (depth > MAX_DEPTH) return { kind: 'other', offset: node.offset, value: undefined };
  switch (node.type) {
    case 'object': {
      const props: PProp[] = [];
      for (const child of node.children ?? []) {
        const [keyNode, valueNode] = child.children ?? [];
        // A property cut short by a syntax error has no value; the syntax problem already covers it.
        if (!keyNode || !valueNode) continue;
        props.push({ key: String(keyNode.value), keyOffset: keyNode.offset, value: fromJson(valueNode, depth + 1) });
      }
      return { kind: 'object', offset: node.offset, props };
    }
    case 'array':
      return { kind: 'array', offset: node.offset, items: (node.children ?? []).map((child) => fromJson(child, depth + 1)) };
    case 'string':
      return { kind: 'string', offset: node.offset, value: node.value as string };
    case 'number':
    case 'boolean':
    case 'null':
      return { kind: node.type, offset: node.offset, value: node.value };
    default:
      return { kind: 'other', offset: node.offset, value: undefined };
  }
}

/** jsonc-parser's codes are identifiers ("CommaExpected"); say them as words. */
function jsonErrorText(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.replace(/^invalid symbol$/, 'unexpected character').replace(/^end of file expected$/, 'unexpected text after the end of the configuration');
}

function readYaml(text: string, report: Report): PValue | undefined {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false });
  for (const error of doc.errors.slice(0, MAX_SYNTAX_PROBLEMS)) report(error.pos[0], `Syntax error: ${firstLine(error.message)}.`);
  if (doc.errors.length > 0 && !isMap(doc.contents)) return undefined;
  return doc.contents ? fromYaml(doc.contents as YamlNode, 0) : undefined;
}

function fromYaml(node: YamlNode, depth: number): PValue {
  const offset = node.range?.[0] ?? 0;
  if (depth > MAX_DEPTH) return { kind: 'other', offset, value: undefined };
  if (isMap(node)) {
    const props: PProp[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined || keyNode === null) continue;
      const valueOffset = (pair.value as YamlNode | null)?.range?.[0] ?? keyNode.range?.[1] ?? offset;
      const value: PValue = pair.value ? fromYaml(pair.value as YamlNode, depth + 1) : { kind: 'null', offset: valueOffset, value: null };
      props.push({ key, keyOffset: keyNode.range?.[0] ?? offset, value });
    }
    return { kind: 'object', offset, props };
  }
  if (isSeq(node)) return { kind: 'array', offset, items: node.items.map((item) => fromYaml(item as YamlNode, depth + 1)) };
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return { kind: 'string', offset, value };
    if (typeof value === 'number') return { kind: 'number', offset, value };
    if (typeof value === 'boolean') return { kind: 'boolean', offset, value };
    if (value === null || value === undefined) return { kind: 'null', offset, value: null };
    return { kind: 'other', offset, value };
  }
  // Aliases are resolved by nothing here: a config has no need for them, and refusing them keeps
  // "billion laughs" style inputs harmless.
  if (isAlias(node)) return { kind: 'other', offset, value: undefined };
  return { kind: 'other', offset, value: undefined };
}

/**
 * A linear-time upper bound on how deeply a JSON or YAML text nests: brackets outside double-quoted
 * strings, plus, for YAML, block nesting by indentation and by "- " / "? " / "key: " on one line.
 * It errs towards counting too much (a string never spans lines here), never too little.
 */
function nestingDepth(text: string, yaml: boolean): number {
  let max = 0;
  let depth = 0;
  let inString = false;
  let lineStart = true;
  let blockDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      inString = false;
      lineStart = true;
      blockDepth = 0;
      continue;
    }
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (yaml && lineStart) {
      if (c === ' ' || ((c === '-' || c === '?') && text[i + 1] === ' ')) {
        blockDepth += c === ' ' ? 0.5 : 1;
        max = Math.max(max, depth + blockDepth);
        continue;
      }
      lineStart = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth + blockDepth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (yaml && c === ':' && text[i + 1] === ' ') max = Math.max(max, depth + ++blockDepth);
  }
  return max;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trimEnd().replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
}

// ---------------------------------------------------------------------------------------------
// Wording helpers.

function describe(value: PValue): string {
  switch (value.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return `the string "${value.value}"`;
    case 'number':
      return `the number ${String(value.value)}`;
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'an empty value';
    default:
      return 'an unsupported value';
  }
}

/** ESLint users write 0/1/2; name the word they meant. */
function severityForNumber(value: PValue): string | undefined {
  if (value.kind !== 'number') return undefined;
  return ({ 0: 'off', 1: 'warning', 2: 'error' } as Record<number, string>)[value.value as number];
}

function unknownKeyMessage(key: string, parent: string, known: readonly string[], noun = 'key'): string {
  const where = parent ? ` in "${parent}"` : '';
  const guess = closest(key, known);
  const hint = guess ? `did you mean "${guess}"?` : noun === 'rule' ? 'run `rsplint --help` for the list of rules.' : `known keys: ${known.filter((k) => k !== '$schema').join(', ')}.`;
  return `Unknown ${noun} "${key}"${where}; ${hint}`;
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/** The known word nearest to a misspelling, if it is near enough to be a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const distance = c.startsWith(lower) && lower.length >= 3 ? 1 : editDistance(lower, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
