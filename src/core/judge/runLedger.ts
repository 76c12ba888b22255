// The results of one run, kept in case order while the cases are decided one by one.
import { performance } from 'node:perf_hooks';
import type { TestCase } from '../problems/schema';
import type { Language } from '../vocabulary';
import type { CaseResult, RunResult } from './verdicts';
import { notRun, runVerdict } from './verdicts';

/** Milliseconds since `start` (a `performance.now()` reading), rounded. */
export function since(start: number): number {
  return Math.round(performance.now() - start);
}

export interface LedgerOptions {
  cases: readonly TestCase[];
  language: Language;
  /** `performance.now()` when the run began. */
  start: number;
  /** The reason the run was cancelled, once it was. */
  cancelled: () => string | undefined;
  /** Told of each case as it is decided, in order; its failures are logged, never thrown. */
  onCase?: (r: CaseResult) => void;
  log: (msg: string) => void;
}

export class RunLedger {
  private readonly results: (CaseResult | undefined)[];

  constructor(private readonly o: LedgerOptions) {
    this.results = new Array<CaseResult | undefined>(o.cases.length).fill(undefined);
  }

  emit(k: number, r: CaseResult): void {
    this.results[k] = r;
    try {
      this.o.onCase?.(r);
    } catch (err) {
      this.o.log(`judge: onCase failed: ${String(err)}`);
    }
  }

  /** The run's result: cases never decided are "not run"; a cancelled run is an error. */
  finish(extra: Pick<RunResult, 'compileError' | 'runtime'> = {}): RunResult {
    const cases = this.o.cases.map((c, i) => this.results[i] ?? notRun(c, 'not run'));
    const { verdict, passed, error } = runVerdict(cases, this.o.cancelled());
    const result: RunResult = { verdict, passed, total: cases.length, durationMs: since(this.o.start), cases, language: this.o.language, ...extra };
    if (error) result.error = error;
    return result;
  }
}
