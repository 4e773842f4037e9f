import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { seedDataset } from '../../src/seed.js';
import { memoryIo } from './fixture.js';

describe('docs/media/dti-ranks.svg', () => {
  it('is what `vn-dx chart ranks --lang en` draws from the seed dataset (regenerate it if this fails)', async () => {
    const io = memoryIo();
    expect(
      await main(['chart', 'ranks', '--lang', 'en', '--out', 'chart.svg'], io.io, seedDataset),
    ).toBe(0);
    const committed = readFileSync(
      new URL('../../docs/media/dti-ranks.svg', import.meta.url),
      'utf8',
    );
    expect(io.written['chart.svg']).toBe(committed);
  });
});
