// Reads documents defensively: whatever is on disk, the answer is either text or a one-line reason,
// never an exception. The reasons are written to be read after a file name ("policy.md: …").
import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** Files over this size are refused: no policy draft is this long, and a linter must not eat the machine. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { text: string } | { error: string };

export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { error: 'is a directory' };
    if (!stat.isFile()) return { error: 'is not a regular file' };
    size = stat.size;
  } catch (error) {
    return { error: describeFsError(error) };
  }
  if (size > maxBytes) return { error: tooLarge(size, maxBytes) };
  let read: { buffer: Buffer; over: boolean };
  try {
    read = boundedRead(path, maxBytes);
  } catch (error) {
    return { error: describeFsError(error) };
  }
  if (read.over) return { error: `is larger than the ${formatSize(maxBytes)} limit for one file` };
  return decodeText(read.buffer, maxBytes);
}

/**
 * Reads at most maxBytes + 1 bytes, whatever size the file system reports: procfs files say 0 and can be
 * endless (/proc/self/pagemap), so the limit is enforced while reading, not after.
 */
function boundedRead(path: string, maxBytes: number): { buffer: Buffer; over: boolean } {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // Whole 64 KB chunks: some procfs files only accept aligned reads.
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    return { buffer: Buffer.concat(chunks, total), over: total > maxBytes };
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes to text: refuses binary and UTF-16 data, strips a UTF-8 byte-order mark, and turns invalid
 * UTF-8 into U+FFFD replacement characters (the offsets then match what an editor shows).
 */
export function decodeText(buffer: Uint8Array, maxBytes = MAX_FILE_BYTES): ReadResult {
  if (buffer.length > maxBytes) return { error: tooLarge(buffer.length, maxBytes) };
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    return { error: 'is encoded as UTF-16; rsplint reads UTF-8 text (re-save the file as UTF-8)' };
  }
  if (buffer.indexOf(0) !== -1) return { error: 'looks like a binary file (it contains NUL bytes), not text' };
  // TextDecoder strips a leading BOM by default (ignoreBOM: false) and never throws without `fatal`.
  return { text: new TextDecoder('utf-8').decode(buffer) };
}

function tooLarge(size: number, maxBytes: number): string {
  return `is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for one file`;
}

function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number(value.toFixed(2))} ${unit}`;
}

/** Node's error codes, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symbolic link loop)';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
