import type { FakeOfficeError } from './office-error';
import type { FakeProxy, Surface } from './proxy';
import type { FakeWorkbook } from './workbook';
import { FakeWorkbookProxy } from './workbook-proxy';

export class FakeRequestContext implements Surface<Excel.RequestContext, 'workbook' | 'sync'> {
  readonly workbook: FakeWorkbookProxy;
  /** Explicit sync() calls on this context. */
  syncs = 0;
  /** Commands or loads queued since the last sync. */
  queued = false;
  private readonly proxies: FakeProxy[] = [];
  private readonly failures: FakeOfficeError[] = [];

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  register(p: FakeProxy): void {
    this.proxies.push(p);
    this.queued = true;
  }

  /** A command that fails in Excel: the next sync rejects with it. */
  fail(e: FakeOfficeError): void {
    this.failures.push(e);
    this.queued = true;
  }

  touch(): void {
    this.queued = true;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.model.syncs++;
    await this.flush();
  }

  /** One round trip: loaded values become readable, queued failures reject. */
  async flush(): Promise<void> {
    this.model.roundTrips++;
    this.queued = false;
    await Promise.resolve();
    for (const p of this.proxies) p.settle();
    const failure = this.failures.shift();
    this.failures.length = 0;
    if (failure) throw failure;
  }
}
