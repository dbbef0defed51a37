// The stable reason names clean() reports for dropped lines (documented in docs/clean.md).

export const CLEAN_CATEGORIES = [
  'html-remnant',
  'spam',
  'navigation',
  'share-bar',
  'placeholder',
  'editor-note',
  'disclaimer',
  'related-list',
  'account-footer',
  'copyright',
  'registration',
  'contact',
  'template',
  'blank',
] as const;

export type CleanCategory = (typeof CLEAN_CATEGORIES)[number];

export function isCleanCategory(s: string): s is CleanCategory {
  return (CLEAN_CATEGORIES as readonly string[]).includes(s);
}

/** Categories that mark the end of an article: a run of them (with no prose after) opens the page footer. */
export const FOOTER_CATEGORIES: ReadonlySet<CleanCategory> = new Set([
  'disclaimer',
  'related-list',
  'account-footer',
  'copyright',
  'registration',
  'contact',
]);
