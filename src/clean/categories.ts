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

/** Categories that can open the page footer (with no prose after them); placeholders sit inside articles. */
const NOT_FOOTER: ReadonlySet<CleanCategory> = new Set(['placeholder', 'template', 'blank']);
export const FOOTER_CATEGORIES: ReadonlySet<CleanCategory> = new Set(CLEAN_CATEGORIES.filter((c) => !NOT_FOOTER.has(c)));
