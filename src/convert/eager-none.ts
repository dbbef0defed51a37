// Stand-in for eager.ts in the lazy builds: registers nothing, so each dictionary is fetched by
// preload()/loadConverter() through its own dynamic import() chunk.
export function registerBuiltInDicts(): boolean {
  return false;
}
