/** Every request with method, path, status, bytes and timing; read by tests and benchmarks via GET /__pmo/log. */
export interface LogEntry {
  seq: number;
  /** Epoch ms when the request arrived. */
  at: number;
  method: string;
  path: string;
  status: number;
  bytesIn: number;
  bytesOut: number;
  ms: number;
  user: string;
  /** Requests inside a SharePoint or Graph $batch are logged too, with this flag. */
  inner?: boolean;
}

export class RequestLog {
  private entries: LogEntry[] = [];
  private seq = 0;

  constructor(private readonly max = 20000) {}

  add(entry: Omit<LogEntry, 'seq'>): LogEntry {
    const e = { ...entry, seq: ++this.seq };
    this.entries.push(e);
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
    return e;
  }

  since(seq = 0): LogEntry[] {
    return this.entries.filter((e) => e.seq > seq);
  }

  clear(): void {
    this.entries = [];
  }

  get last(): number {
    return this.seq;
  }
}
