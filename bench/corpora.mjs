// Builds the benchmark corpora under .bench/corpus/, deterministically: the same installed packages and
// the same policy material give byte-identical corpora (their SHA-256 is printed with the results).
//
//   (a) docs/    ~10 MiB of real Markdown: the .md files shipped inside node_modules (package READMEs,
//                docs, changelogs), sorted by path, identical files once, copied in order (and again,
//                round by round, if the packages hold less than the target).
//   (b) policy/  ~10 MiB of policy-dense text: ../shared/corpus/dev/*.md and examples/rsp-draft.md,
//                copied round-robin until the target.
//   (c) drafts/  one ~100 KB and one ~1 MB policy draft, concatenated from the same material, cut at a
//                paragraph break; plus ten distinct ~100 KB drafts for the server memory bar.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MiB = 1024 * 1024;

/** Every *.md / *.markdown file under `dir` (symbolic links not followed), as sorted relative paths. */
function markdownFilesUnder(dir) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  // Code-unit order, not locale order: the same on every machine.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function safeName(path) {
  return path.split(sep).join('__').replace(/[^A-Za-z0-9._-]/g, '_').slice(-120);
}

/** Copies `sources` ({name, bytes}) in order, round after round, into `dir` until `target` bytes. */
function fill(dir, sources, target) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  let total = 0;
  let index = 0;
  for (let round = 0; total < target; round++) {
    for (const s of sources) {
      if (total >= target) break;
      const name = `${String(index++).padStart(5, '0')}-${round > 0 ? `r${round}-` : ''}${s.name}`;
      writeFileSync(join(dir, name), s.bytes);
      files.push(name);
      total += s.bytes.length;
    }
  }
  return { dir, files, bytes: total };
}

/** Concatenates the material (starting at document `rotate`) into one draft of about `target` bytes. */
export function draftOf(material, target, rotate = 0) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < target + 20_000; i++) {
    const m = material[(i + rotate) % material.length];
    const part = `## Part ${i + 1}: ${m.title}\n\n${m.text.trim()}\n`;
    parts.push(part);
    length += Buffer.byteLength(part) + 1;
  }
  let text = `# Frontier model scaling policy (benchmark draft)\n\n${parts.join('\n')}`;
  // Cut at the last paragraph break before the target, so the draft ends cleanly.
  const cut = text.lastIndexOf('\n\n', Math.floor(target * 0.999));
  text = text.slice(0, cut > 0 ? cut : target) + '\n';
  return text;
}

function sha256(dir, files) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f);
    h.update(readFileSync(join(dir, f)));
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * Builds (or rebuilds) every corpus. Returns their descriptions; `notes` says what was skipped.
 * `scale` shrinks the 10 MiB corpora for a quick run (--quick).
 */
export function buildCorpora({ root, out, scale = 1 }) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const notes = [];

  // (a) Real documentation from installed packages.
  const nodeModules = join(root, 'node_modules');
  const seen = new Set();
  const docs = [];
  for (const rel of markdownFilesUnder(nodeModules)) {
    const bytes = readFileSync(join(nodeModules, rel));
    if (bytes.length === 0) continue;
    const hash = createHash('sha1').update(bytes).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    docs.push({ name: safeName(rel), bytes });
  }
  const docsUnique = docs.reduce((n, d) => n + d.bytes.length, 0);
  const a = fill(join(out, 'docs'), docs, 10 * MiB * scale);
  a.unique = { files: docs.length, bytes: docsUnique };
  if (docsUnique < a.bytes) notes.push(`corpus (a): node_modules holds ${(docsUnique / MiB).toFixed(1)} MiB of distinct Markdown in ${docs.length} files; it is copied ${Math.ceil(a.bytes / docsUnique)} times round to reach ${(a.bytes / MiB).toFixed(1)} MiB.`);

  // (b) and (c): policy material.
  const devDir = join(root, '..', 'shared', 'corpus', 'dev');
  const material = [];
  if (existsSync(devDir) && statSync(devDir).isDirectory()) {
    for (const f of readdirSync(devDir).filter((f) => f.endsWith('.md')).sort()) {
      material.push({ name: f, title: f.replace(/\.md$/, ''), text: readFileSync(join(devDir, f), 'utf8') });
    }
  } else {
    notes.push('corpus (b)/(c): ../shared/corpus/dev is absent; the policy corpora are built from examples/rsp-draft.md alone.');
  }
  const example = join(root, 'examples', 'rsp-draft.md');
  if (existsSync(example)) material.push({ name: 'rsp-draft.md', title: 'rsp-draft', text: readFileSync(example, 'utf8') });
  if (material.length === 0) throw new Error('no policy material: neither ../shared/corpus/dev nor examples/rsp-draft.md exists');
  const b = fill(
    join(out, 'policy'),
    material.map((m) => ({ name: m.name, bytes: Buffer.from(m.text) })),
    10 * MiB * scale,
  );

  const draftsDir = join(out, 'drafts');
  mkdirSync(draftsDir, { recursive: true });
  const draft100k = join(draftsDir, 'draft-100k.md');
  const draft1m = join(draftsDir, 'draft-1m.md');
  writeFileSync(draft100k, draftOf(material, 100 * 1000));
  writeFileSync(draft1m, draftOf(material, 1000 * 1000));
  const ten = [];
  for (let i = 0; i < 10; i++) {
    const path = join(draftsDir, `open-${i}.md`);
    writeFileSync(path, draftOf(material, 100 * 1000, i + 1));
    ten.push(path);
  }

  return {
    notes,
    material,
    a: { ...a, sha: sha256(a.dir, a.files) },
    b: { ...b, sha: sha256(b.dir, b.files), sources: material.map((m) => m.name) },
    c: {
      draft100k: { path: draft100k, bytes: statSync(draft100k).size },
      draft1m: { path: draft1m, bytes: statSync(draft1m).size },
      tenDrafts: ten,
    },
  };
}

