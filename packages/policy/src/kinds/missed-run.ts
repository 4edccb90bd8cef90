/**
 * Consecutive missed periods of one rule for one customer (or submitter) as ONE finding: "自
 * 2025-08-25 那周起连续 7 周没有成功回访", not seven. A kind adds each missed period in order and
 * closes the run at the first period that was not missed (kept, unsure, hidden, in progress), saying
 * whether the customer still owes; the engine books the fine once per period (EmitInput.missed).
 */

/** A closed run: what a kind needs to word its finding and what EmitInput.missed takes. */
export interface ClosedRun<P> {
  /** Each missed period's due day, in order; the first is the finding's due date. */
  dues: number[];
  ongoing: boolean;
  /** Each missed period as the kind added it, in order; `first` and `last` of them. */
  periods: P[];
  first: P;
  last: P;
}

/**
 * Missed periods gathered in order until the run is closed.
 * @example const run = new MissedRun<Period>(); run.add(due, period); const r = run.close(true) // { dues: [due], ongoing: true, periods: [period], first: period, last: period }
 */
export class MissedRun<P> {
  private dues: number[] = [];
  private periods: P[] = [];

  /** One more missed period right after the previous one. */
  add(due: number, period: P): void {
    this.dues.push(due);
    this.periods.push(period);
  }

  /**
   * The run so far, emptied: undefined when no period was missed. `ongoing`: it reaches the last
   * period that ended before the check and the customer still owes (the period in progress is not met).
   */
  close(ongoing: boolean): ClosedRun<P> | undefined {
    if (this.dues.length === 0) return undefined;
    const { dues, periods } = this;
    this.dues = [];
    this.periods = [];
    return { dues, ongoing, periods, first: periods[0], last: periods[periods.length - 1] };
  }
}
