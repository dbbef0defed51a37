// Node 20's TextDecoder reads the `windows-1252` label as ISO-8859-1: bytes 0x80–0x9F come out
// as C1 controls instead of € ‚ „ … “ ” – — ™. Browsers follow the WHATWG standard. When the
// platform is one of the former, put the windows-1252 characters back (exact: under ISO-8859-1
// each of those code points stands for the byte of the same value).
import { CP1252_HIGH } from './data/cp1252.js';

let broken: boolean | null = null;

function platformIsLatin1(): boolean {
  if (broken === null) broken = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20ac';
  return broken;
}

/** Text decoded with the platform's `windows-1252` decoder, made right where the platform is not. */
export function fixWindows1252(text: string): string {
  if (!platformIsLatin1()) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
