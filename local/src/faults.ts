/**
 * Latency and faults on demand: from PMO_LATENCY_MS / PMO_FAULTS at start, or POST /__pmo/faults.
 * A rule answers matching requests with its status (429/503 get Retry-After) `times` times, or a
 * `rate` share of them, before letting them through.
 */
export interface FaultRule {
  /** Regular expression tested against "METHOD /path?query". */
  match: string;
  status: number;
  retryAfter?: number;
  /** Answer this many matching requests with the fault, then stop. Default: unlimited. */
  times?: number;
  /** Share (0..1) of matching requests to fault. Default 1. */
  rate?: number;
  /** Added latency in ms for matching requests (applies even when status is 0). */
  latencyMs?: number;
}

export interface FaultConfig {
  /** Added to every request's round trip, in ms. */
  latencyMs: number;
  rules: FaultRule[];
}

export class Faults {
  private config: FaultConfig = { latencyMs: 0, rules: [] };
  private hits = new Map<FaultRule, number>();
  // Deterministic share for `rate`, so runs are repeatable.
  private counter = 0;

  constructor(initial?: Partial<FaultConfig>) {
    if (initial) this.set(initial);
  }

  set(config: Partial<FaultConfig>): FaultConfig {
    this.config = { latencyMs: Math.max(0, Number(config.latencyMs ?? 0)), rules: (config.rules ?? []).map((r) => ({ ...r })) };
    for (const r of this.config.rules) new RegExp(r.match); // throws early on a bad pattern
    this.hits.clear();
    return this.get();
  }

  get(): FaultConfig {
    return { latencyMs: this.config.latencyMs, rules: this.config.rules.map((r) => ({ ...r })) };
  }

  /** Latency to add and, if a rule fires, the fault to answer with. */
  decide(method: string, pathAndQuery: string): { latencyMs: number; fault?: FaultRule } {
    let latencyMs = this.config.latencyMs;
    const key = `${method} ${pathAndQuery}`;
    for (const rule of this.config.rules) {
      if (!new RegExp(rule.match).test(key)) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (!rule.status) continue;
      const used = this.hits.get(rule) ?? 0;
      if (rule.times !== undefined && used >= rule.times) continue;
      const rate = rule.rate ?? 1;
      this.counter++;
      if (rate < 1 && (this.counter * rate) % 1 >= rate) continue;
      this.hits.set(rule, used + 1);
      return { latencyMs, fault: rule };
    }
    return { latencyMs };
  }
}

export function faultsFromEnv(env: NodeJS.ProcessEnv): Partial<FaultConfig> {
  const rules = env.PMO_FAULTS ? (JSON.parse(env.PMO_FAULTS) as FaultRule[]) : [];
  return { latencyMs: Number(env.PMO_LATENCY_MS ?? 0) || 0, rules };
}
