import { describe, expect, it } from '@jest/globals';
import { budgetOptimizerFor, coresAllBusy } from '../../src/core/optimizer-budget.js';

describe('optimizer budget', () => {
  it('counts cores as all busy when the lint has a thread for each', () => {
    expect(coresAllBusy(2, 2)).toBe(true);
    expect(coresAllBusy(2, 1)).toBe(true);
    expect(coresAllBusy(1, 1)).toBe(true);
  });

  it('leaves a spare core to the optimiser', () => {
    expect(coresAllBusy(1, 2)).toBe(false);
    expect(coresAllBusy(2, 4)).toBe(false);
  });

  it('raises the budget only when every core is busy', () => {
    expect(budgetOptimizerFor(2, 8)).toBe(false);
    expect(budgetOptimizerFor(2, 2)).toBe(true);
  });
});
