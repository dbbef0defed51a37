// Public API only: re-exports, no logic. Browser-safe: nothing here imports Node built-ins.
export { decode } from './encoding/decode.js';
export { detect } from './encoding/detect.js';
export { repair, type RepairOptions } from './repair/repair.js';
export {
  convert,
  convertDetailed,
  loadConverter,
  preload,
  type ConvertOptions,
  type ConvertExtras,
  type CustomDictionary,
  type ConversionChange,
} from './convert/convert.js';
export { convertStream } from './convert/stream.js';
export { parseDictionaryFile } from './convert/dictfile.js';
export { clean, cleanBatch, type CleanOptions } from './clean/clean.js';
export { align, type AlignOptions } from './align/align.js';
export { normalize, type NormalizeOptions } from './pipeline/normalize.js';
export { NormalizeStreamer, NormalizeTransformStream, type StreamOptions } from './pipeline/stream.js';
export { normalizeJsonlLine, normalizeJsonlBatch } from './pipeline/jsonl.js';
export { splitLines, joinLines, paragraphs, type Line } from './text/lines.js';
export * from './types.js';
