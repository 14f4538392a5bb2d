import { describe, expectTypeOf, it } from 'vitest';
import type { CesEffortResult } from '../../../src/lib/metrics/ces-effort.ts';
import type { CesResult } from '../../../src/lib/metrics/ces.ts';

describe('CES variants', () => {
  it('are different types, so CES 1.0 and 2.0 cannot be mixed up', () => {
    expectTypeOf<CesEffortResult>().not.toExtend<CesResult>();
    expectTypeOf<CesResult>().not.toExtend<CesEffortResult>();
    expectTypeOf<CesEffortResult['variant']>().toEqualTypeOf<'ces-1.0'>();
    expectTypeOf<CesResult['variant']>().toEqualTypeOf<'ces-2.0'>();
    expectTypeOf<CesResult>().not.toHaveProperty('meanEffort');
    expectTypeOf<CesEffortResult>().not.toHaveProperty('meanAgreement');
  });
});
