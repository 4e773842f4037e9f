import { describe, expect, it } from 'vitest';
import * as framework from '../src/framework.js';

describe('vn-dx/framework', () => {
  it('exports the catalogue, structures, targets, service levels and the 922 framework', () => {
    for (const name of [
      'INDICATORS',
      'getIndicator',
      'findIndicators',
      'DTI_STRUCTURES',
      'DTI_922_WEIGHTS',
      'DTI_922_FRAMEWORK',
      'NATIONAL_TARGETS',
      'NATIONAL_DOCUMENTS',
      'NATIONAL_SOURCES',
      'SERVICE_LEVELS',
      'serviceLevelsAt',
    ]) {
      expect(framework, name).toHaveProperty(name);
    }
  });
});
