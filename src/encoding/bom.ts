// Byte-order marks: decisive for the encoding, and removed from the text.
const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The BOM at the start of `bytes`, if any: its encoding and its length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const b of BOMS) {
    if (bytes.length >= b.bytes.length && b.bytes.every((v, i) => bytes[i] === v)) {
      return { encoding: b.encoding, length: b.bytes.length };
    }
  }
  return null;
}
