// Line features for boilerplate decisions. They look at what a line is made of, never at
// which site it came from, so they work on simplified, traditional and still-damaged text.

/** Pinyin annotations a broken converter left in damaged pages: `網(wǎng)`, or `?(wǎng)` split ones. */
const ANNOTATION_RE = /\??\(?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;

/** The line as the rules see it: trimmed, annotations removed, full-width colon folded. */
export function normalizeLine(text: string): string {
  return text.replace(ANNOTATION_RE, '').replace(/：/g, ':').replace(/\s+/g, ' ').trim();
}

const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const CLAUSE_RE = /[，,。；;：:、！？!?]/g;
// Function characters: frequent in running prose, rare in titles, menus and keyword lists.
const FUNCTION_RE = /[的了是在和有我也就都而及与與着著这這那个個们們之为為不把被从從对對但很还還会會說说要能]/g;
const TERMINAL_RE = /[。！？!?…；;.]["”』」’)）\]]*$/;
// A sentence ends in 。 (or a quoted exclamation/question); a bare ！ or ？ is a headline's ending.
const SENTENCE_END_RE = /(。|…|[。！？!?]["”』」’)）])["”』」’)）]*$/;

export interface LineFeatures {
  /** Characters other than white space, after annotation removal. */
  length: number;
  han: number;
  hanRatio: number;
  clausePunct: number;
  functionDensity: number;
  /** Ends like a sentence or a headline (。！？…；). */
  terminal: boolean;
  /** Ends like running prose: 。 or …, or a closing quote after 。！？. */
  sentenceEnd: boolean;
}

export function features(norm: string): LineFeatures {
  const length = norm.replace(/\s/g, '').length;
  const han = (norm.match(HAN_RE) ?? []).length;
  const fn = (norm.match(FUNCTION_RE) ?? []).length;
  return {
    length,
    han,
    hanRatio: length ? han / length : 0,
    clausePunct: (norm.match(CLAUSE_RE) ?? []).length,
    functionDensity: han ? fn / han : 0,
    terminal: TERMINAL_RE.test(norm),
    sentenceEnd: SENTENCE_END_RE.test(norm),
  };
}

/**
 * Running prose: long enough and built like sentences. Titles of related articles, menus and
 * keyword lists are short or lack the function characters and clause punctuation prose has.
 */
export function isProse(f: LineFeatures): boolean {
  if (f.length >= 40 && (f.clausePunct >= 1 || f.functionDensity >= 0.08)) return true;
  return f.length >= 16 && f.sentenceEnd && f.clausePunct >= 2 && f.functionDensity >= 0.05;
}
