// Line features for boilerplate decisions. They look at what a line is made of, never at
// which site it came from, so they work on simplified, traditional and still-damaged text.

/** Pinyin annotations a broken converter left in damaged pages: `網(wǎng)`, or `?(wǎng)` split ones. */
const ANNOTATION_RE = /\??\(?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g;

/**
 * The line as the rules see it: trimmed, annotations removed, full-width and small colons and drawn bars folded,
 * white space folded to one space — save that a wide gap (two or more spaces, a full-width space)
 * stays as two spaces: menus and rows of items are laid out with wide gaps.
 */
export function normalizeLine(text: string): string {
  return text
    .replace(ANNOTATION_RE, '')
    .replace(/[：﹕︰]/g, ':')
    // Bars drawn with box-drawing or block characters (网站首页 ▏笔译服务) separate like |.
    .replace(/[▏▕│┃┆┊]/g, '|')
    .replace(/\s+/g, (m) => (m.length >= 2 || m === '\u3000' ? '  ' : ' '))
    .trim();
}

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

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
// Function characters: frequent in running prose, rare in titles, menus and keyword lists.
const FUNCTION_SET = new Set('的了是在和有我也就都而及与與着著这這那个個们們之为為不把被从從对對但很还還会會說说要能');
const CLAUSE_SET = new Set('，,。；;：:、！？!?');

/** One pass over the line (long lines stay linear and allocate nothing per character). */
export function features(norm: string): LineFeatures {
  let length = 0;
  let han = 0;
  let fn = 0;
  let clause = 0;
  for (const ch of norm) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x09 || c === 0x3000) continue;
    length++;
    if (isHan(c)) {
      han++;
      if (FUNCTION_SET.has(ch)) fn++;
    } else if (CLAUSE_SET.has(ch)) clause++;
  }
  return {
    length,
    han,
    hanRatio: length ? han / length : 0,
    clausePunct: clause,
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
