import { describe, expect, it } from 'vitest';
import * as dti from '../src/dti.js';

describe('vn-dx/dti', () => {
  it('exports the published results and their queries', () => {
    expect(dti.DTI_RESULTS.length).toBeGreaterThan(60);
    expect(dti.dtiRanking(2022)).toHaveLength(63);
    expect(dti.DTI_MAIN_INDEX_VALUES).toHaveLength(5);
  });
});
