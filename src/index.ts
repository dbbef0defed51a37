// Public API only: re-exports, no logic. Browser-safe: nothing here imports Node built-ins.
export { decode } from './encoding/decode.js';
export { detect } from './encoding/detect.js';
export { repair, type RepairOptions } from './repair/repair.js';
export { convert, type ConvertOptions } from './convert/convert.js';
export { clean, cleanBatch, type CleanOptions } from './clean/clean.js';
export { align, type AlignOptions } from './align/align.js';
export { normalize, type NormalizeOptions } from './pipeline/normalize.js';
export { splitLines, joinLines, paragraphs, type Line } from './text/lines.js';
export * from './types.js';
