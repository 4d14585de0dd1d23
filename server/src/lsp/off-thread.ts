// Analysis off the main thread, within a work budget (issue 12 §3). The language server's main thread
// only answers the editor: hovers, code actions and symbols read analyses it already has, so a document
// that takes seconds to analyse cannot delay them. Analyses run one at a time on a worker thread; one
// that runs past the budget is stopped (the worker is terminated and a fresh one takes the next job), so
// no document can hold the others up for longer than the budget. The worker's heap is capped too (2 GB):
// a document that would exhaust memory loses its own analysis, not the server.
import { Worker } from 'node:worker_threads';
import type { Analysis, LintOptions } from '../lint';

export type WorkerRequest =
  | { type: 'analyze'; id: number; uri: string | undefined; text: string; options: Omit<LintOptions, 'cache'> }
  | { type: 'forget'; uri: string };
export type WorkerReply = { id: number; analysis: Analysis } | { id: number; error: string; stack?: string };

/** The analysis of this version was stopped because it ran past the budget. */
export class OverBudget extends Error {
  constructor(readonly budgetMs: number) {
    super(`the analysis took longer than ${budgetMs / 1000} s`);
  }
}

/** A newer version of the same document was queued before this one started; its result would be stale. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version of the document');
  }
}

interface Job {
  id: number;
  uri: string | undefined;
  text: string;
  options: Omit<LintOptions, 'cache'>;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

export interface OffThreadOptions {
  /** The worker script (dist/analysis-worker.js). */
  script: string;
  /** How long one analysis may run. */
  budgetMs: number;
  /** Heap limit of the worker, in MB. */
  maxHeapMb?: number;
  log(message: string): void;
}

export class OffThreadAnalyzer {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private counter = 0;
  private disposed = false;

  constructor(private readonly options: OffThreadOptions) {
    // Started now, so the first document opened does not also wait for the thread to load the engine.
    this.ensureWorker();
  }

  analyze(uri: string | undefined, text: string, options: LintOptions): Promise<Analysis> {
    const { cache: _cache, ...rest } = options;
    // Only the newest waiting version of a document is worth analysing.
    for (let i = this.queue.length - 1; i >= 0 && uri !== undefined; i--) {
      if (this.queue[i]!.uri === uri) this.queue.splice(i, 1)[0]!.reject(new Superseded());
    }
    return new Promise<Analysis>((resolve, reject) => {
      if (this.disposed) return reject(new Error('the language server is shutting down'));
      this.queue.push({ id: ++this.counter, uri, text, options: rest, resolve, reject });
      this.next();
    });
  }

  /** The document was closed: the worker may drop its parse cache. */
  forget(uri: string): void {
    this.worker?.postMessage({ type: 'forget', uri } satisfies WorkerRequest);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the language server is shutting down'));
    if (this.running) this.finish(this.running.job.id)?.reject(new Error('the language server is shutting down'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private next(): void {
    if (this.disposed || this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const worker = this.ensureWorker();
    const timer = setTimeout(() => this.overBudget(job), this.options.budgetMs);
    this.running = { job, timer };
    worker.postMessage({ type: 'analyze', id: job.id, uri: job.uri, text: job.text, options: job.options } satisfies WorkerRequest);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.script, {
      // 2 GB: a lower cap makes V8 collect so eagerly that a 1 MB draft takes half as long again (measured:
      // 840–870 ms warm at 1 GB, 490–590 ms at 2 GB and with no cap).
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = this.finish(reply.id);
      if (!job) return;
      if ('analysis' in reply) job.resolve(reply.analysis);
      else {
        const error = new Error(reply.error);
        if (reply.stack) error.stack = reply.stack;
        job.reject(error);
      }
    });
    const lost = (why: string): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running?.job;
      if (job) this.finish(job.id)?.reject(new Error(why));
    };
    worker.on('error', (error) => lost(`the analysis thread failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the analysis thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** Ends the running job if it is `id`, and starts the next one. */
  private finish(id: number): Job | undefined {
    if (!this.running || this.running.job.id !== id) return undefined;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = undefined;
    setImmediate(() => this.next());
    return job;
  }

  private overBudget(job: Job): void {
    if (this.running?.job !== job) return;
    this.options.log(`stopped the analysis of ${job.uri ?? 'a closed document'} after ${this.options.budgetMs} ms (over the work budget)`);
    const worker = this.worker;
    this.worker = undefined; // the next job starts a fresh thread; the old one's exit is ignored
    void worker?.terminate();
    this.finish(job.id)?.reject(new OverBudget(this.options.budgetMs));
  }
}
