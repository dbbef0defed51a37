// clean(): decides for every line whether it is article content or boilerplate.
// Order of evidence: pattern families (with their reason) → the page footer (where the
// article ends and template/related material begins) → repetition within the page and
// across a batch → neighbour smoothing → blank lines follow the content they sit in.
import { ZhnormError, type CleanResult, type LineDecision } from '../types.js';
import { joinLines, splitLines, type Line } from '../text/lines.js';
import { CLEAN_CATEGORIES, FOOTER_CATEGORIES, isCleanCategory, type CleanCategory } from './categories.js';
import { features, isProse, normalizeLine, type LineFeatures } from './features.js';
import { BARE_COMMENTS_RE, COMMENTER_NAMED_RULE, COMMENTER_RULE, CREDIT_LINE_RULE, FILE_LINK_RULE, matchPattern, opensComments, reviewFilterBar } from './patterns.js';

export { CLEAN_CATEGORIES, type CleanCategory } from './categories.js';

export interface CleanOptions {
  /** Categories to keep even when detected (e.g. `['editor-note']`); the reason is still reported. */
  keep?: readonly string[];
  /** When given, only these categories are dropped; lines of other categories are kept (with their reason). */
  drop?: readonly string[];
  /** cleanBatch: a line is a site template when it is found in at least this many pages (default: half the batch, at least 2). */
  minTemplatePages?: number;
}

interface PageState {
  lines: Line[];
  norm: string[];
  feat: LineFeatures[];
  blank: boolean[];
  /** Category per line, null for content (or not yet decided). */
  cat: (CleanCategory | null)[];
  /** Weak pattern evidence (a bare date): a footer line only when inside the footer. */
  weak: (CleanCategory | null)[];
  /** Dropped lines that neither open the footer nor count as footer evidence (decorations). */
  quiet: boolean[];
  /** Content the footer must not swallow: a letter's signature (issuer above a date), what readers wrote in a comment section. */
  protect: boolean[];
  firstProse: number;
  lastProse: number;
  /** Where a comment section opens below the article (-1: none). */
  commentStart: number;
}

/** An organisation's name in Chinese, then in English: 新界鄉土史研究會 New Territories Local History Society. */
const MASTHEAD_RE = /^[\u4e00-\u9fff·・]{2,14}\s+[A-Z][A-Za-z.'’&-]*(\s+(of|and|the|for|[A-Z&][A-Za-z.'’&-]*)){1,7}$/;

/** List markers of link lists: > ▸ ・ · • ▪ - and the like. */
const BULLET_RE = /^[>›»▸▹►・·•▪▫◆◇■□○●\-–—*．‧]\s*\S/;

/** Key for repetition: the normalised line. Digits are not folded: titles that differ only by a number are different lines. */
const repKey = (norm: string): string => norm;

function analyze(text: string): PageState {
  const lines = splitLines(text);
  const norm = lines.map((l) => normalizeLine(l.text));
  const feat = norm.map(features);
  const blank = norm.map((s) => s === '');
  const hits = norm.map((s, i) => (blank[i] ? null : matchPattern(s, feat[i])));
  const cat = hits.map((h) => (h && !h.weak && !h.soft ? h.category : null));
  const weak = hits.map((h) => (h && h.weak ? h.category : null));
  const soft = hits.map((h) => (h && h.soft ? h.category : null));
  // A list heading over a paragraph (延伸阅读 over 李学勤在《…》一书中…可在本馆借阅。) or over items
  // written as clauses (每日照顧內容 over 早晚各一次放風，每次約30分鐘，由保姆陪玩) heads the article's own section.
  for (let i = 0; i < norm.length; i++) {
    if (cat[i] !== 'related-list' || feat[i].length > 12) continue;
    const j = nextLine(blank, i);
    if (j < norm.length && hits[j] === null && !/\s{2,}/.test(norm[j].trim()) && (wholeSentence(feat[j]) || (norm[j].match(/[，,、；]/g) ?? []).length >= 2)) cat[i] = null;
  }
  // A name in Chinese and in English at the very top (拾穗劇坊 Sheaf Theatre Company) is the site's
  // masthead; a page's own title with an English name comes under its breadcrumb.
  for (let i = 0, seen = 0; i < norm.length && seen < 2; i++) {
    if (blank[i]) continue;
    seen++;
    if (hits[i] === null && MASTHEAD_RE.test(norm[i])) cat[i] = 'navigation';
  }
  // A single credit among a record's fields (編號：… 地點：… 攝影：… 捐贈：…) is the record's own.
  const plainField = (j: number) => j >= 0 && j < norm.length && !blank[j] && hits[j] === null && /^[^\s:]{2,6}\s*:\s*\S/.test(norm[j]);
  for (let i = 0; i < norm.length; i++) if (hits[i]?.rule === CREDIT_LINE_RULE && plainField(i - 1) && plainField(i + 1)) cat[i] = null;
  const softTop = hits.map((h) => h?.soft === 'top');
  const softBelow = hits.map((h) => h?.soft === 'below');
  // A line repeated within the page (titles in related lists are) is not taken as prose.
  const count = new Map<string, number>();
  for (let i = 0; i < norm.length; i++) if (!blank[i] && feat[i].length >= 4) count.set(repKey(norm[i]), (count.get(repKey(norm[i])) ?? 0) + 1);
  const field = (i: number) => isField(norm[i], feat[i]);
  // A line with a mail address and no full stop is a contact row (社會服務室分機 2251　電子信箱：…), not prose.
  const mailRow = (i: number) => /[\w.+-]+@[\w-]+\.[\w.]+/.test(norm[i]) && !feat[i].sentenceEnd;
  const proseAt = (i: number) =>
    !blank[i] && cat[i] === null && weak[i] === null && soft[i] === null && (count.get(repKey(norm[i])) ?? 0) <= 1 && isProse(feat[i]) && !field(i) && !mailRow(i);
  let firstProse = -1;
  let lastProse = -1;
  for (let i = 0; i < norm.length; i++) {
    if (!proseAt(i)) continue;
    if (firstProse < 0) firstProse = i;
    lastProse = i;
  }
  // The article starts at its first whole sentence too (数据来源于…，每日更新。 under a list's title),
  // when prose follows: a listing page has few paragraphs, and its fields are not page furniture.
  for (let i = 0; i < firstProse; i++) {
    if (!blank[i] && cat[i] === null && weak[i] === null && soft[i] === null && (count.get(repKey(norm[i])) ?? 0) <= 1 && !field(i) && feat[i].sentenceEnd && feat[i].length >= 16 && feat[i].clausePunct >= 2) {
      firstProse = i;
      break;
    }
  }
  // A label over attachments or pictures (附件：, 附图：, 附件下載) goes with the files or stand-ins under it.
  for (let i = 0; i < norm.length; i++) {
    if (blank[i] || cat[i] !== null || !/^(附件|附[图圖]|附件下[载載]|[档檔]案下[载載]|相[关關](附件|[档檔]案|文件))\s*:?$/.test(norm[i])) continue;
    const j = nextLine(blank, i);
    if (j < norm.length && (hits[j]?.rule === FILE_LINK_RULE || cat[j] === 'placeholder')) cat[i] = cat[j];
  }
  const quiet = hits.map((h) => h?.quiet === true);
  const protect = signatures(norm, blank);
  const proseEnd = lastProse;
  // A notice ends with its signature (issuer over a date): what stands between the last paragraph
  // and it (contacts, attachments) is the notice's own, so the body runs to the signature.
  for (let i = lastProse + 1, seen = 0; firstProse >= 0 && i < norm.length && seen < 12; i++) {
    if (blank[i]) continue;
    seen++;
    if (protect[i]) lastProse = i;
  }
  for (let i = 0; i < norm.length; i++) if (cat[i] === null && PUSH_RE.test(norm[i])) protect[i] = true;
  markTables(norm, blank, cat, soft, protect);
  // A comment or review section after the article: its chrome (names, times, reply and like bars)
  // goes, what readers wrote (sentences) stays, and the article ends before it.
  let commentStart = -1;
  const commenter = (i: number) => hits[i]?.rule === COMMENTER_RULE || hits[i]?.rule === COMMENTER_NAMED_RULE;
  // Comments follow the article: an opener with most of the page's prose still below it is a tab
  // strip or a counter above the article (項目內容 | 常見問答（12） | 留言（236） over the text).
  const proseMass = norm.map((_, i) => (proseAt(i) ? feat[i].length : 0));
  const totalProse = proseMass.reduce((a, b) => a + b, 0);
  let proseAbove = 0;
  for (let i = 0; i <= firstProse && i < norm.length; i++) proseAbove += proseMass[i];
  for (let i = firstProse + 1; firstProse >= 0 && i < norm.length && commentStart < 0; i++) {
    proseAbove += proseMass[i];
    if (blank[i] || hits[i] === null || !opensComments(norm[i], feat[i])) continue;
    // Review filters (全部  有图(58)  差评(8)) head reviews only, however long the reviews run.
    if (proseAbove < totalProse / 2 && !reviewFilterBar(norm[i])) continue;
    // 看更多評價（共86則）› closes a list of comments; it opens none.
    if (feat[i].length <= 24 && MORE_COMMENTS_RE.test(norm[i]) && MORE_COMMENTS_LEAD_RE.test(norm[i])) continue;
    // A bare heading (留言) opens it only over a commenter line (a name and a date), not over a sign-in note.
    if (BARE_COMMENTS_RE.test(norm[i])) {
      const j = nextLine(blank, i);
      if (!(j < norm.length && (commenter(j) || weak[j] !== null))) continue;
    }
    // A comment section has per-comment chrome (a name and a time, a masked name, a reply or like
    // bar) within a few lines; a lone counter bar inside an article does not open one.
    for (let j = i + 1, seen = 0; j < norm.length && seen < 6; j++) {
      if (blank[j]) continue;
      seen++;
      if (weak[j] !== null || soft[j] !== null || cat[j] === 'account-footer' || cat[j] === 'share-bar' || cat[j] === 'editor-note' || cat[j] === 'navigation') {
        commentStart = i;
        break;
      }
    }
  }
  // A comment list without a heading (評價 over it is a plain word, 逛市集的人怎麼說): two or more
  // commenter lines (a name and a date or an age) below most of the prose, each followed by what
  // the reader wrote, open it at the first.
  if (commentStart < 0 && firstProse >= 0) {
    const heads: number[] = [];
    let above = 0;
    for (let i = firstProse; i < norm.length; i++) {
      above += proseMass[i];
      if (!commenter(i) || above < totalProse / 2) continue;
      const j = nextLine(blank, i);
      if (j < norm.length && hits[j] === null && readerText(feat[j], norm[j])) heads.push(i);
    }
    // Named commenters (a name with stars or a date in one field) may also be a listing's rows: they
    // open the list only close below the article (a price list's last paragraph may stand far above).
    let before = heads.length > 0 ? heads[0] - 1 : -1;
    while (before >= 0 && !proseAt(before)) before--;
    const near = before >= 0 && heads.length > 0 && heads[0] - before <= 10;
    if (heads.length >= 2 && heads[1] - heads[0] <= 8 && (near || heads.every((h) => hits[h]?.rule === COMMENTER_RULE))) commentStart = heads[0];
  }
  if (commentStart >= 0) {
    let last = -1;
    for (let i = firstProse; i < commentStart; i++) if (proseAt(i)) last = i;
    lastProse = last;
    for (let i = commentStart + 1; i < norm.length; i++) {
      if (blank[i]) continue;
      if (cat[i] !== null) {
        // A load-more link closes the list of comments: what follows is the page's again (the next post).
        if (ZONE_END.has(cat[i]!) || (feat[i].length <= 24 && MORE_COMMENTS_RE.test(norm[i]))) break;
        continue;
      }
      // Readers write sentences, not fields: a contact row (熱線：… ｜ 電郵：…) or a listed branch
      // (某某店 ｜ 距某站 2 分鐘) in the section is the site's, unless it ends a sentence.
      // Nor is a listed title (· 冬天墨水结晶怎么办？…), an advert with a number to call, or a sign-in note.
      const fields =
        !feat[i].sentenceEnd &&
        (soft[i] !== null || /[|｜]/.test(norm[i]) || BULLET_RE.test(norm[i]) || /(WhatsApp|微信|LINE|[电電][话話]\s*\d|\d{3,4}[\s-]?\d{4})/i.test(norm[i]) || /(登[入录錄]後|登[录入]后)/.test(norm[i]));
      if (readerText(feat[i], norm[i]) && !fields) protect[i] = true;
      else cat[i] = soft[i] ?? 'account-footer';
    }
  }
  const st: PageState = { lines, norm, feat, blank, cat, weak, quiet, protect, firstProse, lastProse, commentStart };
  // Positional evidence counts only outside the article body (before its first or after its
  // last prose line); a text without prose has no outside.
  // The width of a row that ends in a figure after a wide gap and whose first cell carries a figure
  // too (a time range, a size); 0 for other lines. A bare counter (阅读　1234) has none in front.
  const rowShape = (j: number) => (j >= 0 && j < norm.length && !blank[j] && /\s{2,}[\d.,]+\s*\S{0,3}$/.test(norm[j]) && /\d/.test(cells(norm[j])[0]) ? cells(norm[j]).length : 0);
  if (firstProse >= 0) {
    for (let i = 0; i < norm.length; i++) {
      if (soft[i] === null || cat[i] !== null || protect[i]) continue;
      // A row of wide-gapped items is a menu here only when one of its items is also a line of
      // the page (a tab strip over the sections it links to); above the title markHeader decides,
      // and two such rows in a row are a table.
      const tableRow = (j: number) => j >= 0 && j < norm.length && cat[j] === null && wideRow(norm[j]);
      if (hits[i]?.wideRow && (tableRow(i - 1) || tableRow(i + 1) || !rowItemRecurs(norm, i))) continue;
      // A row ending in a number after a wide gap, next to undecided rows of its shape, is a row of
      // a small table (谷时 00:00–08:00　0.98 over 平时 …　1.36), not a counter.
      const twin = (j: number) => cat[j] === null && weak[j] === null && rowShape(j) === rowShape(i);
      if (rowShape(i) && (twin(i - 1) || twin(i + 1))) continue;
      // A decoration line above the signature still goes.
      if ((i < firstProse && !softBelow[i]) || ((i > lastProse || (quiet[i] && i > proseEnd)) && !softTop[i])) cat[i] = soft[i];
      // Below the article a posting time belongs to a list of other articles: weak evidence there.
      else if (i > lastProse) weak[i] = 'related-list';
    }
    markHeader(st);
    markMetaBlock(st);
    markAuthorBox(st);
    markSandwiched(st);
    markTitleRuns(st);
    markListingRuns(st);
  }
  // After the article body: lines repeated there only (related-article titles listed twice) and
  // runs of bullet-marked short lines (link lists) are weak related-list evidence. A line that
  // also occurs in the body (a signature, a footnote mark) is content; a text without prose
  // (verse, lyrics with refrains) has no "after the body".
  if (firstProse >= 0) {
    const inBody = new Set<string>();
    for (let i = firstProse; i <= lastProse; i++) if (!blank[i]) inBody.add(repKey(norm[i]));
    const bullet = (i: number) => !blank[i] && cat[i] === null && feat[i].length <= 30 && !feat[i].sentenceEnd && BULLET_RE.test(norm[i]);
    for (let i = lastProse + 1; i < norm.length; i++) {
      if (blank[i] || cat[i] !== null || weak[i] !== null) continue;
      const repeated = feat[i].length >= 4 && (count.get(repKey(norm[i])) ?? 0) >= 2 && !inBody.has(repKey(norm[i]));
      const listed = bullet(i) && ((i > 0 && bullet(i - 1)) || (i + 1 < norm.length && bullet(i + 1)));
      if (repeated || listed) weak[i] = 'related-list';
      // A short heading over two or more listed titles (健康資訊 over 梅雨季節濕氣重？…　2024-05-10) is the list's.
      const j = nextLine(blank, i);
      const k = nextLine(blank, j);
      if (feat[i].length <= 10 && feat[i].clausePunct === 0 && !feat[i].terminal && !protect[i] && k < norm.length && cat[j] === 'related-list' && cat[k] === 'related-list') cat[i] = 'related-list';
    }
  }
  return st;
}

/** The first non-blank line after `i` (or the line count when there is none). */
function nextLine(blank: readonly boolean[], i: number): number {
  let j = i + 1;
  while (j < blank.length && blank[j]) j++;
  return j;
}

/** Items of a row: separated by wide gaps or bars. */
const CELL_SEP = /\s{2,}|\s*[|｜]\s*/;
const cells = (norm: string): string[] => norm.split(CELL_SEP).filter((x) => x.trim() !== '');

/** Three or more items separated by wide gaps (the shape of a menu row or a table row). */
const wideRow = (norm: string): boolean => cells(norm).length >= 3;

/**
 * A table: a header of three or more short labels followed by at least two undecided rows with
 * as many cells, one of them carrying a number or a long cell (a header over data: 分館 | 館藏位置 | 索書號
 * over the copies held). A menu row is not followed by rows of its own width full of data. The
 * rows are content, and protected from the footer.
 */
function markTables(norm: readonly string[], blank: readonly boolean[], cat: (CleanCategory | null)[], soft: readonly (CleanCategory | null)[], protect: boolean[]): void {
  for (let i = 0; i < norm.length; i++) {
    if (blank[i] || (cat[i] !== null && cat[i] !== 'navigation')) continue;
    const head = cells(norm[i]);
    const width = head.length;
    // A header names its columns: short labels, no numbers (a listed title with its source and
    // date is a row of a related list, not a header).
    // A Latin word counts as one unit (換mon（原裝級） is a six-unit label).
    if (width < 3 || /\d/.test(norm[i]) || head.some((c) => c.replace(/[A-Za-z]+/g, 'w').length > 8)) continue;
    const rows: number[] = [];
    // Rows may have been taken for menus (1 | 南京南 | 始发站 | 07:42): their width and their data say otherwise.
    const fits = (k: number) => k < norm.length && !blank[k] && (cat[k] === null || cat[k] === 'navigation') && cells(norm[k]).length === width;
    for (let j = i + 1; j < norm.length && !blank[j]; j++) {
      if (fits(j)) rows.push(j);
      // An advert between two rows does not end the table.
      else if (!(rows.length >= 2 && cat[j] !== null && fits(j + 1))) break;
    }
    if (rows.length < 2 || !rows.some((j) => /\d/.test(norm[j]) || cells(norm[j]).some((c) => c.length > 6))) continue;
    for (const k of [i, ...rows]) {
      if (soft[k] !== null && k !== i) continue;
      cat[k] = null;
      protect[k] = true;
    }
    i = rows[rows.length - 1];
  }
}

/** Whether an item of the wide-gapped row at `i` is also a line of its own elsewhere on the page. */
function rowItemRecurs(norm: readonly string[], i: number): boolean {
  const items = new Set(norm[i].split(CELL_SEP).map((x) => x.replace(/[（(][\d.,万萬+]+[)）]$/, '').trim()).filter((x) => x.length >= 2));
  return norm.some((l, j) => j !== i && items.has(l.split(/\s{2,}/)[0]));
}

/** A bulletin-board push: `推 user: text`, `→ user: text`. What readers wrote is content. */
const PUSH_RE = /^(推|噓|→)\s*[A-Za-z0-9_]{2,}\s*:\s*\S/;

/** 展开更多留言, 查看全部 236 則留言, 載入更多評價: the last line of a comment list. */
const MORE_COMMENTS_RE = /(展开|展開|查看|[载載]入|加[载載]|更多).{0,8}(留言|[评評][论論]|[评評]价|[评評]價|評語|评语|回[复覆])/;
/** …when the line starts with it (看更多評價): a bare link, not a heading that carries one. */
const MORE_COMMENTS_LEAD_RE = /^\S?(展开|展開|查看|[载載]入|加[载載]|更多)/;

/** Footer categories that end a comment section (a related list, the site's footer). */
const ZONE_END: ReadonlySet<CleanCategory> = new Set(['related-list', 'copyright', 'registration', 'contact', 'disclaimer']);

/** What a reader wrote: a sentence (or a question, an exclamation), not a name or a time; readers often drop the final 。. */
function readerText(f: LineFeatures, norm: string): boolean {
  // A review in English: six words or more closed by a full stop.
  if (/[A-Za-z]+([\s,'’-]+[A-Za-z]+){5,}.*[.!?]$/.test(norm)) return true;
  // 下次一定可以！週二見～, 謝謝Vivian～多準備一些😆: a reader's exclamation with a tilde or an emoji after it.
  if (f.han >= 6 && /[。！？!?～~]/.test(norm) && /([～~]+|\p{Extended_Pictographic}\uFE0F?)$/u.test(norm)) return true;
  // 问：吃完出汗特别多正常吗: a question as a Q&A list shows it, with or without its mark.
  if (f.han >= 5 && /^(问|問|答|Q|A)\s*[:：]/.test(norm)) return true;
  return isProse(f) || f.sentenceEnd || (f.terminal && f.han >= 6) || (f.functionDensity >= 0.15 && f.han >= 8) || (f.han >= 12 && f.clausePunct >= 1) || (f.han >= 12 && f.hanRatio >= 0.8) || f.han >= 16;
}

/** A whole sentence: twenty characters or more ending in 。！？ (a listed title has no final mark). */
function wholeSentence(f: LineFeatures): boolean {
  return f.sentenceEnd && f.length >= 20;
}

/**
 * The page's header: in the first block of lines (up to the first blank line) that holds a menu,
 * breadcrumb or site-link line, the undecided lines above the last such line (a site name and
 * slogan, a row of menu items) and the rows of wide-gapped items right under it. They go when at
 * least two lines of furniture stand above the title (the first other undecided line), so a
 * page that opens with its own title above a single breadcrumb keeps the title.
 */
function markHeader(st: PageState): void {
  const { cat, blank, norm, firstProse } = st;
  const isNav = (i: number) => cat[i] === 'navigation' || cat[i] === 'contact';
  let start = 0;
  while (start < firstProse && blank[start]) start++;
  let end = start;
  // A table (protected rows) is the article's: the header block ends above it.
  while (end < firstProse && !blank[end] && !st.protect[end]) end++;
  // The page's own title repeats the last step of a breadcrumb above it (主頁 › 年報 › 2024/25 年報
  // over 2024/25 年報): the header ends there, whatever furniture follows in the same block.
  for (let i = start; i < end; i++) {
    if (cat[i] !== 'navigation') continue;
    const crumbs = norm[i].split(/\s*[>›»＞]\s*|\s+\/\s+/).filter((x) => x.trim() !== '');
    const lastCrumb = crumbs.length >= 3 ? crumbs[crumbs.length - 1] : '';
    if (lastCrumb.length < 2) continue;
    // A short crumb must end a word of the title line: 路況 is not the title 路況更新者：老刀.
    const titled = (l: string) => l.startsWith(lastCrumb) && (lastCrumb.length >= 4 || !/[\p{L}\p{N}]/u.test(l.charAt(lastCrumb.length)));
    // Picture stand-ins may stand between them ([商品主图 1/5], ▶ 视频 00:42 over the product's name).
    for (let j = i + 1, seen = 0; j < end && seen < 2; j++) {
      if (cat[j] === 'placeholder') continue;
      seen++;
      if (!blank[j] && titled(norm[j])) {
        end = j;
        cat[j] = null;
        break;
      }
    }
  }
  let last = -1;
  for (let i = start; i < end; i++) if (isNav(i)) last = i;
  if (last < 0) return;
  const header = new Set<number>();
  // The first undecided line under a breadcrumb is the page's title, not part of the masthead.
  const crumbAt = (i: number) => cat[i] === 'navigation' && (/\S\s*[>›»＞]\s*\S/.test(norm[i]) || norm[i].split(/\s+\/\s+/).length >= 3);
  for (let i = start; i < last; i++) if (cat[i] === null && !(i > start && crumbAt(i - 1))) header.add(i);
  for (let i = last + 1; i < end && cat[i] === null && wideRow(norm[i]); i++) header.add(i);
  let title = -1;
  for (let i = start; i < firstProse && title < 0; i++) if (!blank[i] && cat[i] === null && !header.has(i)) title = i;
  if (title < 0) {
    // Everything between the menus and the first paragraph is furniture: which undecided line is
    // the title is unknown, but the lines above the first piece of furniture are the site's masthead.
    let firstFurniture = start;
    while (firstFurniture < end && (blank[firstFurniture] || cat[firstFurniture] === null)) firstFurniture++;
    for (const i of header) if (i > firstFurniture) header.delete(i);
    title = firstProse;
  }
  let furniture = 0;
  for (let i = 0; i < title; i++) if (!blank[i] && cat[i] !== null) furniture++;
  if (furniture < 2) return;
  for (const i of header) if (!isProse(st.feat[i]) && st.feat[i].length <= 60) cat[i] = 'navigation';
}

/** Keys of a bulletin-board header block (作者 xxx / 看板 xxx / 時間 xxx). */
const META_KEY_RE = /^(作者|看板|[标標][题題]|[时時][间間]|日期|[发發]信站|[来來]源)\s+\S/;

/** Two or more `key value` header lines within three lines of each other, above the article. */
function markMetaBlock(st: PageState): void {
  const { cat, blank, norm, firstProse } = st;
  const keyed = (i: number) => i >= 0 && i < firstProse && !blank[i] && META_KEY_RE.test(norm[i]) && st.feat[i].length <= 40;
  for (let i = 0; i < firstProse; i++) {
    if (cat[i] !== null || !keyed(i)) continue;
    let partner = false;
    for (let d = -3; d <= 3 && !partner; d++) if (d !== 0 && keyed(i + d)) partner = true;
    if (partner) cat[i] = 'editor-note';
  }
}

/**
 * An author box below the article: the byline's name again on a line of its own, after page
 * furniture, optionally followed by a one-line description before more furniture.
 */
function markAuthorBox(st: PageState): void {
  const { cat, blank, norm, firstProse } = st;
  const names = new Set<string>();
  for (let i = 0; i < firstProse; i++) {
    if (cat[i] !== 'editor-note') continue;
    for (const m of norm[i].matchAll(/[\u4e00-\u9fff]{2,4}/g)) names.add(m[0]);
  }
  if (names.size === 0) return;
  const near = (i: number, step: number): number => {
    for (let j = i + step; j >= 0 && j < norm.length; j += step) if (!blank[j]) return j;
    return -1;
  };
  for (let i = firstProse + 1; i < norm.length; i++) {
    if (blank[i] || cat[i] !== null || st.protect[i] || !names.has(norm[i])) continue;
    const above = near(i, -1);
    if (above < 0 || cat[above] === null || cat[above] === 'blank') continue;
    // The box ends in more furniture (or the page's end): a speaker's name above what they said
    // (an interview after a picture stand-in) is followed by prose instead.
    const furnitureAt = (j: number) => j < 0 || (cat[j] !== null && cat[j] !== 'blank');
    const bio = i + 1 < norm.length && !blank[i + 1] && cat[i + 1] === null ? i + 1 : -1;
    if (furnitureAt(near(i, 1))) cat[i] = 'account-footer';
    else if (bio >= 0 && st.feat[bio].length <= 80 && furnitureAt(near(bio, 1))) cat[i] = cat[bio] = 'account-footer';
  }
}

/**
 * Neighbour smoothing below the article: a short line without punctuation between two dropped
 * lines (an author's name between a like button and the author's counters) goes with them.
 */
function markSandwiched(st: PageState): void {
  const { cat, blank, feat, protect } = st;
  const n = cat.length;
  const near = (i: number, step: number): number => {
    for (let j = i + step; j >= 0 && j < n; j += step) if (!blank[j]) return j;
    return -1;
  };
  for (let i = st.lastProse + 1; i < n; i++) {
    if (blank[i] || cat[i] !== null || protect[i] || st.weak[i] !== null) continue;
    if (feat[i].length > 12 || feat[i].terminal || feat[i].clausePunct > 0) continue;
    const a = near(i, -1);
    const b = near(i, 1);
    if (a > st.lastProse && b >= 0 && cat[a] !== null && cat[b] !== null && !st.quiet[a] && !st.quiet[b]) cat[i] = cat[a];
  }
}

const SIGNED_DATE_RE = /^(中[华華]民[国國])?[〇零一二三四五六七八九十\d]{2,4}\s*年\s*[〇零一二三四五六七八九十\d]{1,3}\s*月\s*[〇零一二三四五六七八九十\d]{1,3}\s*日$/;
const ISSUER_RE = /^[^\s,，。:;；!?！？]{2,20}(\s*(敬[启啟]|[谨謹][启啟上]))?$/;
const ISSUER_END_RE = /([局会會部处處办辦委院所厅廳府署科室馆館校社组組队隊团團]|中心|公司|[学學]校|大[学學]|[协協]会|[协協]會|委[员員]会|委[员員]會|敬[启啟]|[谨謹][启啟上])$/;

/** Issuer lines directly above a date (blank lines between allowed), and that date. */
function signatures(norm: readonly string[], blank: readonly boolean[]): boolean[] {
  const sig = norm.map(() => false);
  for (let i = 0; i < norm.length; i++) {
    if (blank[i] || !SIGNED_DATE_RE.test(norm[i])) continue;
    let j = i - 1;
    while (j >= 0 && blank[j]) j--;
    let k = j;
    // Up to two issuer lines (a committee and its chair, an office and 敬啟).
    // 学生工作部（处）: an office named with its other name in brackets.
    while (k >= 0 && k > j - 2 && !blank[k] && ISSUER_RE.test(norm[k]) && ISSUER_END_RE.test(norm[k].replace(/[（(][^（()）]{1,6}[)）]$/, ''))) k--;
    if (k === j) continue;
    for (let m = k + 1; m <= i; m++) sig[m] = true;
  }
  return sig;
}

/** List markers in front of a listed title: 1. 2、 (3) ① ・ ▸ and the like. */
const LIST_MARK_RE = /^([(（]?\d{1,2}[)）.、:]?|[①-⑳]|[>›»▸▹►・·•▪▫◆◇■□○●\-–—*．‧])\s*/;

const TITLE_TAIL_RE =
  /(\s+((\d{4}|1\d{2})[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}|\d{1,2}月\d{1,2}日|\d+\s*(分[钟鐘]|小[时時]|天)前|昨天|前天)(\s+\d{1,2}:\d{2})?|\s*[（(]\s*(\d{1,2}月\d{1,2}日|\d{1,2}\/\d{1,2}(\/\d{2,4})?|(\d{4}|1\d{2})[-/.]\d{1,2}[-/.]\d{1,2})\s*[)）])$/;

/**
 * A headline as link lists show it: 10–40 characters, mostly Han, no sentence ending, not too
 * many function characters (verse and dialogue have more), no key: value field.
 */
function titleLike(st: PageState, i: number, maxFunction = 0.34): boolean {
  if (st.blank[i] || st.cat[i] !== null) return false;
  // A listed title may carry its date, age or time at the end: 标题  2024-03-05, 标题 3小时前.
  const s = st.norm[i].replace(LIST_MARK_RE, '').replace(TITLE_TAIL_RE, '');
  const f = features(s);
  if (f.sentenceEnd || /[。；;]/.test(s) || /^[^，,]{1,6}:/.test(s)) return false;
  // A headline has at most one gap (两句标题　中间空格); a line of several spaced items is a list of names or terms.
  if (s.trim().split(/\s+/).length > 2) return false;
  return f.han >= 10 && f.length <= 40 && f.hanRatio >= 0.6 && f.functionDensity < maxFunction;
}

/**
 * Link-list shape after the article: headline-like lines in a row (blank lines between them
 * allowed) are a list of other articles — two under a recognised list heading, three terse ones
 * under any short line that does not introduce content (a content list is introduced with a
 * colon: `注意事项：`); that heading goes with them.
 */
function markTitleRuns(st: PageState): void {
  const n = st.norm.length;
  // Under a recognised list heading after the article, the rows that follow it (names with
  // ratings, times or sizes; bulleted titles with deadlines) are the list's, whatever their shape.
  for (let h = st.lastProse + 1; h < n; h++) {
    if (st.cat[h] !== 'related-list' || st.blank[h]) continue;
    for (let j = h + 1, rows = 0; j < n && rows < 12 && !st.blank[j]; j++, rows++) {
      if (st.cat[j] !== null || st.protect[j] || isProse(st.feat[j]) || st.feat[j].sentenceEnd || st.feat[j].length > 80) break;
      st.cat[j] = 'related-list';
    }
  }
  runsAfterBody(st, (k) => (titleLike(st, k) ? 1 : 0), (run) => {
    const i = run[0];
    let h = i - 1;
    while (h > st.lastProse && st.blank[h]) h--;
    const above = h > st.lastProse ? h : -1;
    const listHeading = above >= 0 && st.cat[above] === 'related-list';
    const plainHeading =
      above >= 0 && st.cat[above] === null && st.feat[above].length <= 10 && st.feat[above].clausePunct === 0 && !st.feat[above].terminal && !/\d/.test(st.norm[above]);
    // Without a recognised list heading the titles must read like headlines, not like unpunctuated
    // prose (後記 / 這篇文章寫於… / 感謝所有…): few function characters, or a date or age after each.
    const terse = run.every((k) => titleLike(st, k, 0.15) || TITLE_TAIL_RE.test(st.norm[k]));
    // Between the article's last paragraph and a comment section the page may still be the
    // article's (上課地點 over the sites): only a recognised list heading says otherwise there.
    const beforeComments = st.commentStart >= 0 && i < st.commentStart;
    if ((listHeading && run.length >= 2) || (!beforeComments && run.length >= 3 && terse && (above < 0 || plainHeading || st.cat[above] !== null))) {
      for (const k of run) st.cat[k] = 'related-list';
      if (plainHeading) st.cat[above] = 'related-list';
    }
  });
}

/** Runs after the article body: lines in a row (blank lines between allowed) that share a non-zero key. */
function runsAfterBody(st: PageState, key: (i: number) => number, visit: (run: number[]) => void): void {
  const n = st.norm.length;
  let i = st.lastProse + 1;
  while (i < n) {
    const k = key(i);
    if (k === 0) {
      i++;
      continue;
    }
    const run = [i];
    let j = i + 1;
    for (; j < n; j++) {
      if (st.blank[j]) continue;
      if (key(j) !== k) break;
      run.push(j);
    }
    visit(run);
    i = j;
  }
}

/** A cell that only describes a listed item: its date, views, length, price, rating or stars. */
const META_CELL_RE = new RegExp(
  '^(' +
    [
      '[(（]?((\\d{4}|1\\d{2})[-/.年]\\d{1,2}([-/.月]\\d{1,2}日?)?|\\d{1,2}月\\d{1,2}日|\\d{1,2}[-/]\\d{1,2})[)）]?',
      '[\\d.,]+\\s*[万萬]?\\s*(次)?(播放|觀看|观看|閱讀|阅读|瀏覽|浏览|讚|赞|人想要|人評價|人评价|則評價|条评价|則評論|条评论|人[参參]加|人[学學][习習]|人[报報]名)(\\s*·\\s*\\d{1,2}:\\d{2}(:\\d{2})?)?',
      '\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[·・]?\\s*[\\d.]+\\s*[万萬]?\\s*(播放|觀看|观看))?',
      '(NT\\$|HK\\$|US\\$|\\$|￥|¥|RMB|MOP)\\s*[\\d,.]+\\s*(起|元)?|[\\d,.]+\\s*元\\s*起?|每[桌位人晚]\\s*(NT\\$|HK\\$|\\$|￥|¥)?\\s*[\\d,.]+\\s*(元)?\\s*起?',
      '[\\d.]+\\s*分',
      '(難度|难度)?\\s*[★☆]{1,5}',
      '(约|約)\\s*[\\d.]+\\s*(小[时時]|分[钟鐘]|公里)',
    ].join('|') +
    ')$',
);

/**
 * A listing after the article: two or more rows in a row, each an item's name followed by cells
 * that only describe it (date, views, length, price, rating), with as many cells each — other
 * videos with their views, other hotels with their prices, other reviews with their stars.
 */
function markListingRuns(st: PageState): void {
  const shape = (i: number): number => {
    if (st.blank[i] || st.cat[i] !== null || st.protect[i] || st.feat[i].sentenceEnd || st.feat[i].length > 80) return 0;
    // normalizeLine has made a full-width space a wide gap (洄瀾小憩民宿　9.1 分　NT$2,280 起).
    const c = cells(st.norm[i]);
    // A numbered item (4. 線性代數（Lay）　400 元) is the post's own list.
    if (c.length < 2 || features(c[0]).han < 4 || /[。；;]$/.test(c[0]) || /^\d{1,2}[.、．)）]\s*[^\d\s]/.test(c[0])) return 0;
    const rest = c.slice(1);
    if (!rest.some((x) => META_CELL_RE.test(x.trim()))) return 0;
    return rest.every((x) => x.length <= 20) ? c.length : 0;
  };
  runsAfterBody(st, shape, (run) => {
    if (run.length >= 2) for (const k of run) st.cat[k] = 'related-list';
  });
}

/** A field (診症時間：星期一至五 09:30–19:30 ｜ …) is not prose, however long, unless it ends a sentence. */
function isField(norm: string, f: LineFeatures): boolean {
  // An address with its phone number (某某處　640 某某路 515 號　電話：05-…) is a contact row, not prose.
  return (
    !f.sentenceEnd &&
    (/^[\p{Script=Han}A-Za-z]{2,8}\s*:/u.test(norm) ||
      /([电電][话話]|[传傳]真|[查咨諮][询詢]|[热熱][线線]|WhatsApp|Tel|TEL)\s*:\s*[(（+]?\d/.test(norm) ||
      // 永豐當舖　台中市北區三民路三段 000 號（…斜對面）: a name with its street address.
      (f.length <= 80 && /[市縣县區区]\S{0,12}(路|街|道|巷|弄)\S{0,8}\s*\d+\s*[號号]/.test(norm)))
  );
}

function isProseLine(st: PageState, i: number): boolean {
  return !st.blank[i] && st.cat[i] === null && isProse(st.feat[i]) && !isField(st.norm[i], st.feat[i]);
}

/**
 * The page footer starts at the footer-category line after which boilerplate outweighs content:
 * no prose line and no signature may follow it, each short sentence-like line (a verse, a line of
 * dialogue: many function characters; or a short sentence ending in 。) counts against it;
 * headline-like short lines are neutral, decoration lines do not count. The footer must also
 * follow some content, so page furniture at the top never opens it.
 */
function footerStart(st: PageState): number {
  const n = st.norm.length;
  let firstContent = -1;
  for (let i = 0; i < n && firstContent < 0; i++) if (!st.blank[i] && st.cat[i] === null) firstContent = i;
  let best = -1;
  let hits = 0;
  let prose = 0;
  // Running prose ends the search, save for a stray sentence-like title or two in a long footer.
  const maxProse = 0;
  let content = 0;
  for (let i = n - 1; i > firstContent && firstContent >= 0; i--) {
    if (st.quiet[i]) continue;
    const c = st.cat[i];
    if (c !== null) hits++;
    else if (st.weak[i] !== null && !st.protect[i]) continue;
    // A whole sentence is the article's (or a reader's), as prose is: a list of short facts closed
    // by a sentence (募得款項怎麼用？ … 超過目標的款項，將用於…。) must not fall to an advert above it.
    else if (isProseLine(st, i) || st.protect[i] || (!st.blank[i] && wholeSentence(st.feat[i]))) prose++;
    else if (!st.blank[i] && (st.feat[i].functionDensity >= 0.15 || st.feat[i].sentenceEnd)) content += 1;
    if (c !== null && FOOTER_CATEGORIES.has(c)) {
      // The earliest such line wins: a list title that reads like a sentence must not push
      // the footer past the list it belongs to.
      if (prose <= maxProse && hits - content >= 1) best = i;
    }
  }
  return best;
}

function decide(st: PageState, template: ReadonlySet<string> | null): (CleanCategory | null)[] {
  const { norm, blank, feat } = st;
  const cat = st.cat.slice();
  const n = norm.length;
  if (template) {
    for (let i = 0; i < n; i++) {
      if (blank[i] || cat[i] !== null || !template.has(repKey(norm[i]))) continue;
      // Inside the article body only long lines count as template: short recurring headings are content.
      const inBody = i >= st.firstProse && i <= st.lastProse;
      if (!inBody || feat[i].length >= 30) cat[i] = 'template';
    }
  }
  const start = footerStart({ ...st, cat });
  if (start >= 0) {
    for (let i = start + 1; i < n; i++) {
      if (blank[i] || cat[i] !== null || st.protect[i]) continue;
      cat[i] = st.weak[i] ?? footerReason(cat, i, start);
    }
  }
  // Neighbour smoothing: counters and one-word controls next to a share bar belong to it.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (blank[i] || cat[i] !== null) continue;
      // Only counters and stray symbols: a two-character title after a breadcrumb is content.
      const tiny = /^\d+$/.test(norm[i]) || (feat[i].length <= 2 && feat[i].han === 0);
      // A signature separator (--, ———) goes with the furniture right next to it.
      const rule = feat[i].length <= 6 && !/[\p{L}\p{N}]/u.test(norm[i]);
      // 查看地图 / 点击播放 under a picture or map stand-in belongs to it.
      const control = feat[i].length <= 6 && /^(查看|[点點][击擊]|播放|放大|下[载載])/.test(norm[i]);
      if (!tiny && !rule && !control) continue;
      for (const j of [i - 1, i + 1]) {
        const c = j >= 0 && j < n ? cat[j] : null;
        if ((tiny && (c === 'share-bar' || c === 'navigation')) || (rule && c !== null && c !== 'blank') || (control && c === 'placeholder')) {
          cat[i] = c;
          changed = true;
          break;
        }
      }
    }
  }
  return cat;
}

/** An undecided footer line takes the category of the block it sits in (an account box if one follows closely). */
function footerReason(cat: readonly (CleanCategory | null)[], i: number, start: number): CleanCategory {
  for (let j = i + 1, seen = 0; j < cat.length && seen < 4; j++) {
    if (cat[j] === 'account-footer') return 'account-footer';
    if (cat[j] !== null) break;
    seen++;
  }
  for (let j = i - 1; j >= start; j--) {
    const c = cat[j];
    if (c !== null && c !== 'blank' && c !== 'template') return c;
  }
  return 'related-list';
}

function checkOptions(opts: CleanOptions): { keep: Set<string>; drop: Set<string> | null } {
  if (opts === null || typeof opts !== 'object') throw new ZhnormError('BAD_INPUT', 'clean: options must be an object');
  for (const name of [...(opts.keep ?? []), ...(opts.drop ?? [])]) {
    if (!isCleanCategory(name)) {
      throw new ZhnormError('UNKNOWN_OPTION', `clean: unknown category "${String(name)}" (known: ${CLEAN_CATEGORIES.join(', ')})`);
    }
  }
  if (opts.minTemplatePages !== undefined && !(Number.isInteger(opts.minTemplatePages) && opts.minTemplatePages >= 2)) {
    throw new ZhnormError('BAD_INPUT', 'clean: minTemplatePages must be an integer of at least 2');
  }
  return { keep: new Set(opts.keep ?? []), drop: opts.drop ? new Set(opts.drop) : null };
}

function finish(st: PageState, cat: (CleanCategory | null)[], opts: CleanOptions): CleanResult {
  const { keep, drop } = checkOptions(opts);
  const n = st.lines.length;
  const kept = cat.map((c) => c === null || keep.has(c) || (drop !== null && !drop.has(c)));
  // Blank lines are not paragraphs: one stays when the content lines on both sides of it stay.
  const decisions: LineDecision[] = [];
  let prevKept = true;
  for (let i = 0; i < n; i++) {
    if (!st.blank[i]) {
      prevKept = kept[i];
      decisions.push({ line: i, keep: kept[i], reason: cat[i] });
      continue;
    }
    let j = i + 1;
    while (j < n && st.blank[j]) j++;
    const nextKept = j < n ? kept[j] : true;
    const keepBlank = (prevKept && nextKept) || keep.has('blank') || (drop !== null && !drop.has('blank'));
    decisions.push({ line: i, keep: keepBlank, reason: prevKept && nextKept ? null : 'blank' });
  }
  const out = st.lines.filter((_, i) => decisions[i].keep);
  return { text: joinLines(out), lines: decisions };
}

function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') throw new ZhnormError('BAD_INPUT', `${where}: expected a string, got ${text === null ? 'null' : typeof text}`);
}

/** Decides for every line of `text` whether it is content or boilerplate; returns the kept text and the decisions. */
export function clean(text: string, opts: CleanOptions = {}): CleanResult {
  checkText(text, 'clean');
  checkOptions(opts);
  const st = analyze(text);
  return finish(st, decide(st, null), opts);
}

/**
 * Cleans pages of one site together: a line found in several pages (outside their article
 * bodies, or long) is the site's template and is dropped with reason `template`.
 */
export function cleanBatch(texts: readonly string[], opts: CleanOptions = {}): CleanResult[] {
  if (!Array.isArray(texts)) throw new ZhnormError('BAD_INPUT', 'cleanBatch: expected an array of strings');
  texts.forEach((t, i) => checkText(t, `cleanBatch: page ${i}`));
  checkOptions(opts);
  const pages = texts.map(analyze);
  const min = opts.minTemplatePages ?? Math.max(2, Math.ceil(pages.length / 2));
  const seen = new Map<string, number>();
  for (const st of pages) {
    const keys = new Set<string>();
    st.norm.forEach((s, i) => {
      if (!st.blank[i] && st.feat[i].length >= 2) keys.add(repKey(s));
    });
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const template = new Set([...seen].filter(([, c]) => c >= min).map(([k]) => k));
  return pages.map((st) => finish(st, decide(st, pages.length >= 2 ? template : null), opts));
}
