// A minimal LSP client for the benchmark: spawns the built server over stdio, frames JSON-RPC by hand
// (no dependency), and lets the caller wait for the diagnostics of a given document version.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export class LspClient {
  static start(serverBin, { cwd, initializationOptions } = {}) {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    return client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions,
      capabilities: {
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
      },
    }).then((init) => {
      client.notify('initialized', {});
      return { client, init };
    });
  }

  constructor(child) {
    this.child = child;
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.exited = false;
    child.stdout.on('data', (chunk) => this.onData(chunk));
    child.stderr.on('data', (chunk) => (this.stderr += chunk));
    child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`server exited: ${this.stderr.slice(-500)}`));
      for (const w of this.waiters) w.reject(new Error(`server exited: ${this.stderr.slice(-500)}`));
    });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  onMessage(message) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(message.error.message));
      else p?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server (configuration, registration…): answer with nothing useful.
      const result = message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params;
      const at = performance.now();
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri) return true;
        if (w.version !== undefined && params.version !== undefined && params.version !== w.version) return true;
        w.resolve({ at, diagnostics: params.diagnostics });
        return false;
      });
    }
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the time the next diagnostics for `uri` (at `version`, when the server says) arrive. */
  diagnostics(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const waiter = { uri, version, resolve, reject };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiter.resolve = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
      waiter.reject = (e) => {
        clearTimeout(timer);
        reject(e);
      };
      this.waiters.push(waiter);
    });
  }

  /** Peak resident set of the server process so far (Linux /proc), in KiB; undefined elsewhere. */
  peakRssKiB() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    } catch {
      return undefined;
    }
  }

  async stop() {
    if (this.exited) return;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 5000))]);
      this.notify('exit', null);
    } catch {
      // Already gone.
    }
    await new Promise((r) => {
      if (this.exited) r();
      else {
        const t = setTimeout(() => {
          this.child.kill();
          r();
        }, 5000);
        this.child.on('exit', () => {
          clearTimeout(t);
          r();
        });
      }
    });
  }
}

/** UTF-16 offset → LSP position, for text whose lines end in \n, \r\n or \r. */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
