// GBK bytes as the damaging decoder saw them: a small in-step decoder over the WHATWG gbk
// index (two-byte codes and € = 0x80 only; the damage never involves four-byte sequences).
import { doubleByteChar, encodeLegacy } from '../../encoding/tables.js';

export const isLead = (b: number): boolean => b >= 0x81 && b <= 0xfe;
export const isTrail = (b: number): boolean => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);

/** The GBK character of a two-byte code, if any. */
export function gbkChar(code: number): string | undefined {
  return doubleByteChar(code, 'gbk');
}

/**
 * Decodes in step from the first byte. A lead byte without a valid trail becomes U+FFFD
 * (and the next byte is read again). With `openEnd`, a lead byte left alone at the very end is
 * dropped instead: the caller will supply its partner later.
 */
export function decodeGbk(bytes: ArrayLike<number>, openEnd = false): string {
  let s = '';
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) s += String.fromCharCode(b);
    else if (b === 0x80) s += '€';
    else if (b === 0xff) s += '\ufffd';
    else if (i + 1 < n && isTrail(bytes[i + 1])) {
      s += doubleByteChar((b << 8) | bytes[i + 1], 'gbk') ?? '\ufffd';
      i++;
    } else if (!(openEnd && i === n - 1)) s += '\ufffd';
  }
  return s;
}

/** True when decoding in step from the start leaves the last byte as a lead waiting for its trail. */
export function endsDangling(bytes: ArrayLike<number>): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (isLead(b)) {
      if (i === n - 1) return true;
      i += isTrail(bytes[i + 1]) ? 2 : 1;
    } else i++;
  }
  return false;
}

/** GBK bytes of a string, or null if a character has no GBK code. */
export function encodeGbk(text: string): Uint8Array | null {
  return encodeLegacy(text, 'gbk');
}
