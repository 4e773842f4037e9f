import { describe, expect, it } from 'vitest';
import { LabelSchema } from '../../src/model/label.js';

describe('LabelSchema', () => {
  it('needs both languages, non-empty', () => {
    expect(LabelSchema.safeParse({ vi: 'Xã hội số', en: 'Digital society' }).success).toBe(true);
    expect(LabelSchema.safeParse({ vi: 'Xã hội số', en: '' }).success).toBe(false);
    expect(LabelSchema.safeParse({ vi: 'Xã hội số' }).success).toBe(false);
    expect(LabelSchema.safeParse({ vi: 'a', en: 'b', fr: 'c' }).success).toBe(false);
  });
});
