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
  first: P;
  last: P;
}

/**
 * Missed periods gathered in order until the run is closed.
 * @example const run = new MissedRun<Period>(); run.add(due, period); const r = run.close(true) // { dues: [due], ongoing: true, first: period, last: period }
 */
export class MissedRun<P> {
  private dues: number[] = [];
  private first: P | undefined;
  private last: P | undefined;

  /** One more missed period right after the previous one. */
  add(due: number, period: P): void {
    if (this.dues.length === 0) this.first = period;
    this.last = period;
    this.dues.push(due);
  }

  /**
   * The run so far, emptied: undefined when no period was missed. `ongoing`: it reaches the last
   * period that ended before the check and the customer still owes (the period in progress is not met).
   */
  close(ongoing: boolean): ClosedRun<P> | undefined {
    if (this.dues.length === 0) return undefined;
    const run = { dues: this.dues, ongoing, first: this.first!, last: this.last! };
    this.dues = [];
    this.first = this.last = undefined;
    return run;
  }
}
