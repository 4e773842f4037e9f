// Name comparison shared by the cross-check, the text check and the name settlements.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A name with tone-mark placement made canonical: each syllable loses its tone mark, which is
 * appended to the syllable instead, so `Hòa` and `Hoà` agree while `Mường` and `Mương` (different
 * tones) and `Thủy`/`Thuỷ` (same tone) are told apart correctly. Also folds case and spaces.
 */
export function canonicalName(name) {
  return name
    .replace(/[’‘`]/g, "'")
    .normalize('NFD')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .split(/([^\p{L}\p{M}]+)/u)
    .map((syllable) => {
      const tones = syllable.match(TONES) ?? [];
      return syllable.replace(TONES, '') + tones.join('');
    })
    .join('')
    .normalize('NFC');
}
