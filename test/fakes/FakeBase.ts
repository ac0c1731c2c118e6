/**
 * Shared machinery of the in-memory fakes: a call log, errors queued per method, and a pause gate
 * to hold answers (to see "saving…" states or make an older search answer arrive last).
 */
export interface IFakeCall {
  method: string;
  args: unknown[];
}

export class FakeBase {
  /** Every call, in order, with its arguments. */
  public readonly calls: IFakeCall[] = [];
  private readonly failures: Record<string, unknown[]> = {};
  private gate: Promise<void> | undefined;
  private openGate: (() => void) | undefined;

  /** The next call of `method` rejects with `error` (queue several for several calls). */
  public failNext(method: string, error: unknown): this {
    (this.failures[method] = this.failures[method] || []).push(error);
    return this;
  }

  /** Calls from now on wait until resume(). */
  public pause(): void {
    if (this.gate) return;
    this.gate = new Promise<void>((resolve) => {
      this.openGate = resolve;
    });
  }

  /** Lets waiting calls answer. */
  public resume(): void {
    const open = this.openGate;
    this.gate = undefined;
    this.openGate = undefined;
    if (open) open();
  }

  /** The calls of one method. */
  public callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  protected async run<T>(method: string, args: unknown[], fn: () => T): Promise<T> {
    this.calls.push({ method, args });
    const gate = this.gate;
    if (gate) await gate;
    const queued = this.failures[method];
    if (queued && queued.length) throw queued.shift();
    // Copies keep the fake's state from being mutated by the code under test (as a server would).
    return clone(fn());
  }
}

/** A deep copy through JSON (records are plain data). */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
