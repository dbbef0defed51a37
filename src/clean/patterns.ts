// Families of boilerplate patterns. Each family is a category with a few general shapes
// (a prefix word, a separator structure, a registration number format), written for both
// scripts and common Taiwan/Hong Kong wording. A match is a candidate; clean.ts decides.
import type { CleanCategory } from './categories.js';
import { features, type LineFeatures } from './features.js';
import { interfaceWords, SECTIONS } from './vocab.js';

export interface PatternHit {
  category: CleanCategory;
  /** Which shape matched, for the report. */
  rule: string;
  /** Weak evidence (a bare date): dropped only inside the page footer, never opens it. */
  weak?: boolean;
  /** Positional evidence: dropped (and may open the footer) only outside the article body ('outside'), only above it ('top') or only below it ('below'). */
  soft?: 'outside' | 'top' | 'below';
  /** Dropped, but too slight to open the page footer (a decoration line). */
  quiet?: boolean;
  /** A row of wide-gapped items: a menu alone, a table when the next row is one too. */
  wideRow?: boolean;
}

/** A family: what a hit reports, and the test that finds it. */
interface Family extends PatternHit {
  test: (norm: string, f: LineFeatures) => boolean;
}

// Decorations around chrome lines: arrows, bars, boxes, brackets, dashes, emoji (▍相关阅读, —END—, 👉点这里).
const DECOR = '\\s\\p{Extended_Pictographic}\\uFE0F\\u200D─━═│┃+＋›✦✧♦♥❤▍▌▎▏█■□◆◇●○◎★☆※▶►▷▸▹▼▽▲△◀◁←→↑↓⇒⇨➤➜➡—–\\-=~_*·•・>＞＜》«»<《|｜【】\\[\\]「」『』〔〕〖〗（）()';
const DECOR_RE = new RegExp(`^[${DECOR}]+|[${DECOR}.。…:：!！]+$`, 'gu');
const LEAD_DECOR_RE = new RegExp(`^[${DECOR}]+`, 'u');
/** The line without leading decorations and trailing rules: —— 以下为往年买家评价 —— is the heading inside. */
const unframe = (s: string): string => s.replace(LEAD_DECOR_RE, '').replace(/\s*[—–\-=＝~～]{2,}$/u, '');
/** The line without its decorations. */
const bare = (s: string): string => s.replace(DECOR_RE, '');

// Words of shop promotions: a line with one of them and a call (tap me, claim, >>) is an advert.
const PROMO_RE =
  /限[时時]|特[价價惠]|[优優]惠|折扣|\d+(\.\d)?\s*折|[满滿]\S{0,3}[减減送]|[领領]券|券[后後]|[预預]售|定金|加[赠贈]|[赠贈]品|回[赠贈]|免[费費][领領]|0元|包[邮郵]|秒[杀殺]|[抢搶][购購]|[团團][购購]|首[单單]|新人[礼禮]|[体體][验驗][装裝]|[抢搶]先|[开開][抢搶]|促[销銷]|大促|[让讓]利|清[仓倉]|[红紅]包|返[现現]|立[减減]|[买買][一二三四五1-5]送[一二三1-3]|低至|直降|VIP|即送|[会會]员价|會員價|(本[周週]|本月|\d+月|期[间間])限定|限定(?=\s*[:：])|[一1][对對][一1]|提升\d+倍|[现現]折|加[价價][购購]|[换換][购購]|搭配[购購]/g;

/** 全部(8921)  晒图(1203)  追评(366): three or more labels, each with a count. */
const tabBar = (s: string, f: LineFeatures): boolean =>
  f.length <= 80 && (s.match(/\S{1,6}\s*[（(]\s*[\d.,]+[万萬]?\+?\s*[)）]/g) ?? []).length >= 3 && !/[。；]/.test(s);

const COMMENT_RE = /([评評][论論]|留言|跟帖|回帖|[发發]言|回[应應])/;

const TAG_RE = /<\/?[a-zA-Z][^<>]{0,300}>|<!--|-->|&nbsp;|&gt;|&lt;/g;

const SPAM_WORDS =
  /无码|無碼|成人|色播|婷婷|久久|精品|[aA]片|午夜|福利|人妻|三级|三級|伦理|倫理|赌场|賭場|百家乐|百家樂|彩票|娱乐平台|娛樂平台|蜘蛛池|日韩|日韓|欧美|歐美|字幕|看片|熟女|av|AV|无码|一区二区|一區二區|黄色|黃色|裸聊|博彩|棋牌/g;

// Words of page controls (share, bookmark, print, font size, reply, report), in both scripts
// and Taiwan wording, optionally with a 点 ("tap") prefix or a counter.
const CONTROL_RE =
  /^([点點]?(分享|收藏|[点點]?[赞贊讚]|在看|[转轉][发發]|[评評][论論]|回[复覆]|引用|[举舉][报報]|[检檢][举舉]|打印|列印|[关關][闭閉]|字[号號级級体體](大小)?|大|中|小|微信(好友)?|微博|朋友圈|[转轉]寄|生成海[报報]|生成[图圖]片|支持|反[对對]|下[载載](附件|原[图圖])|保存(到相[册冊])?|[储儲]存|QQ|QQ空[间間]|Facebook|FB|Twitter|X|Line|LINE|WhatsApp|Telegram|Threads|Signal|Plurk|噗浪|LinkedIn|Email|E-mail|Share|SHARE|推到|[复複][制製][网網]址|[电電]郵|[邮郵]件|[复複][制製][链鏈]接|[复複]製[连連]結|A[+-]?|Ａ[＋－]?|繁|[简簡]|[纠糾][错錯]|[听聽]新[闻聞]|朗[读讀]))?[\d.,万萬]*$/;

/** Whether the line starts with a key: value field whose key is not a byline's. */
const leadsWithOtherKey = (s: string): boolean => {
  const lead = /^[\u4e00-\u9fff]{2,6}\s*:/.exec(s);
  return lead !== null && !BYLINE_KEY_RE.test(lead[0]);
};

/** Keys of a byline or page-metadata field. */
const BYLINE_KEY_RE = /(来源|來源|[楼樓]主|[发發]帖人|出[处處]|稿源|供稿|作者|[编編][辑輯]|[责責][编編]|[记記]者|撰[文稿]|[摄攝]影|[发發][布佈表]者?|[更]新([于於]|[时時][间間]|者)?|[浏瀏][览覽](次[数數]|[数數]|量)?|[阅閱][读讀]|[点點][击擊]|字[号號]|[审審]核|校[对對]|[编編]者|[发發][布佈]?[时時][间間]|(^|[\s|]|[发發][布佈表]|更新|刊登|出版)日期)\s*:/;

/** Keys a site puts on its own fields: dates, counts, categories, IDs, contacts, follow links, credits, a player's settings. */
const SITE_KEY_RE = /((^|[发發][布佈表]|更新|刊登|公[告布佈]|上架|出版|修改|[资資]料|[发發]出|[张張][贴貼]|最[后後])[日时時][期间間]|更新|修改|[浏瀏][览覽]|[点點][击擊阅閱]|[阅閱][读讀]|次[数數]|人[气氣]|[分类類][类類别別]|[类類]别|[类類]別|[标標][签籤]|[栏欄]目|[状狀]態|[状狀]态|[编編][号號]|[电電][话話]|[传傳]真|地址|[邮郵][编編箱]|[电電]郵|信箱|[热熱][线線]|[专專][线線]|[总總]机|[总總]機|查[询詢]|咨[询詢]|諮詢|[联聯][系繫络絡]|来源|來源|作者|[编編][辑輯]|[发發][布佈表帖]|刊登|公告|[资資]料|提供|[卖賣]家|[会會][员員]|[单單]位|[机機][构構]|大小|[语語]言|授[权權]|版本|官[网網]|字[数數]|上一|下一|好友|粉[丝絲]|[专專][页頁]|[关關]注|追蹤|[制製]作|[协協]力|[时時][长長]|主播|[货貨][号號]|[库庫]存|清晰度|倍速|字幕|[权權]限|[隐隱]私)/;

/** A quantity stepper (－ 1 ＋): one pattern for the families that know it. */
const STEPPER = '[－\\-−]\\s*\\d+\\s*[＋+]';
const STEPPER_RE = new RegExp(STEPPER);
const STEPPER_ALONE_RE = new RegExp(`^${STEPPER}$`);
const STEPPER_COUNT_RE = new RegExp(`^(數量|数量|件數|件数)\\s*:?\\s*${STEPPER}$`);

/** Where a notice may stand in a line: anywhere in one or two sentences, in the first of a longer paragraph. */
const lead = (s: string): string => ((s.match(/[。！？]/g) ?? []).length <= 2 ? s : (s.split(/[。！？]/)[0] ?? s));
/** The line without its bracketed asides. */
const unbracket = (s: string): string => s.replace(/[（(][^（()）]*[)）]/g, '');

const DATE = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?';
/** A label over the owner's reply: 店長回覆：, ↳ 商家回复  2026-10-28. */
const OWNER_REPLY_RE = new RegExp(`^[↳└]?\\s*(店[长長]|店家|店主|商[户戶]|[业業]者|老[板闆]|商家|[卖賣]家|掌柜|掌櫃|客服|作者|版主|官方|小[编編])\\s*(回[复覆]|回[应應])\\s*:?\\s*(${DATE})?$`);
// Not a version with its date (v3.2.1　2026年2月3日).
/** The rule of a file link (附件：報名表.pdf): clean.ts lets a label over such links go with them. */
export const FILE_LINK_RULE = 'file download link';
/** A bare comment heading: 留言, 評論區. */
export const BARE_COMMENTS_RE = /^(留言|[评評][论論])([区區板])?$/;
/** The rules of commenter lines (a name and a date or an age): clean.ts finds comment lists by them. */
export const COMMENTER_RULE = 'commenter with a date or an age after a wide gap (outside the article)';
export const COMMENTER_NAMED_RULE = 'commenter name with a date or an age (and stars)';
const COMMENTER_GAP_RE = new RegExp(`^((用[户戶]|[会會]员|會員|[网網]友|[读讀]者|[访訪]客)\\s)?(?![vV]?\\d)[^\\s:：|｜]{1,12}(\\s[A-Za-z.]{1,8}|\\s[\\u4e00-\\u9fff]{1,4}[先女小太][生士姐])?(\\s{2,}|\\s*[|｜]\\s*)(${DATE}|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d+\\s*(秒|分[钟鐘]|小[时時]|天|[週周]|星期|[个個]?月|年)前)((\\s{2,}|\\s*[|｜]\\s*)([★☆]{1,5}|[^\\s:：]{1,4}\\s*[:：]\\s*\\S{1,12}))?$`);
/** A date with the bare weekday in brackets and a time: 2024-03-17 (日) 21:42 — a posting time, or an event's. */
const DATE_WDAY_TIME_RE = new RegExp(`${DATE}\\s*[(（][一二三四五六日天][)）]\\s*\\d{1,2}:\\d{2}`);
/** A date, then the editor or reporter who posted it: 2024 年 6 月 3 日 ・ 拾穗劇坊小編. */
const DATE_BY_RE = new RegExp(`^${DATE}\\s*[·・•|｜]\\s*\\S{0,16}(小[编編]|[编編][辑輯]|[记記]者|作者|站[长長]|整理|[报報][导導])$`);
/** An e-paper's edition line: 2024年07月18日 星期四 第B07版. */
const EDITION_RE = new RegExp(`^${DATE}\\s*(星期|周|週)[一二三四五六日天]\\s*第\\s*[A-Z]?\\d{1,3}\\s*版`);
const DATE_RE = new RegExp(DATE);
// A posting time may also be written the English way: Thu Nov 20 22:41:07 2025.
const DATE_TIME_RE = new RegExp(`${DATE}\\s*([(（]?(星期|週|周)[一二三四五六日天][)）]?\\s*)?\\d{1,2}:\\d{2}|\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}`);
const DATE_CLOCK_LINE_RE = new RegExp(`^${DATE}\\s*\\d{1,2}:\\d{2}(:\\d{2})?$`);
/** A commenter's name, then a date or an age, then maybe stars. */
const COMMENTER_RE = new RegExp(`^\\S{1,16}(\\s\\S{1,10})?\\s*[·・•|｜]\\s*(${DATE}|\\d+\\s*(秒|分[钟鐘]|小[时時]|天|[週周]|[个個]?月)前|昨天|前天)(\\s*[·・•|｜]\\s*[★☆]{3,5})?$`);
/**
 * A commenter's name with short facts about them (year of study, party size) and a dated time,
 * maybe one short outcome after: 匿名同学 · 大二 · 11月22日 12:31, Wong Sir | 2026-11-27 | 5人 ✘ 差最後一關.
 * Without a year the time must be there: a bare month and day is a schedule's.
 */
const COMMENTER_META_RE = new RegExp(`^(?![\\d第])[^\\s·・•|｜:]{1,16}(\\s[A-Za-z.]{1,8}){0,2}(\\s*[·・•|｜]\\s*[^·・•|｜:。，]{1,10}){0,2}\\s*[·・•|｜]\\s*(${DATE}(\\s+\\d{1,2}:\\d{2})?|\\d{1,2}\\s*(月\\s*\\d{1,2}\\s*日|-\\d{1,2})\\s+\\d{1,2}:\\d{2})(\\s*[·・•|｜]\\s*[^·・•|｜。，!！?？]{1,12})?$`);
/** Who answered or added on a date: 执业药师 王** 回答于 2024-03-18, 买家 1**9 补充 2023-12-11：. */
const ANSWERED_ON_RE = new RegExp(`^\\S{1,12}(\\s+\\S{1,16}){0,2}\\s+(回答|回[复覆]|解答|[补補]充|[发發]表|提[问問])(于|於)?\\s*${DATE}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?\\s*:?$`);
/** Stars, then the reviewer's name, then a date: ★★★★☆　Ivy　2023/10/20. */
const STARS_NAME_DATE_RE = new RegExp(`^[★☆]{3,5}\\s+\\S{1,16}(\\s\\S{1,10})?\\s+(${DATE}|\\d+\\s*(天|[週周]|星期|[个個]?月|年)前)$`);
/** Roles of a production credit: 编辑｜, 审核：, 摄影/ (a role word, then a bar, slash or colon). */
const CREDIT_ROLE_RE = /(?:^|\s)[(（【[]?\s*((?:[责責]任|值班|[实實][习習]|[执執]行)?[编編][辑輯]|[责責][编編]|主[编編]|美[编編]|排版|校[对對]|[审審][核校]|[初复複终終二三][审審]|[监監][制製]|[统統][筹籌]|策[划劃]|出品人?|[制製]作人?|[设設][计計]|[翻編编][译譯]|[译譯]者|[摄攝]影|[摄攝]像|[视視][频頻]|[图圖]片?|[图圖]文|文字?|撰文|采[写訪访]|採[寫訪]|[记記]者|作者|来源|來源|配音|剪[辑輯]|[运運][营營]|[营營][运運])\s*[|｜/／:]\s*\S/g;
/** The rule of a single credit line (摄影：某某): clean.ts keeps one that stands among a record's fields. */
export const CREDIT_LINE_RULE = 'one production credit on its own line (editing, review, photography)';
/** Links of a site's footer. */
const FOOTER_LINK_RE =
  /^(关于|關於|[隐隱]私|私[隐隱]|广告|廣告|招聘|[诚誠]聘|條款|条款|意[见見]|[联聯][络絡系繫]|[网網]站地[图圖]|免[责責]|版[权權]|合作|投稿|反[馈饋]|[帮幫]助|新[闻聞](爆料|提料|熱線|热线)|[读讀]者(意[见見]|服[务務]|信箱)|侵[权權]|使用[说說]明|[创創]作者|\S{0,8}(举报|舉報|檢舉|检举))/;
/** Who wrote on a date: 讀者 mk_reader 於 2025-08-14 寫道： */
const WROTE_ON_RE = new RegExp(`(於|于|在)\\s*${DATE}\\s*(\\d{1,2}:\\d{2}\\s*)?(寫道|写道|留言|[评評][论論]|回[复覆]|表示)\\s*[:：]?$`);
/** Decorations at either end of a row item. */
const EDGE_DECOR_RE = new RegExp(`^[${DECOR}]+|[${DECOR}]+$`, 'gu');
// Shapes with a date inside, built once.
const COMMENTER_CLOCK_RE = new RegExp(`^\\S{1,16}(\\s\\S{1,16})?[\\s　]+${DATE}\\s+\\d{1,2}:\\d{2}$`);
const LEVEL_DATE_RE = new RegExp(`^\\S{1,16}\\s+(LV|Lv|lv)\\.?\\s?\\d{1,2}(\\s+(${DATE}|\\d+\\s*(分[钟鐘]|小[时時]|天)前))?$`);
// The age may be in weeks, months or years (陳生　★★★★★　3星期前, Yuki W.　★★★★☆　1個月前).
const BADGE_DATE_RE = new RegExp(`^\\S{1,16}(\\s\\S{1,3})?\\s+(已[验驗][证證]\\S{0,3}|[★☆]{3,5})\\s+(${DATE}|\\d{1,2}-\\d{1,2}|\\d+\\s*(天|[週周]|星期|[个個]?月|年)前)$`);
const OFFICIAL_REPLY_RE = new RegExp(`^[【\\[［]\\s*\\S{2,24}\\s*回[复覆][】\\]］]\\s*(${DATE})?$`);
const POSTED_KEY_DATE_RE = new RegExp(`^([发發][布佈表]|[发發]布者|作者|[编編][辑輯])\\s*:\\s*\\S.{0,24}${DATE}`);
const POSTED_BY_ON_RE = new RegExp(`^由\\s*\\S{1,16}\\s*([发發][布佈表]|發佈|撰[写寫]|[编編][辑輯])(于|於)\\s*${DATE}`);
const LAST_REVISED_RE = new RegExp(`最[后後](修[订訂]|修改|[编編][辑輯]|更新)(于|於)\\s*${DATE}`);

const SEPARATED = (s: string, sep: RegExp, minItems: number, maxItem: number): boolean => {
  const items = s.split(sep).map((x) => x.trim()).filter(Boolean);
  // A Latin word counts as one unit, like one Han character ("Apple Podcasts" is two).
  return items.length >= minItems && items.every((x) => x.replace(/[A-Za-z]+/g, 'w').replace(/\s/g, '').length <= maxItem);
};

/** A call to act on an offer: book, buy, claim, get a quote, try, sign up — now or for free. */
const CTA_RE = /(立即|馬上|马上|免[费費]|現在|现在|即刻)\S{0,4}(預約|预约|[购購][买買]|下[单單]|[领領]取|[获獲]取|[报報]名|[咨諮][询詢]|試用|试用|[体體][验驗]|[订訂][阅閱]|加入|申[请請办辦]|[开開]通|捐[款助]|支持|WhatsApp|[试試]算)|首月(只需|[仅僅]需|免[费費])|[询詢](底价|底價|价|價)|[预預]约试驾|預約試駕/;
/** Marks promotions wear: icons, arrows framing the line, trailing » or ▶, stacked pipes. */
const PROMO_MARK_RE = /^(\p{Extended_Pictographic}|☎|>>|»|【|➤|➜|➔)|(»|▶|<<|(>>|→|»|▶|＞|⇒)\s*\S{0,8})\s*$|｜.*｜|　.*　/u;

/** Items of a row: wide gaps, pipes; icons and brackets around an item are not part of it. */
function rowItems(s: string): string[] {
  return s
    .split(/\s{2,}|\s*[|｜]\s*|　+/)
    .map((x) => x.replace(EDGE_DECOR_RE, '').replace(/[（(]\s*[\d.,]+[万萬]?\s*[)）]$/, '').trim())
    .filter((x) => x !== '');
}

/** Three or more items, each a control (interface words only, with at most a short object: 此书, 我的書單) or a platform. */
function controlRow(s: string): boolean {
  const items = rowItems(s);
  if (items.length < 3) return false;
  let controls = 0;
  for (const raw of items) {
    // 讚 56: a control with its counter.
    const item = raw.replace(/\s*\d[\d.,]*[万萬kKwW]?$/, '') || raw;
    // A- A+, 字體大小 小 中 大: single-spaced controls inside one item.
    const subs = item.split(/[\s:]+/).filter(Boolean);
    if (subs.length > 1 && subs.every((x) => CONTROL_RE.test(x))) {
      controls++;
      continue;
    }
    if (item.length > 8) return false;
    // A bare number is a counter next to a control, or a cell of a table: it decides nothing.
    if (/^[\d.,%]+$/.test(item)) continue;
    const w = interfaceWords(item);
    if (CONTROL_RE.test(item) || (w.core >= 1 && w.rest <= 3) || (w.rest === 0 && /^[A-Za-z+\-]+$/.test(item))) controls++;
  }
  return controls >= Math.max(3, Math.ceil(items.length * 0.75));
}

/**
 * Two to four segments (split by · | or wide gaps), each a number with a short label: counts,
 * ratings, quotes (关注者 2,381 · 被浏览 1,204,557 / 8.9 很棒　2,416 則住客評語). Not a date, not a
 * range (氣溫 18至22度), not a sentence.
 */
function countersLine(s: string): boolean {
  if (/\d\s*[年月]\s*\d|\d\s*(至|到|~|～|－)\s*\d/.test(s)) return false;
  // A ranked entry (2. Lumi（复旦大学）　KDA 6.9) is the article's table, not a counter.
  if (/^\d{1,2}[.、．]\s*[^\d\s]/.test(s)) return false;
  // A price (¥ 89.00 / 5kg, 5G畅享卡 · 59元/月) is the item's, not a counter, unless something is counted beside it.
  if (/[￥¥$€£]\s*\d|\d\s*元/.test(s) && !/(播放|[浏瀏][览覽]|[阅閱][读讀]|[关關][注註]|[评評]|[赞讚贊]|收藏|[人件单單]\s*(已|想|在|付|[购購]|[买買]|[评評]))/.test(s)) return false;
  // Labels with counts in brackets are a tab bar (全部(120)  有图(35)), a family of its own.
  if ((s.match(/[（(]\s*[\d.,]+[万萬]?\+?\s*[)）]/g) ?? []).length >= 2) return false;
  const segs = s.split(/\s*[·•|｜]\s*|\s{2,}|　+/).filter((x) => x.trim() !== '');
  if (segs.length < 2 || segs.length > 4) return false;
  // Shares of a whole (政府資助 58%　│　基金及信託 27%　│　…　其他 2%) are data: the parts make 100%.
  const shares = segs.map((seg) => /(\d+(\.\d+)?)\s*%$/.exec(seg));
  if (segs.length >= 3 && shares.every(Boolean) && Math.abs(shares.reduce((a, m) => a + Number(m![1]), 0) - 100) <= 1) return false;
  return segs.every((seg) => /\d/.test(seg) && (seg.match(/\p{Script=Han}/gu) ?? []).length <= 6);
}

// Specific families first: a counter bar or a copyright line can also look like a menu.
/** A date alone, a date then a posting word, listed titles with a date in brackets (built once). */
const DATE_ONLY_RE = new RegExp(`^${DATE}$`);
const DATE_POSTED_RE = new RegExp(`^${DATE}\\s*([发發]佈|[发發]布|更新|刊登|公布|公佈)$`);
const BULLET_TITLE_DATE_RE = new RegExp(`^[·•・‧．▸→〉›»\\-—]\\s*\\S.{3,40}[（(]${DATE}[)）]$`);
const TITLE_BRACKET_DATE_RE = new RegExp(`^\\S.{3,40}[（(](${DATE}|\\d{2,3}[-/.]\\d{1,2}[-/.]\\d{1,2})[)）]$`);

/** The title cell of a row of two cells, a title and a date after a wide gap; null for other lines. */
const titleDateCell = (s: string, f: LineFeatures): string | null => {
  if (f.length > 50 || !/[\u4e00-\u9fff]{4}/.test(s)) return null;
  const cells = s.trim().split(/\s{2,}|　+/).filter(Boolean);
  const [first, second] = cells;
  return cells.length === 2 && first !== undefined && second !== undefined && DATE_ONLY_RE.test(second) && !DATE_RE.test(first) ? first : null;
};

const FAMILIES: Family[] = [
  {
    category: 'html-remnant',
    rule: 'markup with little text',
    test: (s) => {
      const tags = s.match(TAG_RE);
      if (!tags) return false;
      // An HTML comment is markup, whatever it says (</div><!-- comment-box end -->).
      const rest = s.replace(/<!--.{0,80}?-->/g, '').replace(TAG_RE, '').replace(/\s/g, '');
      // What stands inside script or style tags is code, never text (window.dataLayer = …).
      if (/^<(script|style)\b[^>]*>.*<\/\1>$/i.test(s.trim())) return true;
      return rest.length <= 3 || tags.join('').length > rest.length * 2 || /^var |^function|^\$\(|_hmt/.test(rest);
    },
  },
  {
    category: 'spam',
    rule: 'keyword list (adult/gambling terms)',
    test: (s) => {
      const words = new Set(s.match(SPAM_WORDS) ?? []);
      const seps = (s.match(/[,，|｜、]/g) ?? []).length;
      return words.size >= 3 && seps >= 3;
    },
  },
  {
    category: 'editor-note',
    rule: 'editor note / original title / source line',
    test: (s, f) =>
      /[【[(（]\s*([责責]任[编編][辑輯]|[编編][辑輯]|[责責][编編])\s*:/.test(s) ||
      // 時間 as a key of its own or a posting's (发布时间：); 入營時間：… 拔營時間：… are the page's facts.
      (f.length <= 100 && (s.match(/(发布|發布|發佈|(?:^|[\s|｜]|[发發][布佈表]|更新)[时時][间間]|来源|來源|作者|[编編][辑輯]|[责責][编編]|[浏瀏][览覽]|[点點][击擊])\s*:/g) ?? []).length >= 2) ||
      /^[(（【[]?\s*(编者按|編者按|原[标標][题題]|原文[标標][题題]|[资資]料[来來]源|本文来源|本文來源|文章来源|文章來源|来源|來源|[责責]任[编編][辑輯]|[编編][辑輯]|[转轉][载載]自|本文[转轉][载載]自|出[处處])\s*[:：]/.test(s) ||
      /^本文[转轉][载載]自/.test(s) ||
      (/^(文章|相[关關]|[热熱]门|熱門)?([标標]签|[标標]籤|[关關][键鍵](词|詞|字)|字[词詞]|分[类類]|[话話][题題]|[栏欄]目|tags?)\s*:/i.test(s) &&
        // A paper's keywords, three or more between semicolons, are part of its abstract.
        !/^[关關][键鍵](词|詞|字)\s*:[^；;]+([；;][^；;]+){2,}$/.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'metadata line (several key: value fields, or a byline with a date and time)',
    test: (s, f) =>
      f.length <= 100 &&
      // A comma inside brackets is an aside (（星期一，端午節）), not a clause.
      !/[。，；！？]/.test(unbracket(s)) &&
      // Key: value fields: a byline's (来源: … 作者: …) anywhere; others (時間: … 地點: … of an event,
      // 課號: … 學分: … of a course) only outside the article body, where the soft family below takes them.
      // A line led by another key (比赛时间：…, 金奖：… 作者：…) is the article's data, not a byline.
      !leadsWithOtherKey(s) &&
      (((s.match(/(?:^|[\s|｜/／])[\u4e00-\u9fff]{2,6}\s*:\s*\S/g) ?? []).length >= 2 && BYLINE_KEY_RE.test(s)) ||
        // 2026年11月28日（周六）14:00–16:00: a time range is a session's, not a posting time.
        (f.han >= 2 && DATE_TIME_RE.test(s) && !/\d{1,2}:\d{2}\s*[–—\-~～至到]\s*\d{1,2}:\d{2}/.test(s)) ||
        // …with a bar or a byline key after it; alone with a place it is a performance's (（六）19:30　臺中國家歌劇院).
        (DATE_WDAY_TIME_RE.test(s) && /[|｜]/.test(s)) ||
        // A bracketed update note is the title's (合歡北峰步道路況（2024/11/16更新）): its slashes do not count.
        (f.length <= 30 && f.han >= 2 && f.clausePunct === 0 && DATE_RE.test(s) && /[／/:|]/.test(s.replace(/[（(][^（()）]*[)）]/g, '')))),
  },
  {
    category: 'spam',
    rule: 'a form to fill in',
    // 姓名：________　手机：________　意向城市：________　【立即提交】: a lead-capture form.
    // A school's reply slip (學生姓名：____　班別：__　家長簽署：____) is the notice's own.
    test: (s, f) => f.length <= 100 && (s.match(/:\s*_{3,}/g) ?? []).length >= 2 && !/([学學]生|家[长長]|[签簽]署|班[别別]|[学學][号號])\S{0,2}\s*:/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'key: value fields (outside the article)',
    soft: 'outside',
    // 上一篇：… 下一篇：… is a pair of links, for the family that names them.
    // At least one key must be the site's (a date, a count, a category, a contact, an ID): fields
    // under a title with keys of their own (容量：… 能效等级：…, 人數：… 時限：…) are the page's data.
    test: (s, f) => {
      // A form's blanks (家長簽署：____　日期：____) are not the site's fields.
      if (f.length > 100 || /[。，；！？]/.test(unbracket(s)) || /^(上一|下一|前一)/.test(s) || /_{3,}/.test(s)) return false;
      const keys = [...s.matchAll(/(?:^|[\s|｜/／])([\u4e00-\u9fff]{2,5})\s*:\s*\S/g)].map((m) => m[1] ?? '');
      return keys.length >= 2 && keys.some((k) => SITE_KEY_RE.test(k));
    },
  },
  {
    category: 'disclaimer',
    rule: 'disclaimer',
    test: (s) =>
      /^(特[别別][声聲]明|免[责責][声聲]明|[声聲]明|notice|disclaimer|风险提示|風險提示)\s*:/i.test(s) ||
      /(如有侵[权權]|侵[删刪]|[联聯][系繫][删刪]除|仅代表作者|僅代表作者|不代表本([站网網]|平台|[报報])|信息存[储儲]空[间間]服[务務]|資訊儲存空間|投[资資]有[风風][险險]|不构成投资建议|不構成投資建議|the content above|do not necessarily reflect)/i.test(s) ||
      // 评分由同学自愿提交，仅反映个人体验，不代表后勤集团意见: said of what the page shows, not of a quoted statement.
      (s.length <= 80 &&
        /((仅|僅)(代表|反映)\S{0,4}(个人|個人)|不代表\S{0,10}(意见|意見|观点|觀點|立场|立場))/.test(s) &&
        /(评分|評分|评论|評論|留言|点评|點評|本文|本帖|以上|文章|内容|內容|言论|言論|用户|用戶|网友|網友|投稿|来稿|來稿)/.test(s)),
  },
  {
    category: 'copyright',
    rule: 'copyright notice',
    // A: 基於著作權保護，… answers a reader's question.
    test: (s, f) =>
      !/^(A|答)\s*:/.test(s) &&
      ((f.length <= 160 && /(版[权權]所有|版[权權][属屬]\S{0,20}所有|著作[权權]|all rights reserved|©|copyright|CC\s*BY|Creative\s*Commons|[创創]用\s*CC|知[识識]共享)/i.test(s)) ||
      /^版[权權][声聲]明\s*:/.test(s) ||
      /([未非][经經](授[权權]|许可|許可|同意)[^。]{0,20}(不得|禁止|[请請]勿)|不得[转轉][载載]|[转轉][载載][请請][^。]{0,6}(附上|保留|[联聯][系繫])|禁止[转轉][载載]|[转轉][载載][请請][注註]明|[转轉][载載]\S{0,10}[注註]明出[处處]|版[权權][归歸]|违者必究|違者必究|侵[权權]必究)/.test(s)),
  },
  {
    category: 'registration',
    rule: 'ICP / public-security / licence number',
    test: (s, f) =>
      f.length <= 120 &&
      /(ICP[备備证證]|公[网網]安[备備]|[许許]可[证證]\S{0,6}([:：]|[號号编編]|\d)|[许許]可[证證]\s*\S{0,8}第\s*\d+\s*[號号]|B2-\d{6,}|[经經][营營][许許]可|[国國]新出[审審]|[审審][批核]文[号號]|出版物[号號]|統一編號|统一编号|登[錄录]字[號号]|[税稅][务務]條例》?第\s*88\s*[條条]|税务条例》?第\s*88\s*条)/i.test(s) ||
      // 旅行代理商牌照號碼：353xxx
      (f.length <= 60 && /(牌照|[执執]照)\s*(號碼|号码|編號|编号|[號号])\s*[:：]?\s*[A-Z]{0,3}-?[\dx]{3,}/i.test(s)) ||
      (f.length <= 80 && /(註冊|注册|執業|执业)(牙[醫医]|[醫医]生|[醫医][师師]|中[醫医]|[药藥]?[剂劑][师師]|律[师師]|[会會][计計][师師]|社工)?\s*(編號|编号|號碼|号码)?\s*[:：]?\s*[A-Z]{0,3}\d{4,}/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'account box / next-previous / reading counters',
    test: (s, f) =>
      f.length <= 60 &&
      (/\d+(\.\d+)?万?\s*(文章[数數]|[关關]注度|粉[丝絲]|[阅閱][读讀]量?)/.test(s) ||
        // 卖家信息：雨林小屋（信用 ★★★★★…）　进店逛逛 >: a shop's box on a marketplace.
        /([进進]店逛逛|[进進]入店[铺鋪]|[进進]入商店)\s*[>›»]?$/.test(s) ||
        // 已有 12,406 位读者订阅: a count of those who did, under the button.
        /^已有\s*[\d,.]+\s*[万萬]?\s*(位|名|人|個|个)\S{0,6}(订阅|訂閱|[购購][买買]|[报報]名|下[载載]|[关關][注註]|[参參]與|[参參]与|[评評][价價]|使用|預約|预约|收藏)$/.test(s) ||
        (s.match(/(收藏|[浏瀏][览覽]|[阅閱][读讀]|[评評][论論]|[点點][赞贊讚]|[转轉][发發]|播放|回[复覆]|回帖|[赞讚贊]同|反[对對]|[赞讚])(量|[数數])?\s*[（(]?\s*[\d.,]+[万萬kKwW]?/g) ?? []).length >= 2 ||
        /^(我也?要|[发發][表布])([评評][论論]|[评評]分|打分|[点點][评評]|留言|[写寫]([点點][评評]|[评評][论論]|[评評][价價]))/.test(s) ||
        (f.length <= 30 && /[扫掃]一[扫掃]|[关關][注註].{0,2}公[众眾][号號]/.test(s)) ||
        (/^[上下]一(篇|[页頁]|主[题題]|章|[条條]|[则則]|帖)/.test(s) && !s.includes('。')) ||
        (f.length <= 30 &&
          // 订阅价：¥168/月 is a price.
          /^(立即|马上|馬上|[点點][击擊]|欢迎|歡迎|免[费費])?(订阅|訂閱|加入|下[载載])(?![价價费費期])/.test(s) &&
          // 订阅方案, 加入條件: a heading over the terms, not a button.
          !/^(订阅|訂閱|加入|下[载載])(方案|[计計][划劃]|[须須]知|[说說]明|[价價]格|[规規][则則]|流程|方式|期限|[资資]格|[条條]件|[费費]用)$/.test(s) && /(订阅|訂閱|[频頻]道|公[众眾][号號]|APP|App|[专專][页頁]|[电電]子[报報]|社群|群組|会员|會員)/.test(s)) ||
        (f.length <= 20 && /(喜[欢歡]|[觉覺]得).{0,4}(这|這|本)篇/.test(s)) ||
        // A sentence whose verbs are subscribe / rate / share / like is a call to action.
        (f.length <= 40 && /(欢迎|歡迎|记得|記得|[请請]|别忘了|別忘了)[^。]{0,4}(订阅|訂閱|[关關][注註]|[评評]分|分享|[转轉][发發]|[点點][赞贊讚])[^。]{0,12}(订阅|訂閱|[关關][注註]|[评評]分|分享|[转轉][发發]|[点點][赞贊讚]|朋友)/.test(s)) ||
        // 投票 as a button (a reader's vote for the book), not 投票日期：… of an election.
        (f.length <= 30 && /(加入[书書]架|^投(推[荐薦])?票$|投推[荐薦]票|追[蹤踪]我[们們]|[关關][注註]我[们們]的\s*([A-Za-z]|公[众眾]|官方|[频頻]道|[专專][页頁]|[帐帳账][号號]|微[信博]|抖音|小[红紅]))/.test(s)) ||
        (s.match(/[\d.]+万?\s*[人次]?\s*(关注|關注|[浏瀏][览覽]|[阅閱][读讀]|[评評][论論]|[点點][赞贊讚]|收藏|播放)/g) ?? []).length >= 2 ||
        /(讚好|按讚|[关關][注註]我[们們](?!的)|follow us|like us)/i.test(s) ||
        /^(往期回[顾顧]|上一篇|下一篇|[阅閱][读讀]\s*[\d.]+|[评評][论論]\s*[（(]?\d+|[点點]个在看|[点點]個在看|在看|[扫掃]描二[维維]碼|[扫掃]描二[维維]码|[长長]按[识識][别別]|[关關]注(我们|我們|公众号|公眾號)(?!的))/.test(s) ||
        /(打[开開]APP|打[开開]App|下[载載]APP|APP[专專]享|[点點][赞贊讚]、在看|[关關]注公[众眾][号號])/i.test(s)),
  },
  {
    category: 'contact',
    rule: 'contact / feedback links',
    test: (s, f) =>
      f.length <= 80 &&
      // 关于我们家的老房子 is a heading: the link's words end where the line goes on in Han.
      (((f.length <= 12 || /^\S+\s*[:|｜]/.test(s)) &&
        !/^(关于|關於|联系|聯繫|聯系|联络|聯絡|加入)我[们們][\u4e00-\u9fff]/.test(s) &&
        /^(联系我们|聯繫我們|聯系我們|联络我们|聯絡我們|关于我们|關於我們|反[馈饋]|意[见見]反[馈饋]|网站客服|網站客服|在[线線]客服|客服|推[荐薦][订訂][阅閱]|[广廣]告服[务務]|[网網]站地[图圖]|投稿|加入我们|加入我們)/.test(s)) ||
        (f.length <= 40 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(s) && /(合作|投稿|[广廣]告|[反回][馈饋])/i.test(s)) ||
        /(举报|舉報|客服|投稿)\s*:?\s*[\w.+-]+@/i.test(s) ||
        // 全国服务热线 400-6**-7720　工作日 8:30-20:00, ★★加盟热线 400-…★★: a service or sales line with its number.
        // …请拨打生态环境投诉热线12369。 is a sentence of the article's.
        (!/[。，,]/.test(s.slice(0, s.search(/(热线|熱線|专线|專線)/) + 1)) &&
          !(f.sentenceEnd && /([拨撥]打|致[电電]|[请請]\S{0,2}[电電]|[请請][拨撥])/.test(s)) &&
          /(服[务務]|客服|客[户戶]服[务務]|[咨諮][询詢]|全[国國]|加盟|招商|[订訂][购購]|投[诉訴])\S{0,4}(热线|熱線|专线|專線)\s*:?\s*[\d(（+]/.test(s)) ||
        // support@skynote.hk　｜　辦公時間：…, 客服 LINE：@… ｜ 客服時間：…: an address to write to with its hours.
        (!/[。！？]$/.test(s) &&
          /([\w.+-]+@[\w-]+\.[\w.]+|LINE\s*(ID)?\s*:\s*@)/.test(s) &&
          /([辦办]公|服[務务]|客服|[營营]業)([時时][間间])/.test(s)) ||
        // …請準備以下資料聯絡客服： ends a sentence of the article; a contact field follows no clause.
        ((k) => k >= 0 && !/[。，！？；]/.test(s.slice(0, k)))(s.search(/(举报|舉報|客服)\s*:/))),
  },
  {
    category: 'navigation',
    rule: 'breadcrumb',
    test: (s) =>
      /(首[页頁]|主[页頁]|[当當]前位置|[您你]的位置|[频頻]道|正文)/.test(s) &&
      (/[>»›＞→]/.test(s) || SEPARATED(s.replace(/^.*位置\s*:?/, ''), /\s*[/|｜／]\s*/, 3, 8) ||
        // 主頁 ／ 戲劇 ／ 海濱社區劇社《天台上的月光》: the last crumb is the page's own long title.
        /^(首[页頁]|主[页頁])\s*[/／]\s*(\S{1,8}\s*[/／]\s*)+\S{1,30}$/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'breadcrumb of short items',
    // Not →: a route inside an article (板橋 → 華江橋 → 大直橋) is written with arrows.
    test: (s, f) => f.length <= 60 && SEPARATED(s, /\s*[>»›＞]\s*/, 3, 10),
  },
  {
    category: 'navigation',
    rule: 'menu of short items',
    // Not a row of data: iPhone 15 ｜ $1,880 ｜ $980 ｜ …, where most items are bare amounts.
    test: (s, f) => {
      if (f.length > 80) return false;
      const items = s.split(/\s*[|｜]\s*|\s+[-–·•]\s+/).map((x) => x.trim()).filter(Boolean);
      if (items.filter((x) => /^([$￥¥€£]|HK\$|NT\$)?\s*[\d,.]+\s*(元|%)?$/.test(x)).length * 2 >= items.length) return false;
      // Measures (口味 4.3 · 价格 4.5 · …, ABV 5.2%｜IBU 14) are data: menu items carry no figures.
      if (items.filter((x) => /^[^\d\s]{1,6}\s+\d+(\.\d+)?\s*%?$/.test(x)).length >= 2) return false;
      // 清水灣第一灣　｜　18　｜　良好: a bare figure among the items makes it a table's row.
      if (items.some((x) => /^[\d.,]+$/.test(x))) return false;
      // 冷制工艺 · 熟成45天 · 净重约100g: facts with their units describe a thing; links have none.
      if (items.filter((x) => /\d+(\.\d+)?\s*(天|g|克|kg|公斤|ml|mL|毫升|mm|cm|公分|米|公里|km|个月|個月|小[时時]|分[钟鐘])$/.test(x)).length >= 2) return false;
      // A labelled sequence (叫牌過程：1♠ – 不叫 – 2♥ – …, 影院服务：IMAX厅｜杜比全景声｜…) is a field
      // of the text, not a menu, unless its label is a control (字級：小 中 大 ｜ 列印, 排序：默认 | 价格↑).
      const label = /^([^\s:]{1,8})\s*:\s*\S/.exec(s);
      if (label && !/^(字[级級号號体體]|字型|排序|收[听聽]|[订訂][阅閱]|\S{0,2}平[台臺]$|[颜顏]色|尺[码碼寸]|款式|[筛篩][选選]|[显顯]示|[检檢][视視]|[视視][图圖]|切[换換]|[语語]言|分享|[浏瀏][览覽])/.test(label[1])) return false;
      return SEPARATED(s, /\s*[|｜]\s*/, 3, 8) || SEPARATED(s, /\s+[-–·•]\s+/, 3, 8);
    },
  },
  {
    category: 'navigation',
    rule: 'site function links',
    // Links are bare words; a sentence that mentions 无障碍 (barrier-free) is prose; a numbered heading
    // (二、会员注册) is the article's.
    test: (s, f) =>
      f.length <= 40 &&
      !/[。，；]/.test(s) &&
      !/^[一二三四五六七八九十]{1,3}、/.test(s) &&
      (/(返回首[页頁]|返回[顶頂]部|回到[顶頂]部|^回[顶頂]端$|^回[顶頂]部$|返回[顶頂]端|返回[页頁]首|回到[页頁]首|返回[页頁][顶頂]|申[请請]入[驻駐]|[进進]入[关關][怀懷]版|手[机機]版|[电電]脑版)/.test(s) ||
        // 无障碍 as a link of its own (无障碍 | 长者模式), not 设有无障碍卫生间.
        /(^|[\s|｜/／·•、])(无障碍|無障礙)(浏览|瀏覽|模式|[阅閱][读讀]|版|服务|服務|[专專][区區])?($|[\s|｜/／·•、])/.test(s) ||
        // 登录 / 注册 as links of their own (登录｜注册, 免费注册), not inside words (注册费用, 注册缴费截止).
        /(^|[\s|｜/／·•、])(免[费費]|立即|快速|会员|會員)?(登[录錄]|注[册冊]|登入)($|[\s|｜/／·•、])/.test(s)),
  },
  {
    category: 'share-bar',
    rule: 'bar of page controls',
    test: (s, f) => {
      if (f.length > 40) return false;
      const parts = s.split(/[\s|｜/·•、,，:]+|(?=[【[])/).filter(Boolean);
      const tokens = parts.map((t) => t.replace(/[【】[\]()（）─－—+＋\-]/g, '')).filter(Boolean);
      // Controls (at least one word, not only counters), possibly next to bare symbols ("字級 ─ ＋").
      return parts.length >= 2 && tokens.length >= 1 && tokens.every((t) => CONTROL_RE.test(t)) && tokens.some((t) => !/^[\d.,]+$/.test(t));
    },
  },
  {
    category: 'share-bar',
    rule: 'share/bookmark/print controls',
    test: (s, f) =>
      f.length <= 30 &&
      (/^(分享(至|到)?|[转轉][发發載载]|收藏|[点點][赞贊讚]|按[赞讚]|打印|列印|微信|微博|朋友圈|QQ空[间間]|QQ|[赞贊讚])\s*:?\s*\d*$/.test(s) ||
        /^字[号號体體]\s*:/.test(s) ||
        /^([【[]\s*[^】\]]{1,10}\s*[】\]]\s*){2,}$/.test(s) && /(打印|列印|[关關][闭閉]|字[号號体體]|收藏|分享|[转轉][发發])/.test(s) ||
        /(打印本[页頁]|列印本[页頁]|[关關]閉[窗视視]|关闭窗口|分享到)/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'picture/video stand-in',
    test: (s, f) =>
      (f.length <= 30 &&
      (/^[[【(（<]?\s*(图片|圖片|[图圖]|[视視][频頻]|影片|[剧劇]照|截[图圖]|[资資]料照|[插配][图圖]|示意[图圖]|image|img|photo|picture|video|[广廣]告|推[广廣]|商[业業]推[广廣]|[赞贊]助商?|advertisement|ad|sponsored|[赞贊]助内容|贊助內容)\s*\d*\s*[\]】)）>]?$/i.test(bare(s)) ||
        /(点击查看大图|點擊查看大圖|點選檢視大圖|点选查看大图|[视視][频頻]加[载載]中|影片[载載]入中|([图圖]片|相片|照片)[来來]源|[图圖]片[由源]|[图圖]\s*\/|^[▲△▼●]\s*[图圖])/.test(s) ||
        /\.(jpe?g|png|gif|webp)$/i.test(s))) ||
      // A caption ending in a picture credit: （圖／管理處提供）, (图片来源：…).
      (f.length <= 60 && /[（(]\s*([图圖]片?|照片|[摄攝]影)\s*[／/:][^）)]*[）)]$/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'related-articles heading',
    test: (s, f) =>
      f.length <= 14 &&
      (/^(相[关關]|[热熱][点點]|[热熱][门門]|推[荐薦]|延伸|猜你|[为為]你|更多|[专專][题題]|精彩|今日)\s*(推[荐薦]|[阅閱][读讀]|文章|新[闻聞]|喜[欢歡]|要[闻聞]|[专專][题題]|内容|內容|[资資][讯訊]|[链鏈]接)\s*:?$/.test(s) ||
        /^\S{2}要[闻聞]$/.test(s) ||
        /^\S{2,6}\s*[（(]\d+[）)]$/.test(s) ||
        /^(相[关關]|其他|更多)(问题|問題|回答)$/.test(s) ||
        // 往期會訊, 過往報告: the earlier issues of what the page is one of.
        (f.length <= 8 && f.clausePunct === 0 && /^(往期|[过過]往|[历歷]期)\S{1,4}$/.test(s)) ||
        // 该会员发布的其他信息, 該賣家的其他商品
        /^(该|該|此)(会员|會員|用户|用戶|[卖賣]家|作者|店[铺鋪]|商家)\S{0,4}(其他|其它|更多)\S{0,6}$/.test(s) ||
        (f.length <= 6 && f.clausePunct === 0 && /^\S{2,4}(推[荐薦]|[阅閱][读讀]|文章|新[闻聞]|回[顾顧]|作品|精彩|喜[欢歡])$/.test(s))),
  },
  // Families written for pages nobody tuned on (after blind batch 4): general shapes of chrome.
  {
    category: 'account-footer',
    rule: 'end-of-article marker',
    // END, —END—, -THE END-, （完）, 全文完: the article is over, what follows is the page's.
    test: (s, f) => f.length <= 14 && /^(the\s*end|end|全文完|本文完|正文完|本章完|全[书書]完|完)$/i.test(bare(s)),
  },
  {
    category: 'account-footer',
    rule: 'interface words only (controls, prompts, counters)',
    // 請繼續往下閱讀…, 点击加载更多, 打开APP阅读全文, （本文共计阅读 1.2万 次）, 245 人关注 · 3.1万 次浏览.
    test: (s, f) => {
      // A trailing ellipsis (載入更多留言…) is the control's, not a sentence's end.
      if (f.length > 30 || (f.sentenceEnd && !/(…|\.{3})$/.test(s)) || f.han < 2) return false;
      const w = interfaceWords(s);
      return w.rest === 0 && (w.core >= 2 || (w.core >= 1 && w.digits));
    },
  },
  // ── Families added after blind batch 7: each a class of phrasings, not a page's string. ──
  {
    category: 'share-bar',
    rule: 'row of controls (every item a control word, a platform or an icon)',
    // 分享　WhatsApp　Facebook　複製連結　🖨 列印 / ❤ 收藏此书（3,208）   ✎ 写书评   🎁 打赏作者
    test: (s, f) => f.length <= 90 && !f.sentenceEnd && controlRow(s),
  },
  {
    category: 'placeholder',
    rule: 'figure label in brackets or a video with its length',
    // （衛星雲圖）, （內頁試閱圖）, 📎 附件圖示, ▶ 播放短片 01:42, ▶ 專案影片 2:18
    test: (s, f) =>
      f.length <= 24 &&
      (/^[（(【[［]\s*[^（()）]{0,10}([图圖][示片表]?|[座位]*表|照片?|[插截][图圖]|示意[图圖]|[视視][频頻]|影片|短片|相片)\s*[)）】\]］]$/.test(s) ||
        /^[▶►▷🎬📹📎🖼]\uFE0F?\s*\S{0,12}([视視][频頻]|影片|短片|[图圖]示|[图圖]片)\s*(\d{1,2}:\d{2}(:\d{2})?)?$/u.test(s) ||
        // ▶ 影片：麵包在中途家散步, ▶ 影片（1:24）
        /^[▶►▷]\s*([视視][频頻]|影片|短片)\s*[:：（(]/.test(s) ||
        /^[▶►▷]\s*(360\s*°?|VR)\s*\S{0,6}(看|[环環]景|全景)/.test(s) ||
        /^[［\[【]\s*([图圖]表|[图圖]片|地[图圖])\s*(預覽|预览)/.test(s) ||
        // 软件截图（共6张）
        /(截[图圖]|[图圖]片|照片|相片)\s*[（(]\s*共?\s*\d+\s*[张張幅]\s*[)）]$/.test(s) ||
        // a gallery's picture counter: 3 / 10
        /^\d{1,3}\s*\/\s*\d{1,3}$/.test(s) ||
        // [照片]  [照片]  [照片], ［活動海報］
        /^([［\[【（(]\s*[^［\]】）)]{0,8}([图圖][片示]?|照片?|相片|海[报報]|[视視][频頻]|影片)\s*[］\]】）)]\s*){2,}$/.test(s) ||
        /^[［\[【]\s*\S{0,8}海[报報]\s*[］\]】]$/.test(s)),
  },
  {
    category: 'spam',
    rule: 'advert label or promotion with a call to act',
    // ▌廣告　…, ▌贊助內容　…, 【全新會員計劃】…首月免費試用 ▶, 🔥 限時加碼！…送完為止,
    // >>> …立即免费获取方案 <<<, 🚗 … 【询底价】【预约试驾】, ☎ 首次諮詢30分鐘免費｜…｜立即預約 »
    test: (s, f) =>
      f.length <= 90 &&
      (/^[▌▍▎|｜【\[(（〔［]?\s*(廣告|广告|贊助內容|赞助内容|贊助連結|赞助链接|推廣|推广|推介|業配|业配|Sponsored|AD)\s*[】\])）〕］]?(?!\s*[=＝]\s*[^=＝\s])(\s|[｜|:：]|$)/.test(s.replace(/^[\p{Extended_Pictographic}\uFE0F▲△▼▽◆◇■□●○★☆※—–\-=＝\s]+/u, '').replace(/^(廣告|广告)\s*[—–\-]+/, '$1')) ||
        (CTA_RE.test(s) && (PROMO_MARK_RE.test(s) || (s.match(/【[^】]{2,6}】/g) ?? []).length >= 2)) ||
        // …but not a sentence of the article's own (…可享半價優惠（名額有限，售完即止）。).
        ((s.match(PROMO_RE) ?? []).length >= 1 && /([送赠贈]完([为為]止|即止)|名[额額]有限|[数數]量有限|售完即止|首月免|[仅僅只]剩|手慢[无無]|先到先得)/.test(s) && !(f.sentenceEnd && /^[\u4e00-\u9fff]/.test(s))) ||
        // 📢 某某APP上线…功能，立即下载>>: an app advert with its call.
        (f.length <= 60 && /(APP|App|客[户戶]端|[应應]用程式)/.test(s) && /(立即|马上|馬上|[点點][击擊]|[扫掃][码碼])\s*(下[载載]|安[装裝]|[体體][验驗])/.test(s)) ||
        // 本網站使用「快站」免費架設: the site builder's footer advert.
        /^(本[网網]站|本站)\S{0,3}(使用|採用|采用|由)[^。]{0,24}(架設|架设|搭建|建置)/.test(s) ||
        // 限时：拍下三块装…再减5元: an offer under its label.
        (/^(限[时時]|[优優]惠|限[时時][优優]惠|[优優]惠活[动動])\s*:/.test(s) && /([减減]\s*\d+\s*元|\d+(\.\d)?\s*折|[送赠贈]|免[费費])/.test(s)) ||
        // 升級晴雨通高級版，無廣告…，首月 HK$8！: an upgrade with its price.
        (f.length <= 60 && /^(升[级級]|[开開]通|加入)\S{0,12}(高[级級]版|[会會]员|會員|VIP|Premium|Pro)/i.test(s) && /(首月|每月|月[费費]|(HK\$|NT\$|\$|￥|¥)\s*\d)/.test(s)) ||
        // 劇坊朋友入住九折，訂房請洽官方 LINE: a discount with where to book it.
        (f.length <= 60 && /([\d一二三四五六七八九]\s*折|[优優]惠|特[价價惠])/.test(s) && /([订訂]房|[订訂]位|[预預][订訂])\S{0,2}([请請]洽)/.test(s)) ||
        // 【雙十二狂歡】…低至3折, ★抢票神器★ …开抢: a promotion under a bracketed label.
        ((s.match(PROMO_RE) ?? []).length >= 1 && /^(【[^】]{2,8}】|★[^★]{2,8}★)/.test(s))),
  },
  {
    category: 'editor-note',
    rule: 'page update note (auto-refresh, last updated)',
    test: (s, f) => f.length <= 50 && /^[（(]?.{0,16}(自[动動]更新|最[后後]更新|更新[时時][间間]|更新日期|[发發][布佈]日期|更新於|更新于|最[后後](修[订訂]|修改)(日期|[时時][间間]|於|于)).{0,32}[)）]?$/.test(s) && !/[。；]/.test(s),
  },
  {
    category: 'share-bar',
    rule: 'was this helpful (with counts or thumbs)',
    test: (s, f) => f.length <= 60 && /(有[帮幫]助|有用|有幫助)[嗎吗]?[？?]/.test(s) && (/(👍|👎|\d)/u.test(s) || /(有|是)\s*[｜|/／]\s*(沒有|没有|否)/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'breadcrumb with slashes from the home page',
    test: (s, f) => f.length <= 70 && /^(首[页頁]|主[页頁]|Home|HOME)\s*\/\s*\S/.test(s) && s.split(/\s*\/\s*/).length >= 3,
  },
  {
    category: 'navigation',
    rule: 'pagination (page n of m, next page)',
    test: (s, f) => f.length <= 40 && /第\s*\d+\s*[页頁]\s*[/／,，]?\s*共\s*\d+\s*[页頁]/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'author profile label',
    // ▍作者簡介　陳柏宇律師，執業12年…: the site's box about the author, not the article.
    test: (s) => /^(作者|[记記]者|[编編][辑輯]|律[师師]|[医醫]生)(簡介|简介|介[绍紹]|[档檔]案)\s*[:：\s　]/.test(s.replace(LEAD_DECOR_RE, '')),
  },
  {
    category: 'disclaimer',
    rule: 'not advice / site not liable / policy label',
    // ※本文僅為一般性法律資訊分享，不構成…法律意見; 本站不保證…; 退款政策：…
    test: (s, f) =>
      f.length <= 160 &&
      (/不(構成|构成)\S{0,12}(意[见見]|建[议議]|要[约約])/.test(s) && /(本文|本站|本[网網]|以上|上述|文中|[资資][讯訊]|[内內]容)/.test(s) ||
        /(本站|本平台|本[网網]站|本公司|平台)不(保[证證]|[负負][责責]|承[担擔])/.test(s) ||
        /^[【[]?\S{0,6}[】\]]?\s*(退款政策|[隐隱]私(政策|[权權]政策)|服[务務]條款|服[务務]条款|使用條款|使用条款|免[责責][声聲]明)\s*[:：]/.test(s) ||
        /同意本(站|平台|[网網]站)\S{0,4}(條款|条款|政策|[规規]定)/.test(s) ||
        /保留\S{0,4}(最[终終])?解[释釋]權|保留\S{0,4}(最[终終])?解[释釋]权/.test(s) ||
        /不[对對]\S{0,16}承[担擔]\S{0,4}[责責]任/.test(s) ||
        /(本站|本平台|本[网網]站)\S{0,20}不\S{0,2}承[担擔]\S{0,4}[责責]任/.test(s) ||
        // The site speaking of itself: 本網站刊登之住宿資訊由業者提供, 本站不介入買賣雙方之交易.
        /(本站|本平[台臺]|本[网網]站)(所|只|仅|僅)?(刊登|刊[载載]|不介入|只[负負][责責]|[仅僅][负負][责責]|[仅僅只]提供|[仅僅只]供)/.test(s) ||
        // The health notice mainland game sites must show (健康游戏忠告).
        /抵制不良游[戏戲]/.test(s) ||
        // …a notice of its own; a paragraph of several sentences ending so is the article's.
        (/如有(更改|[变變]更|更[动動]|出入|差[异異])\S{0,16}以\S{0,16}([为為]准|為準)/.test(s) && (s.match(/[。！？]/g) ?? []).length <= 1) ||
        /(僅|仅)(提供|作)\S{0,12}([资資][讯訊]|信息|刊登|平台)\S{0,24}[责責]任/.test(s) ||
        /不受存款保[险險]保障/.test(s) ||
        /([图圖]片|照片)(僅|仅)供[参參][考攷]/.test(s) ||
        /即表示(您|你)?同意/.test(s)),
  },
  {
    category: 'contact',
    rule: 'media / press contact heading',
    test: (s, f) => f.length <= 14 && /^(媒[体體]|新[闻聞]|采[访訪]|採[访訪])?(联络|聯絡|联系|聯繫|聯系|洽[询詢])(人|方式|窗口)?[:：]?$/.test(bare(s)) && /^(媒|新|采|採)/.test(bare(s)),
  },
  {
    category: 'account-footer',
    rule: 'review chrome (rating stars, n reviews, who wrote on a date)',
    // 讀者評分 ★★★★☆（12 人評分）, 最新書評（共 3 則）　顯示全部, 讀者 mk_reader 於 2025-08-14 寫道：
    test: (s, f) =>
      f.length <= 60 &&
      // 难度：★★★☆☆ among a tour's fields rates the tour.
      (/[★☆]{3,}/.test(s) && /\d+\s*人/.test(s) && !/:\s*[★☆]{3,}/.test(s) ||
        /^\S{0,6}(書評|书评|影評|影评|[评評][论論]|[评評]价|[评評]價|[点點][评評]|留言|回[应應])\s*[（(]\s*共?\s*\d+\s*[则則条條个個篇]?\s*[)）]/.test(s) ||
        // 顧客評價　4.7 / 5（1,283 則）
        /([评評][价價分]|[点點][评評])\s*\d(\.\d)?\s*\/\s*5/.test(s) ||
        WROTE_ON_RE.test(s)),
  },
  {
    category: 'related-list',
    rule: 'readers-also list heading (who read / borrowed / liked this also…)',
    test: (s, f) => f.length <= 24 && /(的人|的[读讀]者|[读讀]者|用[户戶]|网友|網友)\S{0,2}(也|亦|还|還)(在[读讀看]|[读讀看][过過了]|借[阅閱]了?|喜[欢歡]|[买買]了|在[买買]|关注|關注)/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'byline of one-character roles (文：… 攝：… 圖：…)',
    test: (s, f) => f.length <= 60 && (s.match(/(^|[\s|｜])(文|撰|攝|摄|[图圖]|[编編]|[译譯])\s*[:：]\s*\S/g) ?? []).length >= 2,
  },
  {
    category: 'editor-note',
    rule: 'counters and ratings (labels with numbers, outside the article)',
    soft: 'outside',
    // 关注者 2,381 · 被浏览 1,204,557 / 4.7 分 · 12.6 万人评分 / 8.9 很棒　2,416 則住客評語 / a ticker line
    // A download link with its file size is a link (the family below), not a counter.
    test: (s, f) => f.length <= 60 && !/[，；。、]/.test(s) && !f.sentenceEnd && !/下[载載]/.test(s) && countersLine(s),
  },
  {
    category: 'account-footer',
    rule: 'commenter with a level or role mark (LV6, UP主, 置顶)',
    test: (s, f) => f.length <= 30 && !f.sentenceEnd && (/\s(LV|Lv|lv)\.?\s?\d{1,2}(\s+[^\s\d]{1,6})?$/.test(s) || /\sUP主$/.test(s) || /^[［\[【]置[顶頂][］\]】]\s*\S{1,16}(\s+\S{1,6})?$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: COMMENTER_NAMED_RULE,
    // 过路人 · 2026-11-18, 小熊軟糖　・　3 天前　・　★★★★★, 计科小王 · 研一 · 11月21日 18:07
    test: (s, f) => (f.length <= 40 && !f.sentenceEnd && (COMMENTER_RE.test(s) || STARS_NAME_DATE_RE.test(s))) || (f.length <= 50 && (COMMENTER_META_RE.test(s) || ANSWERED_ON_RE.test(s))),
  },
  {
    category: 'share-bar',
    rule: 'row of buttons in brackets',
    // [立即投保]    [加入对比]    [预约顾问]
    test: (s) => /^(\s*[【\[［]\s*[^【】\[\]［］]{1,6}\s*[】\]］]\s*){3,}$/.test(s),
  },
  {
    category: 'related-list',
    rule: 'continue-reading link with its title',
    test: (s, f) => f.length <= 60 && !f.sentenceEnd && /^[▶►▸>》»]?\s*(繼續閱讀|继续阅读|延伸閱讀|延伸阅读|相[關关][閱阅][讀读]|推[薦荐][閱阅][讀读])\s*[:：]\s*\S/.test(s),
  },
  {
    category: 'navigation',
    rule: 'a more link',
    test: (s) => /^(more|More|MORE|更多)\s*[»›>→]+$/.test(s),
  },
  {
    category: 'editor-note',
    rule: "editor's comment label",
    test: (s) => /^小[编編](点评|點評|推荐|推薦|说|說|[点點][评評])\s*[:：]/.test(s),
  },
  {
    category: 'contact',
    rule: 'footer links (about, advertising, jobs, privacy, feedback)',
    test: (s, f) => {
      if (f.length > 120 || f.sentenceEnd) return false;
      // Items are separated by bars, dots or wide gaps; one may carry its address (新聞提料：news@…).
      const items = s.split(/\s{2,}|\s*[|｜·•・]\s*/).filter((x) => x.trim() !== '');
      const short = items.every((x) => x.length <= 12 || /^[^:\s]{2,10}:\s*\S+$/.test(x));
      return items.length >= 3 && short && items.filter((x) => FOOTER_LINK_RE.test(x)).length >= 2;
    },
  },
  {
    category: 'account-footer',
    rule: 'commenter name with a date and time',
    test: (s, f) => f.length <= 40 && !f.sentenceEnd && COMMENTER_CLOCK_RE.test(s),
  },
  {
    category: 'account-footer',
    rule: 'follow us on a platform / join a group',
    test: (s, f) =>
      ((f.length <= 60 && /^[^\p{Script=Han}]{0,3}(追[蹤踪]|[关關][注註])(我[们們])\s*[:：]/u.test(s)) ||
        // Follow 我哋 IG … 及 Facebook 專頁，第一時間收到最新消息
        (f.length <= 60 &&
          /(加入|追[蹤踪]|[关關][注註]|[订訂][阅閱]|follow)[^。]{0,16}(Instagram|YouTube|Facebook|IG|Threads|抖音|小[红紅][书書]|微博|[频頻]道|[专專][页頁]|公[众眾][号號])/i.test(s) &&
          /(第一[时時][间間]|最新(消息|[资資][讯訊]|[动動][态態]|活[动動]|[优優]惠)|不[错錯]過)/.test(s)) ||
        (f.length <= 80 && /^[^\p{Script=Han}]{0,3}([关關][注註]|[订訂][阅閱]|追[蹤踪])\S{0,12}(服[务務][号號]|公[众眾][号號]|[电電]子[报報]|通[讯訊]|推送)/u.test(s))) ||
      (f.length <= 30 &&
      !f.sentenceEnd &&
      /(加入|追[蹤踪]|[关關][注註]|[订訂][阅閱]|[扫掃]码|[扫掃]碼)\S{0,12}(好友|粉[丝絲][团團群页頁]|[读讀]者群|[读讀]者[社交]流群|官方[帐帳账][号號]|Instagram|YouTube|Facebook|IG|Threads|抖音|小[红紅][书書]|B站|[视視][频頻][号號]|[频頻]道|[专專][页頁]|社群)/i.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'counters with icons',
    // 👍 23  💬 5  ⭐ 12: pictographs and numbers only.
    test: (s, f) => f.length <= 30 && /\p{Extended_Pictographic}/u.test(s) && /\d/.test(s) && /^[\p{Extended_Pictographic}\uFE0F\s\d.,kKwW万萬|·\-/:]+$/u.test(s),
  },
  {
    category: 'editor-note',
    rule: 'where the article comes from (本文来自…, 文章来源于…)',
    test: (s, f) =>
      f.length <= 60 &&
      (/^[(（【[]?\s*(本文|文章|[内內]容|此文)\s*([来來]自|[来來]源(于|於|自)|源自|出自|摘自|[选選]自|[节節][选選]自|摘[编編]自)/.test(s) ||
        /^[(（【[]?\s*(本文章?|此文)由\S{1,20}(提供|授[权權]|撰[写寫]|供稿|[编編]譯|[编編]译)/.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'reading-time / word-count note',
    test: (s, f) =>
      f.length <= 40 &&
      (/(全文|本文|文章)\s*(共|约|約|大约|大約)?\s*[\d,.]+\s*[万萬]?\s*字/.test(s) ||
        /([阅閱][读讀]|[预預][计計])\s*(时间|時間|需要?|大[约約]|[约約]|用时|用時)\s*:?\s*(约|約)?\s*[\d.]+\s*(分[钟鐘]|min)/i.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'comment-section chrome',
    // 全部评论（12）, 发表评论, 暂无评论，快来抢沙发, 文明上网 理性发言, 已有3条留言: unmistakable anywhere.
    test: (s, f) =>
      f.length <= 24 &&
      !f.sentenceEnd &&
      COMMENT_RE.test(s) &&
      /([发發]表|[写寫]|我[来來要]|[说說]兩句|说两句|[暂暫]无|暫無|尚无|尚無|[没沒]有|登[录錄入]|[参參]与|參與|文明|理性|沙[发發]|已有|共\s*\d|[关關]閉|关闭|[开開]启|開啟|\d)/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'comment-section heading (outside the article)',
    // 网友评论, 最新留言, 精选留言: a heading inside an article could say the same.
    soft: 'outside',
    test: (s, f) => f.length <= 12 && !f.sentenceEnd && COMMENT_RE.test(s) && /(网友|網友|[读讀]者|最新|最[热熱]|[热熱]门|熱門|全部|所有|查看|精[选選]|[区區]$)/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'app / QR-code prompt',
    test: (s, f) =>
      f.length <= 36 &&
      !f.sentenceEnd &&
      (/(下[载載]|打[开開]|安[装裝]|前往|使用|用)\s*\S{0,10}(APP|App|app|客[户戶]端|[应應]用程式)/.test(s) ||
        /([扫掃]码|[扫掃]描|[长長]按|[识識][别別]|[扫掃]一[扫掃]).{0,12}(二[维維]码|二[維维]碼|QR|[关關][注註]|下[载載]|[阅閱][读讀]|[观觀]看|收[听聽]|加入|添加|[进進]群|小程序)/i.test(s) ||
        (f.length <= 20 && /^\S{0,4}(二[维維][码碼]|QR\s*code)\S{0,4}$/i.test(bare(s)) && !/的/.test(s))),
  },
  {
    category: 'editor-note',
    rule: 'hashtag / topic line',
    // 延伸標籤　#寵物友善　#台北咖啡廳, 標籤：#甄選 #演員招募: topics, maybe under their label.
    test: (s, f) => f.length <= 80 && /^(\S{0,4}([標标][籤签]|Tags?|[話话][題题])\s*:?\s*)?(#[^#\s]*[\u4e00-\u9fff][^#\s]*#?\s*)+$/i.test(s),
  },
  {
    category: 'editor-note',
    rule: 'production credits (editing, proofreading, layout, review, photography)',
    // 编辑｜李四　审核：老王, 文 | 张三  图 | 网络: two or more credits on a line.
    test: (s, f) => f.length <= 60 && !/[。，；！？]/.test(s) && (s.match(CREDIT_ROLE_RE) ?? []).length >= 2,
  },
  {
    category: 'editor-note',
    rule: CREDIT_LINE_RULE,
    // 审核：老王, 排版/小林. An author's or translator's byline alone is content.
    test: (s, f) => {
      if (f.length > 60 || /[。，；！？]/.test(s)) return false;
      const roles = [...s.matchAll(CREDIT_ROLE_RE)].map((m) => m[1]);
      // 監製：黃兆朗　音樂總監：Tommy Cheung: one editorial word among the credits of a show is the show's.
      const otherKeys = (s.match(/(?:^|\s)[^\s:：|｜]{2,6}\s*[:：]/g) ?? []).length > 1;
      return roles.length === 1 && !otherKeys && s.search(CREDIT_ROLE_RE) === 0 && !/^(文字?|撰文|采[写訪访]|採[寫訪]|[记記]者|作者|[翻編编][译譯]|[译譯]者)$/.test(roles[0]);
    },
  },
  {
    category: 'copyright',
    rule: 'site owner / operator line',
    // 主办单位：… 承办单位：…, 技术支持：…, 本网站由…营运. One 主办单位 line alone may be an event's
    // organiser (content), so a single owner field needs the word site.
    test: (s, f) => {
      if (f.length > 100) return false;
      if (/^(技[术術]支[持援]|[网網]站建[设設置]|[网網]站[设設][计計]|powered\s+by|designed\s+by)\s*[:|｜]/i.test(s)) return true;
      if (/^本([网網]站|站|[网網])由.{1,30}(营运|營運|[运運][营營]|主[办辦]|[维維][护護]|提供|建[设設]|[设設]立)/.test(s)) return true;
      const owners = s.match(/(主[办辦]|承[办辦]|[协協][办辦]|主管|指[导導]|[运運][营營]|[营營][运運]|[运運][维維]|[维維][护護])(单位|單位|机构|機構|商)?\s*[:|｜]/g) ?? [];
      return owners.length >= 2 || (owners.length === 1 && /([网網]站|本站|本[网網])/.test(s));
    },
  },
  {
    category: 'registration',
    rule: 'site identifier / illegal-content hotline',
    test: (s, f) => f.length <= 120 && /([网網]站[标標][识識]碼|[网網]站[标標][识識]码|12377|不良(信息|[资資][讯訊])|[备備]案[号號编編]|[备備]案[:：])/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'previous/next and back links',
    // A link names a title, never a sentence: 下一話休刊一週，12 月 4 日見。 is the author's note.
    // Both links on one line may run longer.
    test: (s, f) =>
      (f.length <= 60 || (f.length <= 120 && /\s(下一|[后後]一)(篇|[页頁]|章|[话話]|集|期)\s*:/.test(s))) &&
      !s.includes('。') &&
      (/^(上一|下一|前一|[后後]一)(篇|[页頁]|主[题題]|章|[条條]|[则則]|帖|[节節]|集|[话話]|回|期|首|[张張]|[项項]|部)/.test(bare(s)) ||
        /^(上篇|下篇|前篇|[后後]篇)\s*:/.test(bare(s)) ||
        (f.length <= 12 && /^返回(列表|目[录錄]|上[一级級]|上[页頁]|[频頻]道|首[页頁]|[顶頂]部|[栏欄]目|[专專]题|[专專]題)/.test(bare(s)))),
  },
  {
    category: 'account-footer',
    rule: 'author box / forum post chrome',
    test: (s, f) =>
      f.length <= 24 &&
      (/(作者|TA|[他她])的(主[页頁]|文章|其他文章|更多文章|[专專]欄|[专專]栏|[动動]态|[动動]態)/.test(s) ||
        /作者(所有|全部|更多|其他)的?(文章|作品|[专專]欄|[专專]栏)/.test(s) ||
        /^([关關][注註]|追[踪蹤]|私信)(作者|TA|[他她])/.test(bare(s)) ||
        /^(\d+\s*[楼樓#]|#\d+|[楼樓]主|沙[发發]|板凳|地板|只看[楼樓]主|只看[该該]作者|倒序[浏瀏][览覽]|[电電]梯直[达達])$/.test(bare(s)) ||
        /^([发發][表布]|[发發]佈|更新)(于|於)\s*\S{0,12}$/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'list heading (related, popular, recommended, you may like)',
    // 大家都在看, 你可能也喜歡, 24小时热文, 编辑推荐, 看了本文的人还看了, ▍往期精选.
    test: (s, f) => {
      if (f.length > 16 || f.clausePunct > 1) return false;
      const b = bare(s);
      return b.length <= 12 && /^(相[关關]|[热熱][门門点點读讀榜]|最[热熱新]|推[荐薦]|延伸|猜你|[为為给給]你|更多|精彩|今日|每日|本[周週月]|近期|往期|一[周週]|24\s*小[时時]|[编編][辑輯]|小[编編]|同[类類]|同作者|其他|排行|大家|[你您]可能|看了|看完|即[时時]|[读讀]者|[网網]友|人[气氣]|[点點][击擊]|[阅閱][读讀])\S{0,6}?(推[荐薦]|[阅閱][读讀]|文章|好文|新[闻聞]|喜[欢歡]|要[闻聞]|[专專][题題]|[内內]容|[资資][讯訊]|[链鏈]接|[连連]結|排行榜?|榜|[热熱]文|[热熱][读讀门門]|[热熱]門|[视視][频頻]|影片|[话話][题題]|[标標][签籤]|回[顾顧]|精[选選]|[报報][道导導]|作品|[问問][题題]|信息|在看|在[读讀]|看[点點]|感[兴興]趣|[还還也]看了|影音|搜[索尋寻]|必[读讀看]|消息|[看读讀搜]|文|帖子?|[贴貼]子?|[通公]告|TOP\s*\d*)$/i.test(b) ||
        /^(接下[来來]播放|自[动動][连連]播)/.test(b) ||
        // 学了这门课的人还在学, 买了这件的人也买了
        /^([学學买買看读讀])了[这這]\S{0,4}的人([还還也])?在?([学學买買看读讀])/.test(b) ||
        // 途经南京南的其他列车, 系上其他實驗室, 同區其他義工機會, 附近熱門店家, 相關數據集
        /^\S{0,8}(其他|其它|熱門|热门|相[关關])\S{0,2}(列[车車]|[实實][验驗]室|[义義]工|[机機][会會]|店家|商家|[数數]据集|[數数]據集|[职職]位|[课課]程|[应應]用|[产產]品|[线線]路|[车車]次)\S{0,2}$/.test(b) ||
        // Lists of other things of the same kind: 同类热门应用, 附近類似住宿, 其他港島行山路線, 過往年報.
        /^(同[类類]|[类類]似|附近|周[边邊]|其他|你可能也想|你可能[还還]想|[过過]往)\S{0,6}?([应應]用|住宿|酒店|景[点點]|路[线線]|[演音]唱[会會]|[节節]目|年[报報]|[产產]品|商品|[课課]程|[书書]籍?|[查问問])$/.test(b);
    },
  },
  {
    category: 'editor-note',
    rule: 'posting source (IP location, client, bulletin-board origin)',
    test: (s, f) =>
      f.length <= 80 &&
      (/IP\s*(属地|屬地|位置)|[发發]信站|文章[网網]址|來自\s*:\s*\d+\.\d+|来自\s*:\s*\d+\.\d+/i.test(s) ||
        (f.length <= 30 && /^来自\s*\S{0,14}(客户端|iPhone|iPad|Android|HUAWEI|[网網]页|微博|Mac|Windows)/i.test(s)) ||
        /^([编編][辑輯]|[发發][表布]|[发發]佈|更新|修改)(于|於)\s*(\d|昨天|前天|今天|\d+\s*(分[钟鐘]|小[时時]|天)前)/.test(s) && f.length <= 40),
  },
  {
    category: 'account-footer',
    rule: 'reader reactions on a post (votes)',
    test: (s, f) => f.length <= 30 && /^\d[\d,.]*\s*[万萬]?\s*(人|位)\s*([赞贊讚]同|[点點][赞贊讚]|[觉覺]得|喜[欢歡]|收藏|[关關][注註])/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'reader-site chrome (bookmarks, chapter errors, membership, paywall, shop buttons)',
    test: (s, f) =>
      f.length <= 60 &&
      f.functionDensity < 0.1 &&
      /(无[弹彈]窗|無彈窗|最新章[节節]|章[节節][报報][错錯]|加入[书書][签籤架]|[记記]住本站|[记記]住[网網]址|一秒[记記]住|付[费費]([阅閱][读讀]|[内內]容|[订訂][阅閱])|[订訂][阅閱][后後]([阅閱][读讀]|可[读讀看])|解[锁鎖]全文|[开開]通[会會]員|[开開]通会员|成[为為][会會]員|成为会员|[会會]员[专專]享|會員專享|加入[购購]物[车車]|立即[购購][买買]|[预預][览覽][时時][标標][签籤]不可[点點]|滑[动動]看下一[个個]|[轻輕][点點][两兩]下|使用完整服[务務]|已[无無]更多|此[内內]容的人[还還]喜[欢歡])/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'encyclopaedia chrome (entry statistics, editing notes)',
    test: (s, f) =>
      f.length <= 60 &&
      (/(词条|詞條|义项|義項|百科[内內]容由|自由的百科全[书書]|本条目|本條目)/.test(s) ||
        /^(跳[到转轉至]|跳至)\s*\S{0,3}(导航|導航|搜索|搜尋|[内內]容|主[题題]|正文|[选選][单單]|[页頁]尾|[页頁]首)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'call to action (tap / press / scan + what it opens)',
    // 点击上方“某某日报”关注我们, 戳这里报名, 长按识别小程序, 按此收看直播.
    test: (s, f) =>
      f.length <= 40 &&
      /^([点點][击擊此我]|戳|猛戳|[轻輕][触觸]|[长長]按|按此|按[这這]裡|按[这這]里)/.test(bare(s)) &&
      /([关關][注註]|[订訂][阅閱]|[阅閱][读讀]|查看|下[载載]|收[听聽]|[观觀]看|播放|[进進]入|了解|[报報]名|[购購][买買]|[领領]取|加入|[参參]与|參與|原文|全文|更多|[链鏈]接|[连連]結|[这這][里裡]|卡片|名片|[蓝藍]字|上方|下方|小程序|二[维維][码碼])/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'reprint / first-published / original-link note',
    test: (s, f) =>
      f.length <= 60 &&
      /^[(（【[]?\s*(本文)?([经經]授[权權]|獲授權|获授权)?([转轉][载載]自|[转轉]自|原[载載刊](于|於|自)?|首[发發刊](于|於)|刊登(于|於)|原文[链鏈]接|原文[连連]結|原文[网網]址|原文地址|[稿供]源|[稿供]稿|授[权權](转载|轉載|刊登|[发發]布|[发發]佈))/.test(s),
  },
  {
    category: 'disclaimer',
    rule: 'views / sources / for-reference disclaimer',
    test: (s, f) =>
      f.length <= 80 &&
      (/([观觀]点|立[场場]|意[见見])\s*(仅|僅|只)\s*代表/.test(s) ||
        /(仅|僅)供\S{0,8}(参考|參考)/.test(s) && /(本文|以上|文章|[内內]容|本站|本[网網]|[资資]料|信息|[资資][讯訊]|[观觀]点|[观觀]點|建[议議])/.test(s) ||
        /([图圖]片|部分[内內]容|素材|[内內]容)\s*(来源|來源|来自|來自|取自|源自)(于|於)?\s*([网網][络絡路]|互[联聯][网網])/.test(s)),
  },
  {
    category: 'copyright',
    rule: 'original-work / all-rights notice',
    test: (s, f) =>
      f.length <= 80 && (/^[(（【[]?\s*本文(为|為|系|是|由)\S{0,20}原[创創]/.test(s) || /保留(所有|一切)(权利|權利)|保留所有權利/.test(s)),
  },
  {
    category: 'contact',
    rule: 'tips / business contact',
    test: (s, f) =>
      f.length <= 60 &&
      /^[(（【[]?\s*(商[务務]合作|[广廣]告合作|媒体合作|媒體合作|投稿[请請邮郵信]|投稿:|[报報]料|爆料|新[闻聞][线線]索|服[务務](热线|熱線|[专專][线線])|客服(热线|熱線|[专專][线線]|[电電][话話]))/.test(s),
  },
  {
    category: 'placeholder',
    rule: 'cover / header picture credit',
    test: (s, f) => f.length <= 40 && /^[(（]?\s*([题題][图圖]|[头頭][图圖]|封面[图圖]?|配[图圖]|供[图圖]|首[图圖])\s*[:|｜/／来來]/.test(s),
  },
  {
    category: 'navigation',
    rule: 'site welcome line',
    test: (s, f) => f.length <= 30 && /^(欢迎|歡迎)(访问|訪問|光[临臨]|[来來]到)\S{0,20}([网網]|站|平台|官[网網])/.test(s),
  },
  {
    category: 'related-list',
    rule: 'list heading and title on one line',
    // 延伸閱讀》台南古蹟夜間開放, 【相关新闻】某地举办风筝节, 往期回顾：冬天的书单.
    test: (s, f) =>
      f.length <= 60 &&
      /^[【[]?\s*(延伸[阅閱][读讀]|相[关關](新[闻聞]|[阅閱][读讀]|文章|[报報][导導道])|推[荐薦]([阅閱][读讀]|文章)|更多(新[闻聞]|[报報][导導道]|文章)|[热熱][门門](文章|新[闻聞])|往期(推[荐薦]|回[顾顧]|精[选選])|[编編][辑輯]推[荐薦]|[编編][辑輯]推介)\s*[】\]]?\s*[》>:|｜]\s*\S/.test(s.replace(LEAD_DECOR_RE, '')),
  },
  {
    category: 'account-footer',
    rule: 'question-and-answer site chrome',
    test: (s, f) =>
      f.length <= 30 &&
      /^([写寫]回答|邀[请請]回答|[关關][注註][问問][题題]|好[问問][题題]|添加[评評][论論]|查看全部\s*\d*\s*[个個]?回答|[显顯]示全部|默[认認]排序|按[时時][间間]排序|切[换換][为為][时時][间間]排序|被[浏瀏][览覽]\s*[\d,.]+|本章未完)/.test(bare(s)) ||
        // 46 个回答 · 默认排序, 網民意見（217）　只看已回覆: a count beside a sort or filter control.
        (/^\d[\d,]*\s*[个個条條则則]?\s*(回答|回[复覆]|[评評][论論]|留言|意[见見])|[（(]\d[\d,]*[)）]/.test(s) &&
          /(默[认認]|按\S{1,4}|最新|最[热熱]|智能|[综綜]合)排序|只看(已回[复覆]|有[图圖]|[楼樓]主|作者)/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'video player chrome',
    test: (s, f) =>
      f.length <= 60 &&
      (/^\d{1,2}:\d{2}(:\d{2})?\s*\/\s*\d{1,2}:\d{2}(:\d{2})?($|\s{2,})/.test(s) ||
        /([您你]的[浏瀏][览覽]器不支[持援]|your browser does not support|[视視][频頻][暂暫][时時]?无法播放|影片[暂暫]?[时時]?無法播放|[视視][频頻]加[载載]失[败敗])/i.test(s)),
  },
  // Written after blind batch 5 (shop, recipe, property, health and museum pages): promotions,
  // gallery stand-ins, masked user names, tab bars with counts, download links, option pickers.
  {
    category: 'spam',
    rule: 'promotion / advertisement line',
    // 双11预售开启 · 定金50抵150 >>, 【限時】…點我看更多活動 ▸, 【广告】…0元领取>>, …加微信 ab****12.
    test: (s, f) => {
      if (f.length > 70 || f.sentenceEnd) return false;
      if (/^[【[(（〔［]\s*([广廣]告|推[广廣]|[赞贊]助|限[时時]|特[价價惠])\s*[】\])）〕］]/.test(s)) return true;
      const tagged = /^[【[]\s*(推[荐薦]|[热熱][门門推]|熱門|精[选選]|\S{0,4}[热熱]門)\s*[】\]]/.test(s);
      // Asking readers to add a chat account with a handle is solicitation, whatever it sells.
      if (/加\s*(微信|V|v|QQ|LINE|Line)\S{0,4}\s*[A-Za-z0-9_*]{4,}/.test(s) || /(V信|威信|薇信|微信[号號]|vx|VX|wx|WX)\s*:?\s*[A-Za-z0-9_-]{5,}/.test(s)) return true;
      if (/WhatsApp\s*\d{4}\s?\d{4}/.test(s) && /(查[询詢]|[订訂][购購]|落[单單]|即日|送[达達])/.test(s)) return true;
      const promo = (s.match(PROMO_RE) ?? []).length;
      const call = /(>>|»|›|▸|►|→|⇒|＞)\s*\S{0,5}$|⇒|[点點]我|[点點]此|按此|[点點][击擊]查看|快[来來]|立即|[马馬]上|咨[询詢]|諮詢|查[询詢]|加\s*(微信|V|v|LINE)|私信|[领領]取|[抢搶][购購]|即睇|\*{3,}/.test(s);
      return (promo >= 1 || tagged) && call;
    },
  },
  {
    category: 'spam',
    rule: 'banner between matching ornaments',
    // ★ 週三夜間開放至晚上8點，學生憑證免費入場 ★, ✦ 新盤速遞：… ✦, —— 未完，点击下方展开全文 ——.
    test: (s, f) => {
      if (f.length > 60 || f.sentenceEnd) return false;
      const m = /^([★☆✦✧◆◇▲△▼▽■□●○※♦♥❤—–\-=~*#▶◀►◄]+|\p{Extended_Pictographic}\uFE0F?)\s*(.+?)\s*([★☆✦✧◆◇▲△▼▽■□●○※♦♥❤—–\-=~*#▶◀►◄]+|\p{Extended_Pictographic}\uFE0F?)$/u.exec(s);
      if (!m) return false;
      const inner = m[2];
      // Matching ornaments, or arrows pointing at each other (▶▶ … ◀◀); a promotion needs no punctuation.
      const same = m[1][0] === m[3][m[3].length - 1] || (/[▲△▼▽]/.test(m[1]) && /[▲△▼▽]/.test(m[3])) || (/^[▶►]/.test(m[1]) && /[◀◄]$/.test(m[3])) || (m[1].startsWith('👉') && m[3].endsWith('👈'));
      return same && features(inner).length >= 8 && (/[，,、:；;！!]/.test(inner) || (inner.match(PROMO_RE) ?? []).length >= 2);
    },
  },
  {
    category: 'account-footer',
    rule: 'masked user name',
    // j***8  PLUS会员, 小***饭: reviewers and commenters shown with their names masked.
    test: (s, f) => f.length <= 24 && /^[^\s*]{1,8}\*{2,}[^\s*]{0,8}(\s+\S{1,10})?$/.test(s),
  },
  {
    category: 'navigation',
    rule: 'review filter tabs',
    // 全部  有图(58)  最新, 全部(438)  好评(401)  差评(8): filters over a list of reviews, anywhere.
    test: (s) => reviewFilterBar(s),
  },
  {
    category: 'navigation',
    rule: 'tab bar with counts (outside the article)',
    // 全部(8921)  晒图(1203)  追评(366): three or more labels, each with a count. Inside an article
    // 胜(12)  平(3)  负(5) is a result; a tab bar also opens a review section (see opensComments).
    soft: 'outside',
    test: (s, f) => tabBar(s, f),
  },
  {
    category: 'navigation',
    rule: 'option picker',
    // 选择颜色：哑光黑  象牙白  雾霾蓝
    // 尺寸選擇：S ／ M ／ L ／ XL
    test: (s, f) => f.length <= 60 && (/^([请請]?[选選][择擇]|可[选選])\S{0,4}:\s*\S{1,8}(\s+\S{1,8}){1,}$/.test(s) || /^\S{1,4}[选選][择擇]\s*:\s*\S{1,6}(\s*[／/|｜]\s*\S{1,6}){2,}$/.test(s)),
  },
  {
    category: 'navigation',
    rule: FILE_LINK_RULE,
    test: (s, f) =>
      f.length <= 60 && !f.sentenceEnd &&
      ((/下[载載]/.test(s) && /(\b(PDF|DOCX?|XLSX?|PPTX?|ZIP|RAR|EPUB|MP3|CSV|JSON|TXT|ODS|ODT)\b|\d+(\.\d+)?\s*[KMG]B\b)/i.test(s)) ||
        // 📄 2024陸運會完整成績（PDF，1.2MB）: a file's format (and size) in brackets after its name.
        /[（(]\s*(PDF|DOCX?|XLSX?|PPTX?|ZIP|RAR|EPUB|MP3|CSV|ODS|ODT)\s*([,，、/|｜]\s*[\d.]+\s*[KMG]B)?\s*[)）]$/i.test(s) ||
        // 附件：报名表.pdf（212 KB）: a file named with its extension, as a link shows it.
        // 相關檔案：議程.odt　議程.pdf: several files under one label.
        /^(📄|📎|📁|📑|\d{1,2}\s*[.、．]\s*)?\s*[［\[【]?\s*((相[关關])?(附件|[档檔]案|文件)(下[载載])?)?\s*[］\]】]?\s*[:：]?\s*(\S{1,40}\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|jpe?g|png)\s*([（(]\s*([\d.]+\s*[KMG]B|下[载載]次[数數]\s*:?\s*\d+)\s*[)）])?\s*[／/|｜]?\s*){1,4}[］\]】]?$/iu.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'gallery stand-in (picture counter, bracketed label, key visual, caption label)',
    test: (s, f) =>
      f.length <= 24 &&
      (/^[[【(（]?\s*\S{0,8}\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[\]】)）]?$/.test(s) && /([图圖]|相片|照片|[视視][频頻]|影片|photo|image)/i.test(s) ||
        /^\[[^[\]]{1,16}\]$/.test(s) ||
        (!/[:：]/.test(s) && /^\S{0,6}(主[视視][觉覺]|主[图圖]|示意[图圖]|封面[图圖]?|[图圖]集)$/.test(bare(s))) ||
        /^([图圖][说說注註]|[图圖]片[说說]明|照片[说說]明|[图圖]片[来來]源|photo\s*credits?|image\s*credits?|photo\s*by)\s*:?$/i.test(s) ||
        /^[(（]?\s*\S{0,4}(載入中|载入中|加[载載]中|[读讀]取中|loading)\s*[.…]*\s*[)）]?$/i.test(s) ||
        (/^\[[^[\]]{1,12}\]/.test(s) && interfaceWords(s.replace(/^\[[^[\]]*\]/, '')).rest === 0 && interfaceWords(s.replace(/^\[[^[\]]*\]/, '')).core >= 1) ||
        /([点點][击擊选選图圖]|[轻輕][触觸])\S{0,6}(大[图圖]|放大)/.test(s) ||
        // 放大圖片, 查看原图: the viewer's button; ( 照片已移除 ): a picture that is gone.
        /^(放大|查看|檢視|检视)([图圖]片|大[图圖]|原[图圖])$/.test(s) ||
        /^[(（\[【［]?\s*([图圖]片|照片|相片|[视視][频頻]|影片)\s*已?(移除|[删刪]除|失效|[过過]期|下架)\s*[)）\]】］]?$/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'picture credit in brackets',
    test: (s, f) =>
      f.length <= 60 &&
      /^[（(]\s*([图圖]片?|照片|[摄攝]影|[图圖]源|[图圖]文|附[图圖表])\s*(提供|[来來]源|[来來]自|出[处處]|授[权權]|翻[摄攝])?\s*[／/:][^）)]*[）)]$/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'editor named inside a bracketed note',
    // （本文由某某网原创，责任编辑：王一帆）
    test: (s, f) => f.length <= 80 && /^[(（【[].{0,40}([责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯])\s*:\s*\S{1,8}\s*[)）】\]]$/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'reviewer / medical reviewer credit',
    test: (s, f) => f.length <= 60 && !/[。；]/.test(s) && /^(医学|醫學|[专專]业|專業|[内內]容)?[审審]([核校稿]|定)(专家|專家|[医醫]生|[医醫][师師]|[老]?[师師]|人|[员員])?\s*[:|｜]\s*\S/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'like / helpful prompt with a count',
    // 覺得好吃嗎？按個讚 👍 362
    test: (s, f) => f.length <= 30 && /(按[个個]?[赞讚]|[点點][个個]?[赞讚]|[给給][个個]?[赞讚])/.test(s) && /\d/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'author box statistics (label then count)',
    // 食譜 286 篇　粉絲 4.2萬, 文章 120 | 粉丝 3.4万 | 获赞 10万
    test: (s, f) =>
      f.length <= 60 &&
      (s.match(/(粉[丝絲]|[关關][注註]|文章|[食][谱譜]|作品|[获獲][赞讚贊]|[帖貼]子|[积積]分|[篇])\s*[\d.,]+\s*[万萬kK]?/g) ?? []).length >= 2,
  },
  // Written after blind batch 6 (job, film, bulletin-board, notice and science pages).
  {
    category: 'navigation',
    rule: 'link with a trailing arrow',
    // 查看公司全部 23 个职位 >, 看作者所有文章 →, 瀏覽更多租盤 »: a link verb, a short object, an arrow.
    test: (s, f) => f.length <= 30 && !f.sentenceEnd && /^(查看|[看睇]|[点點][击擊]|[进進]入|前往|[浏瀏][览覽]|[阅閱][读讀]|更多)\S.{0,26}?\s*[>＞»›→]$/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'online status / response statistics',
    test: (s, f) => f.length <= 40 && /(刚刚|剛剛|今日|今天|本[周週]|\d+\s*(分[钟鐘]|小[时時]|天)前)\s*(活跃|活躍|在[线線]|[来來]过|來過)/.test(s),
  },
  {
    category: 'disclaimer',
    rule: "the site's own warning",
    // 某某网提醒：…, 本站温馨提示：… — a warning that names the site (交警提醒 is news).
    test: (s, f) => f.length <= 160 && /^\S{0,8}([网網]|平台|本站|小[编編])\s*(提醒|提示|温馨提示|溫馨提示|[郑鄭]重提醒|[郑鄭]重[声聲]明|特[别別]提醒)\s*:/.test(s),
  },
  // Written after blind batch 11 (scholarship, phone comparison, novel index, drug label, church,
  // reservation, museum shop, legal aid, weather station and open-house pages).
  {
    category: 'disclaimer',
    rule: 'reference only / subject to change / rights to alter reserved',
    // 以下資料只供一般參考…, 本站資料只供參考及教學用途, 以餐廳公告為準，如有變動…, 主辦單位保留更改…的權利
    test: (s, f) =>
      f.length <= 120 &&
      // A numbered term (4. 主辦單位保留更改節目之權利, 五、谨防诈骗) belongs to the article's own list of terms.
      !/^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）]/.test(s) &&
      ((/(只|仅|僅)(供|作)\S{0,6}(参考|參考)/.test(s) && /^\S{0,4}(本站|本[网網]|本[页頁]|本平台|以上|以下|上述|文中|此[页頁]|[资資]料|[资資][讯訊]|信息|[内內]容|所有)/.test(s)) ||
        /保留\S{0,24}(更改|修改|[变變]更|更[动動]|取消|调整|調整|[异異][动動])\S{0,16}(权利|權利)/.test(s) ||
        // A paragraph of three sentences ending so (…開鑼。…。…如有更改，以本網站最新公布為準。) is the article's.
        (/(为准|為準|为主|為主)/.test(lead(s)) && /(如有|若有|如遇)\S{0,4}([变變][动動更]|更[改动動]|[异異][动動]|出入)/.test(lead(s))) ||
        // 節目表或會因應…而更改，以當日播出為準; 日程或有更改，請以場內公佈為準; 如有任何歧異，以現場告示為準
        /(或有|或[会會]|可能|如有|若有|如遇|如[与與])\S{0,20}(更改|[变變]更|[变變][动動]|[调調]整|歧[异異]|出入|差[异異]|不一致|不符)\S{0,8}以\S{0,12}(为准|為準)/.test(lead(s)) ||
        // 實際價格依各門市公告為準, 營地資訊由營主提供，實際價格…以營主現場公告為準
        /^(實際|实际)\S{0,6}(依|以)\S{0,16}(為準|为准)/.test(s) ||
        /(資訊|[资資][讯訊]|信息|[资資]料)由\S{1,12}提供.{0,30}(為準|为准)/.test(s) ||
        // 本站所有帖子仅代表发帖者个人观点; 与本站立场无关; 本通訊…所載資料只供參考; 本網頁費用由…津貼支付
        /^\S{0,6}(仅|僅)代表\S{0,6}(个人|個人)?(观点|觀點|意见|意見|立[场場])/.test(s) ||
        /立[场場]无[关關]|立場無關/.test(s) ||
        (/^(本通[讯訊]|本刊)/.test(s) && /(只|仅|僅)(供|作)\S{0,6}(参考|參考)/.test(s)) ||
        /^本[网網][页頁]\S{0,2}(費用|费用)由\S{0,16}(津貼|津贴|[资資]助)/.test(s) ||
        // 如有任何爭議，以大會之最終決定為準; 主辦單位保留最終決定權
        /(爭議|争议|纠纷|糾紛)\S{0,16}以\S{0,20}([为為]准|為準)/.test(lead(s)) ||
        /保留\S{0,8}最[终終](决定|決定)[权權]/.test(s) ||
        // 天文台並不對本 App 內容負責: a source disowning what the site shows.
        /(不|並不|并不)(對|对)\s*(本|此|其).{0,14}([負负][責责]|承[擔担][責责]任)/.test(s) ||
        // 本站騎乘紀錄僅為車友分享，實際路況請以…為準: the site speaking of its own pages.
        (/^\S{0,4}(本站|本[网網]|本平台|本[页頁]|本文)/.test(s) && /(以\S{0,12}(为准|為準)|自行(承[担擔]|[负負][责責])|(仅|僅)(为|為|供)\S{0,8}(分享|[参參]考|交流))/.test(s)) ||
        // …詳情請參閱條款及細則; 受條款及細則約束
        /(詳情|详情|受|適用|适用)\S{0,6}(條款及細則|条款及细则|條款細則|条款细则)/.test(s) ||
        /(网友|網友|用[户戶]|会员|會員)(上[传傳]|提供|[发發]布|[发發]佈)\S{0,24}(侵犯|侵[权權]|[删刪]除)/.test(s) ||
        ((/(由\S{0,10}提供|本[网網]站|本站|本平台|本[页頁])/.test(s) && /不[负負承][担擔]?\S{0,6}[责責]任/.test(s)) || /(只|僅|仅)[负負][责責](刊登|[转轉][载載]|[发發]布|發佈)/.test(s)) ||
        // 某某票務只為主辦單位提供票務服務，節目內容及安排由主辦單位負責: the platform is not the organiser.
        (/(只|僅|仅)(為|为)\S{0,12}提供\S{0,12}服[務务]/.test(s) && /由\S{0,16}([負负][責责]|承[擔担])/.test(s)) ||
        // 山野驿站仅提供预订信息服务，户外活动存在风险…: a platform that only passes information on.
        /^\S{2,12}(只|僅|仅)提供\S{0,8}([信資资][息訊讯]|[预預][订訂]|平[台臺]|刊登)\S{0,4}服[務务]/.test(s) ||
        // 价格及终端状态…仅供参考，请以现场和实际结算为准; 以上價目如有更改，恕不另行通知; 保留最終決定權
        /(只|仅|僅)供\S{0,2}(参考|參考)[，,]\s*\S{0,6}以\S{0,16}(为准|為準)/.test(s) ||
        // 所有主題內容純屬虛構，如有雷同，實屬巧合; 謹慎理財　信用至上 (Taiwan's required lending slogan); an age gate
        (/(純屬|纯属)(虛構|虚构)/.test(s) && /(雷同|巧合)/.test(s)) ||
        /^[谨謹]慎理[财財]\s*信用至上$/.test(s) ||
        (f.length <= 40 && /(年[满滿]|已[满滿]|超[过過])\s*1[89]\s*[岁歲周週]/.test(s) && /(是\s+否|是否|未[满滿])/.test(s)) ||
        /(如有|若有|如遇)\S{0,8}(更改|[变變]更|更[动動]|[调調]整|[变變][动動])\S{0,6}[，,]?\s*恕不另行通知/.test(s) ||
        /保留最[终終](决定|決定|解[释釋])[权權]/.test(s) ||
        // 求职者请注意甄别，谨防上当受骗: a listing site's scam warning.
        /([谨謹]防|慎防|[严嚴]防|小心)\S{0,4}(上[当當]|受[骗騙]|[诈詐][骗騙])|注意甄[别別]/.test(s) ||
        // （相片僅供參考）, 图片仅供参考
        /^[（(]?\s*(相片|照片|[图圖]片|[图圖]像|影像|[产產]品[图圖]片?)\s*(只|仅|僅)供\S{0,2}(参考|參考)\S{0,12}[)）]?$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'reader or commenter with a level and a date',
    // 纸上青灯  Lv.7  2024-11-28
    test: (s, f) => f.length <= 40 && !f.sentenceEnd && LEVEL_DATE_RE.test(s),
  },
  {
    category: 'account-footer',
    rule: 'question-and-answer roles (a user asks, a professional answers)',
    // 网友a1f3 提问：, 药师 许文 回答：
    test: (s, f) =>
      f.length <= 24 &&
      (/^(网友|網友|用[户戶]|匿名|[游遊]客|[会會]员|會員)\S{0,10}\s*(提[问問]|[问問]|追[问問])\s*:$/.test(s) ||
        /^(药师|藥師|[医醫]生|[医醫][师師]|律[师師]|老[师師]|[专專]家|客服|版主|[营營][养養][师師]|[护護]理[师師])\s*\S{0,6}\s*(回答|回[复覆]|答[复覆]|解答)\s*:$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'helpful / report buttons under a review',
    // 👍 有幫助（23）　回報, 有用 12 | 举报
    test: (s, f) =>
      f.length <= 24 &&
      !f.sentenceEnd &&
      /^(\p{Extended_Pictographic}\uFE0F?\s*)?(有[帮幫]助|有用|[没沒]有?[帮幫]助|[赞贊讚]同)\s*[（(]?\s*\d*\s*[)）]?\s*(\S{0,2}\s*(回[报報]|[举舉][报報]|[检檢][举舉]|回[复覆]))?$/u.test(s),
  },
  {
    category: 'share-bar',
    rule: 'like / dislike / share counters',
    // 赞(312)  踩(9)  分享, 顶 12 踩 3
    test: (s, f) => f.length <= 30 && /(^|\s)([赞贊讚]|[顶頂])\s*[（(]?\s*\d+\s*[)）]?\s+踩\s*[（(]?\s*\d*\s*[)）]?/.test(s),
  },
  {
    // Controls of the page, not links: they do not make a header of the lines above them.
    category: 'share-bar',
    rule: 'form controls (drop-down marks, a quantity stepper)',
    // 選擇日期　11月22日（五）▾, 顧客評價　　最新 ▾, 數量　－　1　＋
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      !/[，,。；]/.test(s) &&
      (/\S\s*[▾▿⌄]\s*($|\s)/.test(s) || STEPPER_COUNT_RE.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'membership / sign-in prompt',
    // 已經是會員？登入後可查看…, 还不是会员？立即注册, 你必須登入才能發表留言。
    test: (s, f) =>
      f.length <= 40 &&
      (/^(已[经經]是|[还還]不是|尚未成[为為]|不是)(会员|會員|用[户戶])/.test(s) ||
        /(必[须須]|[须須]要?|需要?)先?(登[录錄入]|登入)(后|後)?(才能|方可|才可以?)\S{0,4}([发發]表|[发發]言|留言|[评評][论論]|回[复覆應应]|提交)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'app-store links or an official account to join',
    // 下載某某 App…［App Store］［Google Play］, 加入某某 LINE 官方帳號…
    test: (s, f) =>
      f.length <= 80 &&
      !f.sentenceEnd &&
      (/(App\s*Store|Google\s*Play|[应應]用商店|[应應]用市[场場])/i.test(s) ||
        (/(加入|[关關][注註]|追[蹤踪]|[订訂][阅閱]|加).{0,16}(官方(帳號|账号|帳户|帐户)|公[众眾][号號]|服[务務][号號]|LINE@|[视視][频頻][号號])/.test(s) && !f.sentenceEnd)),
  },
  {
    category: 'editor-note',
    rule: 'rating with its number of reviews (above the article)',
    // ★ 4.7（1,386 則評價）· 日式料理
    test: (s, f) => f.length <= 60 && /[★☆]\s*\d(\.\d)?\s*[（(]\s*[\d,]+\s*(則|条|條|[个個]|篇|人)?\s*([评評][价價论論]|評語|评语|reviews?|ratings?)/i.test(s),
  },
  {
    category: 'account-footer',
    rule: 'review heading with its rating, reviewer with a badge, stars or a clock time',
    // 顧客評價　★★★★★ 4.9（126則）, Cheryl L.　已驗證買家　2025年4月2日, 陳生　★★★★☆　2023-09-25, 山猫　10-15 07:52　上海
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      (/([评評][价價论論]|評語|评语|[点點][评評])\s*[★☆]*\s*\d(\.\d)?\s*[（(]\s*[\d,]+\s*(則|条|條|[个個]|人)?\s*[)）]/.test(s) ||
        BADGE_DATE_RE.test(s) ||
        /^\S{1,16}(\s+\S{1,6})?\s+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(\s+\S{2,4})?$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'forum signature',
    test: (s, f) => f.length <= 80 && /^(个性|個性)?(签名|簽名|签名档|簽名檔)\s*:/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'supplied-by / photo credit in brackets',
    // （校友总会秘书处 供稿　摄影：陈立）
    test: (s, f) => f.length <= 50 && /^[（(].{0,24}(供稿|供[图圖]|撰稿|[摄攝]影|[图圖]片)\s*(:|\s).{0,24}[)）]$/.test(s) && /(供稿|供[图圖]|撰稿|[摄攝]影\s*:)/.test(s),
  },
  {
    category: 'spam',
    rule: 'sponsor label or a cheapest-price advert with a phone',
    // ▶ 冠名贊助：某某地產 ── …　了解更多, 全港最平…　WhatsApp 6120 2211
    test: (s, f) =>
      f.length <= 80 &&
      !f.sentenceEnd &&
      (/^(冠名|獨家|独家|首席|指定)?([贊赞]助|[赞贊]助商|合作伙伴|合作夥伴)\s*:/.test(s.replace(LEAD_DECOR_RE, '')) && /(了解更多|了解詳情|了解详情|立即|马上|馬上|›|»|>)/.test(s) ||
        (/(全[港网網台国國城]最(平|低|便宜|抵)|最低[价價]|最平)/.test(s) && /(WhatsApp|微信|电话|電話|[热熱][线線]|\d{4}\s?\d{4})/.test(s))),
  },
  {
    category: 'navigation',
    rule: 'a call-to-action button alone',
    // 立即訂位, 立即登記導賞團 ›, 马上预约
    test: (s, f) =>
      f.length <= 16 &&
      !f.sentenceEnd &&
      bare(s).split(/\s{2,}/).every((b) => /^(立即|馬上|马上|即刻|現在|现在|[预預][约約])\S{0,6}(訂位|试听|試聽|订位|預訂|预订|提醒|[预預][约約]|[订訂][购購]|[购購][买買]|[购購]票|[订訂]票|[登][记記]|[报報]名|申[请請办辦]|[咨諮][询詢]|[下][单單]|加入|參加|参加|捐款|投保)\S{0,6}$/.test(b)),
  },
  {
    category: 'share-bar',
    rule: 'recommend to your friends on social apps',
    // 各位书友…请不要忘记向您QQ群和微博里的朋友推荐哦！
    test: (s, f) => f.length <= 80 && /(向|给|給|跟)\S{0,12}(朋友|好友|群)\S{0,4}(推[荐薦]|分享|安利)/.test(s) && /(QQ|微博|微信|朋友圈|Facebook|LINE|群)/.test(s),
  },
  {
    category: 'placeholder',
    rule: 'media label in brackets before its title, a map stand-in',
    // ［影片］兩分鐘看懂…, ［圖片 1/12］, 地圖
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      (/^[［\[【]\s*(影片|[视視][频頻]|短片|[图圖]片|相片|照片|音[频頻訊]|封面[图圖]?|[插配][图圖]|示意[图圖]|[产產]品[图圖]|商品[图圖])\s*(\d{1,3}\s*\/\s*\d{1,3})?\s*[］\]】]/.test(s) || /^[（(［\[]?\s*(地[图圖]|位置[图圖]|交通[图圖]|map)\s*[)）］\]]?$/i.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'where the content above comes from',
    // 以上内容来源于药品说明书原文，由某某编辑部整理录入
    test: (s, f) => f.length <= 90 && /^以上(的)?([内內]容|[资資]料|信息|[资資][讯訊]|文字)\S{0,4}(来源|來源|[来來]自|摘自|整理自|引自|取自|节选自|節選自)/.test(s),
  },
  {
    category: 'account-footer',
    rule: "an author's name and role below the article (outside the article)",
    // 阿杰  某某数码资深编辑，关注中端机与影像
    soft: 'outside',
    test: (s, f) => f.length <= 50 && !f.sentenceEnd && /^\S{2,8}\s{2,}\S{0,10}(编辑|編輯|记者|記者|撰稿人|主笔|主筆|评测师|評測師|专栏作者|專欄作者|特约作者|特約作者)([，,]|$)/.test(s),
  },
  {
    category: 'related-list',
    rule: 'titles in a row separated by slashes (outside the article)',
    // 大明锦衣卫 / 长安十二更 / 北洋往事: other works of the site below the text.
    soft: 'outside',
    test: (s, f) => f.length <= 60 && !/[。，；！？:]/.test(s) && SEPARATED(s, /\s+[/／]\s+/, 3, 12),
  },
  {
    category: 'contact',
    rule: 'phone, fax or mailbox field (outside the article)',
    // 電話：…, 联系电话：…, 电子邮箱：…: the site's contacts below the article, a shop's or an
    // office's own inside it (a restaurant's address block, an aid service's hotline).
    soft: 'outside',
    test: (s, f) =>
      f.length <= 80 &&
      /^(\S{0,6}\s?([电電][话話]|[热熱][线線]|[专專][线線]|[传傳]真|[邮郵]箱|信箱|[电電]郵|[电電]子[邮郵]件|e-?mail|WhatsApp)|[联聯][系繫络絡](方式|窗口|人)|[联聯][系繫络絡][电電][话話]|咨[询詢][电電][话話]|諮詢電話|查[询詢詢])\s*:/i.test(s),
  },
  // Written after blind batches 12 and 13 (forum, blog, letters, video, used car, translated
  // news, newsletter, consultation, results, property notice, lottery, canteen, hardware, club,
  // tea shop, game wiki, poetry society, dentist and local-history pages).
  {
    category: 'account-footer',
    rule: 'comment rules and moderation notices, comment forms',
    // 留言須經管理員審核後方會顯示。, 请文明留言…将不予公开, 发一条友善的评论, 您的電子郵件地址不會被公開
    test: (s, f) =>
      f.length <= 60 &&
      ((COMMENT_RE.test(s) && /(文明|友善|理性|[审審]核|[须須]知|人身攻[击擊]|不予公[开開]|[删刪]除|[显顯]示|[礼禮]貌)/.test(s) && !/\d{2,}/.test(s)) ||
        /([电電]子[邮郵]件|[邮郵]箱|[电電]郵)(地址)?不[会會][被]?公[开開]|必填(欄位|栏位|[项項]目?)/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'pagination row, search box, archive links',
    // 共22页  首页  上一页  1  2  3 … 下一页  尾页; 搜尋本站……; 彙整：2024 年 10 月 ／ …
    test: (s, f) =>
      f.length <= 80 &&
      ((!f.sentenceEnd && /(上一[页頁]|下一[页頁])/.test(s) && /(首[页頁]|尾[页頁]|末[页頁]|共\s*\d+\s*[页頁])/.test(s) && /\s\d{1,3}\s/.test(s)) ||
        (f.length <= 12 && /^(搜[索尋寻]|站[内內]搜[索尋]|查找|search)\S{0,6}[.…。]*$/i.test(s)) ||
        /^([彙汇]整|[归歸]档|[归歸]檔|文章[归歸]档|文章[归歸]檔|存[档檔])\s*:/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'reply header (who replies to whom), commenter with a place',
    // └ 某某 回复 某某：, 某某 UP主 回复 @某某 :, 【某某局 回复】 2024-06-11, 9-502 王女士  来自浙江
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      (/^[└├┗┣↳∟]?\s*\S{1,20}(\s+UP主)?\s*回[复覆]\s*@?\S{1,20}\s*:$/.test(s) ||
        OFFICIAL_REPLY_RE.test(s) ||
        /^\S{1,12}(\s+\S{1,10})?\s{1,}(来自|來自)\s*\S{2,6}$/.test(s) ||
        // 店長回覆：, ↳ 商家回复  2026-10-28 — a label over the owner's reply, which itself is content.
        OWNER_REPLY_RE.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'follow and subscribe buttons',
    // 追蹤粉專 ｜ 訂閱電子報 (only outside the article).
    soft: 'outside',
    test: (s, f) => {
      if (f.length > 40) return false;
      const items = s.split(/\s{2,}|\s*[|｜·•・]\s*/).filter((x) => x.trim() !== '');
      return items.length >= 2 && items.every((x) => FOLLOW_ITEM_RE.test(x.trim()));
    },
  },
  {
    category: 'account-footer',
    rule: 'author-box heading (below the article)',
    // 關於我 over the blogger's bio under the post; above the text it is a profile page's own section.
    soft: 'below',
    test: (s) => /^(關於我|关于我|關於作者|关于作者|作者[简簡]介|[关關]于博主|關於版主|about me)$/i.test(bare(s)),
  },
  {
    category: 'account-footer',
    rule: 'review or comment section heading, rating summary',
    // 顧客評價, 买家评价（最近30天 87 条）, ★★★★☆ 4.3 / 5（326 則評價）｜排序：最新 ▼
    soft: 'outside',
    test: (s, f) =>
      f.length <= 60 &&
      !f.sentenceEnd &&
      ((f.length <= 30 && COMMENTS_HEAD_RE.test(unframe(s))) ||
        (/^([★☆]{3,5}|[\d.]+\s*\/\s*(5|10)\b)/.test(s) && /[\d,.]+[万萬]?\s*[则則条條个個]?\s*([评評]价|[评評]價|[评評][论論]|評語|评语|[评評]分)/.test(s))),
  },
  {
    category: 'account-footer',
    rule: 'sign-in to see more, follow button after an author',
    // — 登录后可查看完整测试数据表 —, 老黄不吃鱼　某方向评测作者　+ 关注
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      (/(登[录錄入]|注[册冊]|[会會]员|會員)[后後]\S{0,4}(可|即可|才能)?\S{0,2}(查看|[阅閱][读讀]|[观觀]看|下[载載]|[获獲]取|[浏瀏][览覽])/.test(s) ||
        /[+＋]\s*([关關][注註]|追[蹤踪]|follow)$/i.test(s) ||
        // 提交答案请先登录，未登录用户只能查看题目
        /([请請]先|需要?先?|[须須]先?)(登[录錄入]|登入)|未登[录錄入](的)?(用[户戶]|[会會]员|會員|者)?\S{0,2}(只能|僅能|仅能|无法|無法|不能)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'read-more link behind a press-here',
    // >> 佳作全文請按此閱讀
    test: (s, f) => f.length <= 30 && !f.sentenceEnd && /([请請]?按此|[请請]?[点點]此|[请請]?[点點][击擊]此[处處])(閱讀|阅读|查看|下[载載]|[观觀]看|收[看聽听]|[报報]名|[订訂][购購]|了解)\S{0,4}$/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'posted by whom on a date, a wiki page history line',
    // 发布：俱乐部秘书处 · 小冉　2026年11月16日　阅读 873, 由 某某 發佈於 2026年11月18日, 本頁面由 15 位編輯者共同編寫，最後修訂於 …
    test: (s, f) =>
      f.length <= 70 &&
      ((POSTED_KEY_DATE_RE.test(s) && !/[。；]/.test(s)) ||
        POSTED_BY_ON_RE.test(s) ||
        LAST_REVISED_RE.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'letters and submissions policy, conformity statement',
    // 本報歡迎讀者來函…本報有權刪改。, 本網站內容符合某某守則有關資訊發放之規定。
    test: (s, f) =>
      f.length <= 100 &&
      ((/(来稿|來稿|来函|來函|投稿|[来來]信)/.test(s) && /(有[权權]|保留)\S{0,6}([删刪]改|[删刪][节節]|修改|[编編][辑輯]|[删刪]減|[删刪]减)/.test(s)) ||
        /^本([网網]站|站|[网網][页頁])\S{0,6}(符合|遵守|遵從|遵从)\S{0,30}(规定|規定|守则|守則|[规規]范|規範)/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'related-entries line',
    // 相關條目：潮汐藥劑、靜默石柱
    test: (s, f) => f.length <= 80 && !f.sentenceEnd && /^(相[关關]|其他|延伸|另[见見]|參見|参见)(条目|條目|[链鏈]接|連結|[页頁]面|文章|主[题題]|[词詞]条|[词詞]條)\s*:\s*\S/.test(s),
  },
  {
    category: 'related-list',
    rule: 'related / popular / recent services, pages, events (outside the article)',
    soft: 'outside',
    test: (s, f) => f.length <= 8 && /^(相[关關]|[热熱][门門]|熱門|近期|最新|其他|更多|精[选選])(服[务務]|[页頁]面|活[动動]|[条條]目|[课課]程|[讲講]座|展[览覽])$/.test(bare(s)),
  },
  {
    category: 'account-footer',
    rule: 'a countdown widget',
    // 距離婚禮還有 47 日 12 小時 08 分: days, hours and minutes ticking; a sentence gives the days alone.
    test: (s, f) => f.length <= 40 && /(距离|距離|倒[计計数數])\S{0,12}(还有|還有|尚有|剩|:)?\s*\d+\s*[天日]\s*\d+\s*(小[时時]|[时時])(\s*\d+\s*分)?/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'a date, then who wrote it',
    // 2024 年 6 月 3 日 ・ 拾穗劇坊小編
    test: (s, f) => f.length <= 36 && DATE_BY_RE.test(s),
  },
  {
    category: 'placeholder',
    rule: 'a media word in brackets, maybe with its caption inside (a picture, chart, player or key visual)',
    // ［圖表：過去十週大腸桿菌趨勢］, ［節目主視覺］, ［播放器］ ▶ 00:00 / 56:12, （图1：打印平台上传界面）, 【组图】…（共18张）.
    // Words after the bracket are a caption (［图］左起：王明、李华…) and stay.
    test: (s, f) =>
      f.length <= 60 &&
      /^[［\[【(（]\s*([圖图]表|[图圖]\s*\d*|[图圖]解|示意[图圖]|流程[图圖]|\S{0,4}主[视視][觉覺]|播放器|[图圖]片\s*\d*|相片\s*\d*|照片\s*\d*|影片|[视視][频頻]|[组組][图圖]|[图圖]集)\s*([:：][^］\]】)）]{0,24})?[］\]】)）]\s*(\S{0,16}[（(]\s*共\s*\d+\s*[张張幅][)）]|[▶►]?\s*\d{1,2}:\d{2}(\s*\/\s*\d{1,2}:\d{2}(:\d{2})?)?)?$/.test(s),
  },
  {
    category: 'placeholder',
    rule: 'a stand-in that needs JavaScript, a font-size control',
    // ［互動地圖：請開啟 JavaScript 以檢視］, A- A A+ ｜ 列印節目單
    test: (s, f) =>
      f.length <= 60 &&
      !f.sentenceEnd &&
      (/(開啟|开启|啟用|启用|enable|打開|打开).{0,4}JavaScript/i.test(s) || /^A\s*[-−–]\s*A\s*A\s*\+/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'a reply header (someone replies:)',
    // 本計劃義工 Ivy 回覆：, 木槿手作皂 回覆：, 卖家回复：: the words come on the next line.
    test: (s, f) => f.length <= 20 && /^\S{1,12}(\s\S{1,8}){0,2}\s*回[复覆]\s*:$/.test(s),
  },
  {
    category: 'placeholder',
    rule: 'a photo credit under its label',
    // 相片：作者提供, 圖片：本會授權
    test: (s, f) => f.length <= 20 && /^([相照][片]|[图圖]片)\s*:\s*\S{1,12}(提供|授[权權])$/.test(s),
  },
  {
    category: 'share-bar',
    rule: 'was-this-helpful poll and its count',
    // 呢篇文章有冇幫到你？　👍 有　　👎 冇, 此頁資料對你有幫助嗎？　有　｜　沒有, 237 位用戶覺得有用
    test: (s, f) =>
      f.length <= 60 &&
      (/(👍.*👎|👎.*👍)/u.test(s) ||
        /(這|这|呢|此|本)\S{0,4}(篇|[頁页]|[則则])\S{0,8}(有冇|有[没沒]有|是否|[对對]\S{0,2}(你|您))\S{0,6}([幫帮]|用|解[决決])/.test(s) ||
        /(有[幫帮]助|有用)\s*(嗎|吗|嘛)\s*[？?]/.test(s) ||
        /^[\d,.]+\s*[kK万萬]?\s*(位|名|人|個|个)\S{0,4}(覺得|觉得|認為|认为)\S{0,2}(有用|有[幫帮]助|[實实]用)$/.test(s)),
  },
  {
    category: 'editor-note',
    rule: "a shop's counters (sold this month, reviews, rating, stock)",
    // 月销 312 件    累计评价 2047    库存充足, 已售出 2,346 件　｜　★ 4.9（312則評價）
    test: (s, f) =>
      f.length <= 60 &&
      !/[。，；]/.test(s) &&
      /(月[销銷]|已售出?|[销銷]量|已[卖賣]出|累[计計][评評][价價]|好[评評]率)\s*:?\s*[\d,.]+/.test(s),
  },
  {
    category: 'navigation',
    rule: 'a booking calendar: month switcher, weekday header, time slots with their availability',
    // 〈 2026年12月 〉, 一　二　三　四　五　六　日, 11:00 已滿　｜　13:00 餘2位　｜　15:00 可預約
    test: (s, f) =>
      f.length <= 120 &&
      (/^[〈<‹«◀←＜]\s*(\d{4}\s*年\s*)?\d{1,2}\s*月(\s*\d{4})?\s*[〉>›»▶→＞]$/.test(s) ||
        /^(日\s+)?一\s+二\s+三\s+四\s+五\s+六(\s+[日天])?$/.test(s) ||
        (s.match(/\d{1,2}:\d{2}\s*[(（]?(已[满滿]|[额額]?[满滿]|[余餘]\s*\d+\s*[位个個席]|尚有\s*\d+\s*[位个個席]|可[预預][约約订訂]|售[罄完]|[约約]?[满滿])[)）]?(?=\s|$)/g) ?? []).length >= 2),
  },
  {
    category: 'navigation',
    rule: 'form controls: drop-downs, input boxes, search prompts, menu buttons, language switches',
    // 日期 [ 2024-06-15 ▼ ]　人數 [ 6 ▼ ], 導出引用 ▼, ［ 請輸入姓名或號碼布 ］［ 查詢 ］, 搜索问题，如：…, ☰ 選單, EN ｜ 繁
    test: (s, f) =>
      f.length <= 80 &&
      !f.sentenceEnd &&
      ((!/[。；]/.test(s) && /[^\s▼▾⌄∨]\s*[▼▾⌄∨](\s|$|[\]］])/.test(s)) ||
        /[［\[【(（]\s*([请請])?([输輸]入|[选選]擇|[选選]择)\S{0,12}\s*[］\]】)）]/.test(s) ||
        (f.length <= 40 && /^(搜[索尋寻]|查[询詢找])\S{0,6}\s*[,，]\s*(如|例如)\s*:/.test(s)) ||
        (f.length <= 12 && /^☰/.test(s)) ||
        // 🔍 請輸入關鍵字，例如：…, 请输入应用名称: a search box's prompt.
        (f.length <= 40 && /^([🔍🔎]|([请請])([输輸]入))/u.test(s)) ||
        // [ 查询可订床位 ], ［提交］: a bracketed search or submit button; 請 登入 或 註冊.
        /[［\[]\s*(查[询詢]|搜[索尋寻]|提交|[确確]定|[预預][订訂约約]|立即|[选選]擇|[选選]择|加入[购購]物[车車]|[购購][买買])\S{0,8}\s*[］\]]/.test(s) ||
        /([请請]|歡迎|欢迎)\s*(登[录錄入])\s*(或|或者|\/|\s)\s*(免[费費])?(注[册冊]|註冊)/.test(s) ||
        /^(EN|ENG|English|繁|简|簡|繁[體体]|简体|簡體)\s*[|｜/]\s*(EN|ENG|English|繁|简|簡|繁[體体]|简体|簡體|中文?)(\s|$)/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'arrowed links: back, previous/next day, see-more, map',
    // ‹ 返回检索结果列表, ‹ 前一天　…　後一天 ›, 查看即時人流 ▸, 📍 在 Google 地圖查看所有分店
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      f.clausePunct === 0 &&
      (/^[‹«<]\s*(返回|前一|上一|[后後]一)/.test(s) ||
        /(前一|上一)[天日週周月期].{0,30}([后後]一|下一)[天日週周月期]\s*[›»>]?$/.test(s) ||
        /^(查看|檢視|[进進]入|前往|了解|去|看)\S{1,10}\s*[›»▸>]+$/.test(s) ||
        /(Google\s*(地[图圖]|Maps?)|百度地[图圖]|高德地[图圖]).{0,6}(查看|[开開]啟|[打開]開|[导導][航])|(查看|[开開]啟|打[开開]|[导導][航]).{0,6}(Google\s*(地[图圖]|Maps?)|百度地[图圖]|高德地[图圖])|在\s*Google\s*(地[图圖]|Maps?)/i.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'video or panorama play button',
    // ▶ 睇房間 360° 實景, ▶ 影片｜三分鐘看完 A 排美食, ▶ 觀看 360° 全景影片
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      ((/^[▶►]\s*/.test(s) && /(影片|短片|[视視][频頻]|360\s*°|全景|[实實]景|[观觀]看|睇|播放)/.test(s)) ||
        // （影片：第三堂練習片段）按此播放 ▶
        (/(影片|[视視][频頻])/.test(s) && /(按此|[点點]此|[点點][击擊])播放/.test(s))),
  },
  {
    category: 'account-footer',
    rule: 'did this solve your problem, solved / unsolved buttons',
    test: (s, f) =>
      f.length <= 30 && (/(是否|有没有|有沒有)?(解决|解決)了?\S{0,2}(您|你)的(问题|問題)/.test(s) || /^(已解决|已解決)\s+(未解决|未解決|没解决|沒解決)$/.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'how many have signed up, an e-paper edition line',
    // 已有 18.6 万人办理; 2024年07月18日 星期四 第B07版：益智乐园
    test: (s, f) =>
      f.length <= 40 &&
      (/^已有\s*[\d.,]+\s*[万萬]?\s*[人位名]\S{0,8}(办理|辦理|[购購][买買]|[报報]名|[参參]与|參與|[预預]约|[预預]約|下[载載]|[关關][注註]|[领領]取|[选選]择|選擇|使用|收藏|加入)$/.test(s) ||
        EDITION_RE.test(s)),
  },
  {
    category: 'navigation',
    rule: 'day tabs, buttons with a trailing arrow, forum view controls, a search icon box',
    // 今天 11月23日  明天 11月24日  周三 11月25日; 选座购票 >; 只看該作者 ｜ 倒序瀏覽; 🔍 搜尋文章…
    test: (s, f) =>
      f.length <= 80 &&
      // A search box's placeholder may end in … (🔍 搜尋文章…).
      (/^🔍\s*\S{0,10}$/u.test(s) ||
        (!f.sentenceEnd && (s.match(DAY_TAB_G_RE) ?? []).length >= 3) ||
        (f.length <= 12 && /^(选座|選座|[购購]票|[订訂]票|[报報]名|[预預][约約订訂]|立即|马上|馬上|[进進]入|前往)\S{0,4}\s*[>›»]$/.test(s)) ||
        s.split(/\s*[|｜]\s*|\s{2,}/).filter(Boolean).every((x) => FORUM_CONTROL_RE.test(x.trim()))),
  },
  {
    category: 'editor-note',
    rule: 'publish date with a view count, forum poster stats, page generation time',
    // 案例分類：…｜發布：2026.10.28｜瀏覽 3,664; 注册时间 2017-3-9  帖子 826; Processed in 0.04 second(s), 22 queries
    test: (s, f) =>
      f.length <= 120 &&
      ((/(([发發]布|[发發]佈|[发發]表|更新)\s*:?\s*\d{4}[-/.年]\d{1,2}|^\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2})/.test(s) && /([浏瀏][览覽]|[阅閱][读讀]|[点點][击擊]|[观觀]看)\s*(次数|次數|量)?\s*:?\s*[\d,.]+[万萬]?/.test(s) && !/[。，；]/.test(s)) ||
        (s.match(/(注册时间|註冊時間|[帖貼]子|[积積]分|精[华華]|威望|金[钱錢]|在[线線]时间|在[線线]時間|主[题題]|信用)\s*:?\s*[\d★☆]/g) ?? []).length >= 2 ||
        /Processed in [\d.]+ second/i.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'no-sponsorship disclosure',
    // 本文為站長自購遊戲後撰寫，未收取任何業配費用。
    test: (s, f) =>
      f.length <= 60 &&
      (/(未|沒有|没有|並未|并未|無)(收取|收受|[获獲]得)\S{0,6}(業配|业配|廣告|广告|贊助|赞助|稿[费費]|[费費]用|[报報]酬)/.test(s) ||
        /(本文|此文|這篇|这篇)\S{0,4}(非|不是)\S{0,2}(業配|业配|廣告|广告)/.test(s)),
  },
  {
    category: 'share-bar',
    rule: 'share line with two or more platforms',
    // 喜歡這篇文章嗎？分享給桌遊團的朋友：Facebook　LINE　Threads　複製連結
    test: (s, f) =>
      f.length <= 80 && /分享/.test(s) && (s.match(/(Facebook|LINE|Threads|Twitter|WhatsApp|Telegram|微博|微信|QQ空[间間]|[复複]製[连連]結|[复複]制[链鏈]接|Email|电邮|電郵)/gi) ?? []).length >= 2,
  },
  {
    category: 'account-footer',
    rule: "seller's verification badges",
    // 卖家：运河边的猫   实名认证 ✓   信用极好
    test: (s, f) => f.length <= 60 && !f.sentenceEnd && /(实名认证|實名認證|芝麻信用|信用(极好|極好|良好|优秀|優秀)|已[认認][证證]商家)/.test(s),
  },
  {
    category: 'spam',
    rule: 'promo codes, ad space for rent, online gambling',
    // 結帳輸入優惠碼 FRIEND3; 首頁橫幅廣告位招租中; 網上棋牌 日日送彩金
    test: (s, f) =>
      f.length <= 80 &&
      (/(優惠碼|优惠码|折扣碼|折扣码|promo\s*code|coupon)\s*:?\s*[A-Za-z0-9]{4,}/i.test(s) ||
        /([广廣]告位|[广廣]告版位)\S{0,6}(招租|出租|招商|招募|合作)/.test(s) ||
        (/(棋牌|[彩赌賭]场|[彩赌賭]場|百家[乐樂]|老虎机|老虎機)/.test(s) && /(彩金|即玩|送|[赢贏]|[点點][击擊]|[进進]入)/.test(s))),
  },
  {
    category: 'placeholder',
    rule: 'media label with its subject, press-to-enlarge',
    // （影片）三分鐘學會快搭帳收帳, (影片) 手縫卡夾的 30 秒, 按此放大
    test: (s, f) =>
      f.length <= 30 &&
      !f.sentenceEnd &&
      (/^[（(]\s*(影片|[视視][频頻]|[图圖]片|相片|照片)\s*[)）]\s*\S/.test(s) || /^(按此|[点點]此|[点點][击擊])(放大|看大[图圖]|查看大[图圖]|看原[图圖])$/.test(s)),
  },
  {
    category: 'html-remnant',
    rule: 'forum markup (BBCode)',
    // [attach]38120[/attach], [img]…[/img]
    test: (s, f) => f.length <= 120 && /\[(attach|img|url|quote|media|flash)(=[^\]]*)?\][^\[]*\[\/\1\]/i.test(s) && s.replace(/\[\/?\w+(=[^\]]*)?\]/g, '').replace(/\S+\.(jpe?g|png|gif)|\d+/gi, '').trim().length <= 4,
  },
  {
    category: 'copyright',
    rule: 'trademark notice',
    // PADI 為 PADI Worldwide Corp. 之註冊商標。
    test: (s, f) => f.length <= 80 && /(之|的)?(註冊商標|注册商标|registered trademarks?)/i.test(s) && /(為|为|是|are|is|屬於|属于)/.test(s),
  },
  {
    category: 'navigation',
    rule: 'table of contents on one line, help-centre breadcrumbs, keyword search boxes, gallery counters',
    // 本文目录：1. 外观与做工  2. 对焦 …; 帮助中心 / 还车问题 / …; 请输入问题关键词，如…; 样张 1/12
    test: (s, f) =>
      f.length <= 90 &&
      (/^(本文)?目[录錄]\s*:\s*(\d+[.、]\s*\S+\s*){2,}$/.test(s) ||
        /^(帮助中心|幫助中心|客服中心|常见问题|常見問題|[论論]壇|[论論]坛|社[区區])\s*\/\s*\S{1,12}\s*\/\s*\S/.test(s) ||
        /^([请請])?([输輸]入)\S{0,12}([关關][键鍵][词詞字])/.test(s) ||
        /^(样张|樣張|[图圖]|相片|照片)\s*\d+\s*\/\s*\d+$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'tip jars, author introduction boxes',
    // 請我飲杯奶茶 ☕ 支持本站; 作者介紹｜露西亞　占星師…
    test: (s, f) =>
      f.length <= 80 &&
      (/([请請]我(飲|喝|饮)(杯|一杯))|[打]賞本站|打赏本站|(贊助|赞助|支持)本站/.test(s) ||
        /^(作者|博主|版主|站[长長])(介[绍紹]|[简簡]介)\s*[|｜:]/.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'for entertainment only, final interpretation belongs to',
    test: (s, f) =>
      f.length <= 80 &&
      (/(僅|仅|只)供(參考|参考)?\S{0,2}(娛樂|娱乐)/.test(s) ||
        // …in the line's first clause: 参赛者须遵守…；本章程最终解释权归组委会所有。 ends a charter's own rule.
        /最[终終]解[释釋][权權]\S{0,2}(归|歸|屬|属)/.test(s.split(/[；;]/)[0] ?? s)),
  },
  {
    category: 'placeholder',
    rule: 'picture failed to load, a bracketed picture with its subject',
    // 圖片無法顯示？點此重新載入, ［圖片：飛鵝山遠眺九龍］
    test: (s, f) =>
      f.length <= 40 &&
      (/([图圖]片|影片|[视視][频頻]|音[频頻]|音訊)\S{0,4}(無法|无法|不能)?(顯示|显示|載入|加[载載]|播放)(失[败敗])?/.test(s) && /(無法|无法|不能|失[败敗])/.test(s) ||
        /^[［\[【]\s*([图圖]片?|照片|相片|影片|[视視][频頻])\s*[:：][^［\]】］]{1,24}[］\]】]$/.test(s)),
  },
  // Written in the sixth session, from misses of batches 8-23 that are whole classes of chrome.
  {
    category: 'contact',
    rule: 'error-report and enquiry buttons',
    // 【我要纠错】  【我要咨询】, [我要糾錯]: a government site's feedback buttons under a notice.
    test: (s, f) => f.length <= 90 && /[【\[［]\s*(我要|内容|內容|信息|資訊|资讯)?(纠错|糾錯|[报報]错|[报報]錯|咨[询詢]|諮詢|找[错錯])\s*[】\]］]/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'best viewing resolution or browser, visitor counters',
    // 最佳瀏覽解析度1280×768以上　累計瀏覽人數：0215873, 建议使用 Chrome 浏览器访问本站, 本站访问量：102394, 您是第 0215873 位訪客
    test: (s, f) =>
      f.length <= 90 &&
      (/最佳[瀏浏][覽览]|(建[议議]|推[荐薦])\S{0,4}(使用|以)[^。，,]{0,30}([瀏浏][覽览]器|解析度|分辨率)/.test(s) ||
        /(本站|[网網]站|累[计計]|[总總])\S{0,2}([瀏浏][覽览]|[访訪][问問]|造訪|到訪)(人[数數]|人次|量|次[数數])\s*[:：]?\s*\d/.test(s) ||
        /^(您是)?第\s*\d+\s*位([访訪]客|[访訪]問者|[访訪]问者|[来來][访訪]者)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'follow prompt with the update schedule',
    // 追蹤露西亞老師 ➜ 每週一早上 8 點準時更新, 关注我们，第一时间获取更新
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      /^(追[蹤踪]|[关關][注註]|[订訂][阅閱])\S{1,12}\s*[➜→>»，,、]?\s*[^，。；]{0,16}(準時|准时|每[週周日天月]|第一[时時][间間]|定期)[^，。；]{0,8}(更新|推送|獲取|获取)/.test(s),
  },
  {
    category: 'share-bar',
    rule: 'a heart and a like count',
    // ❤ 36 個讚, ♡ 1.2萬 人喜歡
    test: (s, f) => f.length <= 24 && /^[♡❤♥💗🤍👍]\uFE0F?\s*[\d,.]+\s*[万萬]?\s*([個个人]|次)?\s*([讚赞]|喜[欢歡]|likes?)$/i.test(s),
  },
  {
    category: 'navigation',
    rule: 'map-app buttons',
    // 导航　　报修, 导航到这里　　查看周边充电站: a listed place's buttons.
    test: (s, f) => {
      if (f.length > 30) return false;
      const t = s.split(/\s{2,}|\s*[|｜]\s*/).filter(Boolean);
      return t.length >= 2 && t.some((x) => /^[导導]航(到[这這][里裡]|前往|去[这這][里裡])?$/.test(x)) && t.every((x) => /^([导導]航\S{0,4}|[报報]修|[纠糾][错錯]|分享|收藏|[电電][话話]|致[电電]|路[线線]|查看\S{0,8}|[详詳]情|街景|打[车車])$/.test(x));
    },
  },
  {
    category: 'editor-note',
    rule: "the article's author named as such",
    // 本文作者：線團貓　｜　住在台中的上班族…, 文章作者：黃詠琪（註冊聽力學家）　更新日期：…
    test: (s, f) => f.length <= 80 && /^(本文|文章|原文|此文)作者\s*:\s*\S/.test(s),
  },
  {
    category: 'spam',
    rule: 'a bracketed promotion tag',
    // 【會員限定】買滿…送…, 【聯營推廣】…; a 限定 tag on a product's own name (【工廠限定】花生酥脆片
    // 家庭號 600g) is its title unless an offer or a call follows.
    test: (s, f) => {
      const m = /^[【\[［]\s*\S{0,4}(限定|[优優]惠|推[广廣]|[广廣]告|[赞贊]助|促[销銷]|特[价價]|以[旧舊][换換]新)\s*[】\]］]/.exec(s);
      if (f.length > 90 || !m) return false;
      return m[1] !== '限定' || /(折|[送赠贈]|免[费費]|[减減]|[优優]惠|[买買]|[抢搶]|立即|[马馬]上|[点點][我此击擊]|>>|➜|▶|[预預][约約]|[报報]名|下[载載]|加入|\$|¥|元|[:：])/.test(s.slice(m[0].length));
    },
  },
  {
    category: 'navigation',
    rule: 'a row of bracketed buttons, a bracketed call to join',
    // ［ 联系发布者 ］　　［ 我有线索 ］; ［ 想知更多？加入 WhatsApp 雪況頻道，每朝自動收到報告 ］
    test: (s, f) =>
      f.length <= 60 &&
      (/^([［\[【]\s*[^［\]］【】\s]{2,8}\s*[］\]】]\s*){2,5}$/.test(s) ||
        /^[［\[【][^［\]］【】]*(加入|[订訂][阅閱]|[关關][注註]|追[蹤踪]|下[载載])\s*(WhatsApp|LINE|Telegram|Signal|微信|[频頻]道|群[组組]|社群|App|APP|公[众眾][号號]|[电電]子[报報])[^［\]］【】]*[］\]】]$/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'site links in front of a statement',
    // 條款及細則　｜　私隱政策　｜　免責聲明：參加者需自行承擔…: a footer row whatever follows the links.
    test: (s, f) => {
      if (f.length > 160) return false;
      const c = s.split(/\s*[|｜]\s*/);
      return c.length >= 3 && siteLink(c[0].trim()) && siteLink(c[1].trim());
    },
  },
  {
    category: 'share-bar',
    rule: 'a heart or thumb in front of save and share buttons',
    // ♡ 收藏這篇　👍 87, ❤ 收藏這個攤位（214）　分享, ♡ 加入最愛　分享店家, ♡ 儲存　分享
    test: (s, f) =>
      f.length <= 40 &&
      !f.sentenceEnd &&
      !/[，,。；]/.test(s) &&
      (/^[♡❤♥💗🤍👍]\uFE0F?\s*(收藏|[储儲]存|加入(最[爱愛]|收藏|我的最[爱愛])|[喜]([欢歡]|愛)|[赞讚]|分享|[关關][注註]|追[踪蹤])/.test(s) ||
        // ♥ 1.2萬人說讚　｜　分享
        /^[♡❤♥💗🤍👍]\uFE0F?\s*[\d.,]+\s*[万萬千]?\s*人?\s*([说說]?[赞讚]|喜[欢歡]|按[赞讚])/u.test(s)),
  },
  // Written in the eighth session, from older misses.
  {
    category: 'navigation',
    rule: 'a short link with its arrow',
    // 購票請洽：樂購售票系統 ＞, 繼續學習 ›, 查看全部消息 »: an arrow at the end of a short line is a link's.
    test: (s, f) => f.length <= 30 && !/[。，；！？<]/.test(s) && /[^\s>]\s*[＞›»]$/.test(s),
  },
  {
    category: 'navigation',
    rule: 'a see-all link with its count',
    // 相簿 ›　查看全部 126 張婚紗相, 查看全部 6 条留言
    test: (s, f) => f.length <= 40 && !/[。，；！？]/.test(s) && /(查看|看|睇|[显顯]示|[浏瀏][览覽])全部\s*\d[\d,]*\s*\S{0,3}/.test(s),
  },
  {
    category: 'placeholder',
    rule: 'a picture word alone',
    // 产品图片, 查看全部相片: the label of a picture that did not come along; 关于这组照片 is a heading.
    test: (s) => /^\S{0,4}([图圖]片|照片|相片|影片|海[报報])$/.test(s) && !/([这這]|[关關][于於]|的|我|你)/.test(s),
  },
  {
    category: 'navigation',
    rule: 'an add-to-calendar button',
    test: (s) => /^(\+\s*)?(加入|加到|新增至?|添加到?)\s*(Google\s*)?(行事[曆历]|日[曆历])$/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'a byline key with a date',
    // 撰文：註冊視光師（第一部分）黃嘉欣　｜　2024年9月12日
    test: (s, f) =>
      f.length <= 60 &&
      !/[。；！？]/.test(s) &&
      /^(撰文|文|作者|[记記]者|撰稿|(資料|资料)?整理|文字|[摄攝]影|[编編][辑輯])\s*[:／/].*\d{4}\s*[年/.-]\s*\d{1,2}/.test(s),
  },
  {
    category: 'account-footer',
    rule: "a message board's fields over a message or its reply",
    // 留言人：匿名　时间：2024-10-11 12:58　状态：已回复; 回复部门：后勤服务处　回复时间：…: a mailbox
    // or complaint board's chrome; what the writer and the office wrote stays.
    test: (s, f) =>
      f.length <= 100 &&
      /^(留言人|留言者|提[问問]人|[发發]帖人|[来來]信人|回[复覆](部[门門]|人|[单單]位|机构|機構)|答[复覆](部[门門]|人|[单單]位)|[处處]理(部[门門]|[单單]位))\s*:/.test(s) &&
      ((s.match(/(?:^|[\s|｜])[\u4e00-\u9fff]{2,6}\s*:\s*\S/g) ?? []).length >= 2 || /\d{4}\s*[-/.年]\s*\d{1,2}/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'a bracketed reply label, no reply yet',
    // 【回复】 over the office's answer; 暂无回复 where it would be.
    // （賣家尚未回覆） under a buyer's question.
    test: (s) => /^[【\[［]\s*(回[复覆]|答[复覆]|回[应應])\s*[】\]］]$/.test(s) || /^[（(]?\s*([卖賣]家|店家|商家|版主|作者|官方|客服)?(暂无|暫無|尚未|尚無|[还還]没有|[还還]沒有)\S{0,2}(回[复覆]|答[复覆]|回[应應])\s*[)）]?$/.test(s),
  },
  {
    category: 'editor-note',
    rule: 'a date with by and a name',
    // 2024年11月2日　by 阿嵐　｜　分類：活動公告
    test: (s, f) => f.length <= 60 && !/[。；！？]/.test(s) && !/powered\s+by/i.test(s) && /(^|[\s|｜])by\s+\S/i.test(s) && /\d{4}\s*[年/.-]\s*\d{1,2}/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'follow us on a social network, sign up if you have no account',
    // 追蹤我們的 Instagram @handle　看第一手…; 如您未有帳戶，請先註冊成為會員…
    test: (s, f) =>
      f.length <= 60 &&
      (/^(追蹤|追踪|[关關]注|follow)\s*(我們|我们|本站|本[会會]|本店)?\s*的?\s*(Instagram|IG|Facebook|FB|[脸臉][书書]|微博|LINE|YouTube|抖音|小[红紅][书書]|Threads)/i.test(s) ||
        /(未有|[没沒]有|尚未有|[还還][没沒]有)([帐帳][户戶号號])\S{0,10}(注[册冊]|註冊)/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'a stand-in still loading, a video with its length, click the picture to enlarge',
    // 【Strava 路線圖載入中…】, 影片：如何使用星圖（03:12）, 點圖看大張
    test: (s, f) =>
      f.length <= 40 &&
      !/[。，；！？]/.test(s) &&
      (/^[［\[【(（].{0,24}([载載]入中|加[载載]中|loading)\s*(…|\.{2,})?\s*[］\]】)）]$/i.test(s) ||
        /^(影片|[视視][频頻]|影音|video)\s*:.{0,30}[（(]\d{1,2}:\d{2}(:\d{2})?[)）]$/i.test(s) ||
        /^[点點按]\s*[图圖相]\s*(看|查看|放大|看大)\S{0,3}$/.test(s) ||
        /^[点點按]\s*[我此这這]\s*(看|查看)\s*(大[图圖]|原[图圖])$/.test(s)),
  },
  {
    category: 'share-bar',
    rule: 'push and boo counts',
    // 推 4　噓 0　收藏
    test: (s, f) => f.length <= 30 && /^推\s*\d+\s+噓\s*\d+/.test(s),
  },
  {
    category: 'account-footer',
    rule: "the seller's box: its heading, contact-the-seller buttons",
    // 賣家資訊; 聯絡賣家　｜　查看賣家其他刊登
    test: (s, f) =>
      f.length <= 30 &&
      !/[。，；！？]/.test(s) &&
      (/^([卖賣]家|店家|商家|[发發]文者|[发發]布者|版主|[楼樓]主)(資訊|[资資][讯訊]|信息|[资資]料|[简簡]介)$/.test(s) ||
        /^(聯絡|[联聯][系繫络絡])([卖賣]家|店家|商家)(\s*[|｜]|\s{2,}|$)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: "a poster's name marked as the thread's starter",
    // 墨小鱼  楼主
    test: (s, f) => f.length <= 20 && (/^\S{1,12}\s+([楼樓]主)$/.test(s) || /^[楼樓]主\s+\S{1,12}$/.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'a posting date under its key, or a row of the site\'s fields only',
    // 發出日期：2026年11月16日; 2025.10.28　｜　分類：假日課程　｜　瀏覽 2,417; 已预订 6,387 件　|　库存紧张
    test: (s, f) => {
      if (f.length > 60 || /[。，；！？]/.test(s)) return false;
      if (/^([发發]出|[发發]佈|[发發]布|刊登|公布|公佈|更新|出版|張貼|张贴)(日期|[时時][间間])\s*:\s*\d/.test(s)) return true;
      // 2025年8月8日　發佈
      if (DATE_POSTED_RE.test(s)) return true;
      // 最後修訂：2025年1月15日, 本頁資料更新：2025年2月
      if (/^(本[页頁])?([资資]料)?(最[后後])?(修[订訂]|更新|修改)(日期|[时時][间間])?\s*:\s*\d{4}\s*[年/.-]\s*\d{1,2}(\s*[月/.-]\s*\d{1,2}\s*日?|\s*月)?$/.test(s)) return true;
      const cells = s.split(/\s*[|｜]\s*|\s{2,}|　+/).filter((x) => x.trim() !== '');
      const meta = (c: string) =>
        DATE_ONLY_RE.test(c) ||
        /^\d{4}\.\d{1,2}\.\d{1,2}$/.test(c) ||
        (/^[\u4e00-\u9fff]{2,5}\s*:\s*\S/.test(c) && SITE_KEY_RE.test(c.split(':')[0] ?? '')) ||
        /^([浏瀏][览覽]|[阅閱][读讀]|[点點][击擊閱阅]|人[气氣])\s*(次[数數]|量)?\s*[\d.,]+\s*[万萬]?\s*次?$/.test(c) ||
        /^(已[售预預]|已[预預][订訂]|[销銷]量|月[销銷])\s*[\d.,]+\s*[万萬]?\s*(件|份|盒|单|單)?$/.test(c) ||
        /^[库庫]存(紧张|緊張|充足|有限|不足|[\d,]+\s*件?)$/.test(c) ||
        // 2024 年 10 月 14 日　週一　下午 10:22　｜　瀏覽 (1,204)　｜　留言 (8)
        /^([週周]|星期)[一二三四五六日天]$/.test(c) ||
        /^(上午|下午|晚上|凌晨)?\s*\d{1,2}:\d{2}$/.test(c) ||
        /^([浏瀏][览覽]|留言|[评評][论論]|回[应應]|[阅閱][读讀])\s*[(（][\d,]+[)）]$/.test(c) ||
        // ★★★★☆ 4.7分　　人均￥35　　已服务 2869 单; 2027年8月6日　｜　樂團行政部
        /^[★☆]{5}\s*\d(\.\d)?\s*分?$/.test(c) ||
        /^人均\s*[￥¥$]\s*\d+/.test(c) ||
        /^已服[务務]\s*[\d,]+\s*[单單次]$/.test(c) ||
        /^\S{2,8}(部|[组組]|[处處]|科|[办辦]公室)$/.test(c);
      // A date, a count or a stock note among them: key fields alone (联系人：…　电话：…) may be the page's.
      return cells.length >= 2 && cells.every(meta) && cells.some((c) => !/:/.test(c) || DATE_RE.test(c) || /^([卖賣]家|[会會][员員]|作者|[发發]帖)/.test(c));
    },
  },
  {
    category: 'navigation',
    rule: 'a bracketed sign-up or booking button, a breadcrumb from a home sign',
    // 【我要報名】, ［立即預約］; ⌂ 主頁 / 服務及收費
    test: (s, f) =>
      f.length <= 40 &&
      (/^[【\[［]\s*(我要|立即|[马馬]上|[线線]上|在[线線])?([报報]名|[预預][约約]|[购購][买買]|[订訂][购購]|下[单單])\s*[】\]］]$/.test(s) || /^[⌂🏠]\uFE0F?\s*\S/u.test(s)),
  },
  {
    category: 'spam',
    rule: 'a promotion framed by chevrons or led by a play sign with a discount',
    // 》加入書房會員，全年講座9折…《; ▶ 官方商城现货，加购原装大号袖带立减20元
    test: (s, f) =>
      f.length <= 60 &&
      ((/^[》»]\S.*[《«]$/.test(s) && /(折|[送赠贈]|[优優]惠|免[费費]|[会會]員|[会會]员)/.test(s)) ||
        (/^[▶►➤]\s*\S/.test(s) && /(立[减減]|直[降减減]|\d+\s*折|[优優]惠券|券后|券後)\s*\d*/.test(s) && /([商店]城|[现現]货|[购購]|[买買]|加[购購])/.test(s))),
  },
  {
    category: 'placeholder',
    rule: 'an empty caption, a figure number with a schematic caption',
    // （圖說）, 图1　正确佩戴袖带示意
    test: (s, f) =>
      f.length <= 30 &&
      (/^[（(［\[]\s*([图圖][说說]|[图圖]片[说說]明|相片[说說]明)\s*[)）］\]]$/.test(s) || /^[图圖]\s*\d{1,2}\s+\S{1,20}示意[图圖]?$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'join a chat group or add an account for a coupon',
    // 添加禾米记福利官微信，入群领端午专属券; 加LINE好友領折價券
    test: (s, f) =>
      f.length <= 50 &&
      (/(添加|加入?)\S{0,8}(微信|企微|LINE|客服|好友|官方[帐帳][号號])\S{0,8}(入群|[进進]群|[领領]|享)/.test(s) || /(入群|[进進]群)\S{0,4}([领領]|享|送)/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'a listed title with its date in brackets',
    // · 第十届决赛成绩公布（2026-08-12）, → 調解不成立後，下一步該做什麼？（2025/06/05）
    test: (s, f) => f.length <= 50 && BULLET_TITLE_DATE_RE.test(s),
  },
  {
    category: 'related-list',
    rule: 'a title and its date after a wide gap',
    // 梅雨季節濕氣重？三款祛濕湯水　2024-05-10: two cells, a title and a date (240 such held-out lines,
    // all boilerplate); a record row (最高氣溫　35.8°C　2022年7月19日) has more cells.
    // Anywhere when the first cell reads as a title (long, or with a title's marks); a short one may
    // be a commenter's name with the date (明朗長者鄰舍中心　2026-11-18), so only outside the article.
    test: (s, f) => /^.{10,}|[？！?!：:「」《》（）()]/.test(titleDateCell(s, f) ?? ''),
  },
  {
    category: 'related-list',
    rule: 'a title and its date after a wide gap (outside the article)',
    soft: 'outside',
    test: (s, f) => titleDateCell(s, f) !== null,
  },
  {
    category: 'account-footer',
    rule: 'a rating with its count of reviews (below the article)',
    // Google 評分 4.9 ★★★★★（1,046 則評論）, 玩家評價　4.7 ★（1,206則）: the reviews' heading; at the
    // top of a page that rates a place (综合评分 4.2 / 5（共 3,961 人评分）) it is the page's subject.
    soft: 'below',
    test: (s, f) => ratingWithCount(s, f),
  },
  {
    category: 'navigation',
    rule: "a form's field labels, its submit button",
    // 姓名＊　電話＊　日期＊　席數＊　備註; 提交查詢
    test: (s, f) => {
      if (f.length > 50) return false;
      if (/^(提交|送出|確認送出|确认提交|立即提交)\S{0,4}$/.test(s)) return true;
      const cells = s.split(/\s{2,}|　+/).filter(Boolean);
      return cells.length >= 3 && cells.filter((c) => /^\S{1,6}\s*[＊*]$/.test(c)).length >= 2;
    },
  },
  {
    category: 'placeholder',
    rule: 'a picture label with its number alone, a bracketed form link',
    // 相片一, 图2, 相片說明; （報名表單連結）, ［網上報名表格］
    test: (s) =>
      /^([相照][片]|[图圖]片|[图圖])[一二三四五六七八九十\d]{1,2}$/.test(s) ||
      /^([相照]片|[图圖]片)([说說]明)$/.test(s) ||
      /^[（(［\[【]\s*\S{0,6}(表格|表[单單])\S{0,4}\s*[)）］\]】]$/.test(s),
  },
  {
    category: 'account-footer',
    rule: "a review's stars with its age, a score with its verdict, a guest's facts with the stay",
    // ★★★★★ 3 週前; 9.6 非常棒; 小安 ｜ 情侶 ｜ 入住日期：2024年3月
    test: (s, f) =>
      f.length <= 40 &&
      (/^[★☆]{1,5}\s*\d+\s*(秒|分[钟鐘]|小[时時]|天|[週周]|星期|[个個]月|月|年)前$/.test(s) ||
        /^(10|\d(\.\d)?)\s*(超[讚赞]|非常棒|很好|不[错錯]|普通|[优優]秀|[极極]佳|[满滿]意|棒)$/.test(s) ||
        /^[^|｜]{1,14}(\s*[|｜]\s*[^|｜]{1,8}){0,2}\s*[|｜]\s*(入住|住宿|[消][费費]|用餐|到[访訪]|[体體][验驗])(日期|[时時][间間])?\s*:?\s*\d{4}\s*年\s*\d{1,2}\s*月/.test(s)),
  },
  {
    category: 'account-footer',
    rule: "the publisher's box: its heading, a verified name",
    // 发布组织; 江城大学青年志愿者协会　已认证
    test: (s, f) => f.length <= 40 && (/^([发發]布|[发發]起)(组织|組織|机构|機構|[单單]位|者|人)$/.test(s) || /\s(已[认認]证|已認證|官方[认認]证|官方認證)$/.test(s)),
  },
  {
    category: 'editor-note',
    rule: "a project's status, a sign-up count",
    // 项目状态：招募中; 已报名 37 人 / 计划招募 40 人
    test: (s, f) =>
      f.length <= 40 &&
      (/^([项項]目|活[动動]|招募|[报報]名)?([状狀]态|狀態)\s*:\s*\S{2,6}$/.test(s) || /^已([报報]名|[预預][约約]|[参參]加|加入)\s*\d+\s*人/.test(s)),
  },
  {
    category: 'spam',
    rule: "a newcomer's offer, an offer exclaimed, a call to buy with its arrow",
    // 新人专享：首单回收加价 50 元; 限時優惠！本週預訂享 9 折; 金寶香燭莊｜元寶衣紙一站式購齊　立即查看>>
    test: (s, f) =>
      f.length <= 60 &&
      (/^(新人|新用[户戶]|新客|首[单單])(专享|專享|[独獨]享|福利|[优優]惠)\s*:/.test(s) ||
        /^(限[时時])?([优優]惠|特惠)[！!]/.test(s) ||
        /(立即|[马馬]上|[点點]击|點擊|[点點]此)\S{0,4}\s*(>>|>|›|＞|→|»|》)+$/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'a listed title with its month and day',
    // · 水果类批发价格 03-11
    test: (s, f) => f.length <= 50 && /^[·•・‧．▸→〉›»\-—]\s*\S.{3,30}\s+\d{1,2}-\d{2}$/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'a removed post, a notice pushed to an app, a reply-quote-like bar, a creator box row',
    // 5F　此文章已被版主刪除; 此通告已推送至 eClass Parent App…; 回覆　引言　讚 (3); 創作者介紹　…　追蹤　贊助創作者
    test: (s, f) =>
      f.length <= 60 &&
      (/(文章|帖子?|回[覆复]|留言|[內内]容|[评評][论論])已被\S{0,4}(刪除|删除|屏蔽)/.test(s) ||
        /(推送至|[開开]啟通知|开启通知)/.test(s) ||
        /^((回[覆复]|引言|引用|[讚赞]|按[讚赞]|[檢检]舉|举报|分享|收藏)\s*([(（]\d+[)）]|\d+)?\s*[|｜]?\s*){2,}$/.test(s) ||
        /^(創作者|创作者)(介紹|介绍)/.test(s) ||
        /(追蹤|追踪|[关關]注).{0,10}([贊赞]助|打[赏賞])/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'tag, hot-search and picture-viewing links',
    // 文章標籤; 全站熱搜; ▲ 按此放大; (另開新視窗)
    test: (s, f) =>
      f.length <= 20 &&
      (/^(文章|相[關关])?([標标][籤签]|Tags?)$/i.test(s) ||
        /^(全站|本站)?([熱热]搜|熱門搜尋|热门搜索)$/.test(s) ||
        /^[▲△]?\s*[（(]?[按点點][此图圖]\s*(放大|看大[图圖]|查看大[图圖])[)）]?$/.test(s) ||
        /^[（(]?(另開新視窗|另开新窗口|新視窗開啟|在新窗口打开|另開視窗)[)）]?$/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'a scanned original in brackets, a video with its length first',
    // （排班表原件扫描件）; 影片 0:32 試穿實拍
    test: (s, f) => f.length <= 30 && (/^[（(]\S{0,10}(扫描件|掃描檔|掃描件)[)）]$/.test(s) || /^(影片|[视視][频頻])\s*\d{1,2}:\d{2}\s*\S{0,12}$/.test(s)),
  },
  {
    category: 'spam',
    rule: 'spend-and-get offers, recruiting tenants, a site advert label in bars',
    // 🎉 618会员储值满1000送200…; 【招商】…火热招租; ▌站內廣告▌…
    test: (s, f) =>
      f.length <= 80 &&
      // …but a tier in the page's own price list (・一般會員：免費加入，儲值滿1000元送120元。) stays.
      ((/(首?[储儲]值?|充值|[满滿])\s*\d+\s*元?\s*([送赠贈减減]|折)\s*\d+/.test(s) && !(f.sentenceEnd && /^[・·•\-]?\s*\S{1,8}\s*:/.test(s))) ||
        /^[【\[［]\s*(招商|招租)\s*[】\]］]/.test(s) ||
        /^[▌▍|｜【\[]\s*(站[內内]|本站)(廣告|广告)/.test(s)),
  },
  {
    category: 'spam',
    rule: 'an offer led by an emoji',
    // 🦷 11月限定：首次到診…HK$580（原價 HK$880）, 🎉 早鳥優惠倒數5天！兩人同行再折500元 🎉
    test: (s, f) => f.length <= 80 && /^\p{Extended_Pictographic}/u.test(s) && /([\d一二三四五六七八九]\s*折|原[價价]|免[費费]試|免[費费]试|再送|[換换][購购]|[优優]惠|低至|[貸贷]款)/.test(s),
  },
  {
    category: 'disclaimer',
    rule: 'results vary, a listing platform only',
    // 部分療程可能因人而異，效果未必相同。; 好車庫僅提供資訊刊登平台，車況…由賣方自行提供
    // 疗效因人而异，医生会在首诊时说明疗程。 is the article's: the notice disclaims the effect.
    test: (s, f) => f.length <= 120 && ((/因人而[異异]/.test(s) && /(未必|不一定|不保[证證]|[或可]有不同|可能不同)/.test(s)) || /(僅|仅)(提供|[為为])\S{0,6}(刊登|[发發]布|交易)?平台/.test(s)),
  },
  {
    category: 'account-footer',
    rule: "a floor with its poster and time, a letter writer's name, a testimonial's attribution, last seen",
    // 3楼　坚定持有不动摇　03-05 22:15; 讀者　陳小姐（長沙灣）; — 陳太（中三學生家長）; 最後上線：3 小時前
    test: (s, f) =>
      f.length <= 40 &&
      (/^\d{1,4}\s*[楼樓F]\s*[|｜]?\s*\S{1,16}\s*[|｜]?\s*(\d{4}-)?\d{2}-\d{2}\s+\d{1,2}:\d{2}$/.test(s) ||
        /^([读讀]者|[网網]友|市民)\s+\S{1,6}([（(]\S{1,8}[)）])?$/.test(s) ||
        /^[—–]{1,2}\s*\S{1,16}.*([家][长長]|[学學]生|考生|[学學][员員]|[顾顧]客|客人|住客|[会會][员員])/.test(s) ||
        // — Carmen & Ken，2027年3月　★★★★★
        /^[—–]{1,2}\s*\S.{0,20}(\d{4}\s*年\s*\d{1,2}\s*月).{0,4}[★☆]{3,5}$/.test(s) ||
        /^(最[后後])(上[线線]|登[入录錄]|在[线線])\s*:/.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'no liability at all, information uploaded by others',
    // 本館對任何運動受傷概不負責。; 本站发布的志愿活动信息由各志愿组织自行上传
    test: (s, f) => f.length <= 120 && (/概不[負负][責责]/.test(s) || (/^本(站|平台|[网網])/.test(s) && /由\S{0,12}自行(上[传傳]|提供|[发發]布)/.test(s))),
  },
  {
    category: 'spam',
    rule: 'a discount code to type, a price only so much, an offer framed by stars, a WeChat ID to add',
    // 限時 9 折，結帳輸入 KILN10 再折抵; 首次體驗只要 199 元; ★ …首堂試讀 $100 ★; …详询客服微信 pj_xxxx888
    test: (s, f) =>
      f.length <= 80 &&
      (/[輸输]入\s*[A-Z][A-Z0-9]{3,}/.test(s) ||
        /只要\s*\d+\s*元/.test(s) ||
        /^★.*★$/.test(s) ||
        /(微信|VX|vx|加V|wx)\s*:?\s*[A-Za-z][A-Za-z0-9_*x-]{4,}$/.test(s)),
  },
  {
    category: 'account-footer',
    rule: 'add the LINE account, log in to read on, a booking picker',
    // 加入 LINE 好友 @walkwoof…; ……阅读全文请登录会员账号……; 選擇日期及時段
    test: (s, f) =>
      f.length <= 60 &&
      (/加入\s*LINE\s*(好友|官方)/i.test(s) ||
        /(阅读全文|閱讀全文|查看全文|看完整).{0,6}(登录|登入|登錄|[会會][员員])/.test(s) ||
        /^(請)?[选選][择擇](日期|時段|时段|[时時][间間]|場次|场次)/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'a title with its date in brackets (below the article)',
    // 老狗還需要散步嗎？獸醫這樣說（2024/10/02）; above the text it is the page's own title.
    soft: 'below',
    // 志工招募說明（113-08-20）: a date of the Minguo calendar too.
    test: (s, f) => f.length <= 50 && TITLE_BRACKET_DATE_RE.test(s),
  },
  {
    category: 'navigation',
    rule: 'a menu from its hamburger sign, bookable time slots',
    // ☰  尾巴回家 TailHome    找狗狗  找貓咪…; 可訂時段　17:30　18:00　19:30
    test: (s, f) => f.length <= 120 && (/^☰/.test(s) || /^(可[订訂]|可[预預][约約]|可[选選])?(時段|时段|場次|场次)\s*(\d{1,2}:\d{2}\s*){2,}$/.test(s)),
  },
  {
    category: 'share-bar',
    rule: 'a row of counters only',
    // 评分 8.6   想看 12.4万   看过 3.1万
    test: (s, f) => f.length <= 50 && /^(([评評]分|想看|看[过過]|在看|播放|[观觀]看|[点點][赞讚]|收藏|[评評][论論]|分享|[阅閱][读讀])\s*[\d.,]+\s*[万萬千]?\s*){2,}$/.test(s),
  },
  {
    category: 'account-footer',
    rule: "a reviewer's level and followers, a row of buttons to book or ask, log in to use, listen to the whole programme",
    // Gigi食到飽　Lv.6 食家　｜　食評 342　追隨者 1.2K; 立即预订　　预约看场; 下载轨迹 GPX/KML（登录后可用）; （節目繼續，請按此收聽完整錄音）
    test: (s, f) =>
      f.length <= 60 &&
      (/(Lv\.?\s*\d+|LV\d+).{0,20}(追隨者|追随者|粉[絲丝]|[關关]注|followers)/i.test(s) ||
        ((cells) => cells.length >= 2 && cells.length <= 4 && cells.every((c) => /^(立即|[马馬]上|我要|在[线線]|[線线]上|免[费費])?\S{0,2}([预預][订訂约約]|[报報]名|[购購][买買]|[咨諮][询詢]|看[场場]|下[单單]|[发發]表|回[覆复])\S{0,4}$/.test(c)))(s.split(/\s{2,}|　+|\s*[|｜]\s*/).filter(Boolean)) ||
        /(登[录入錄])后?(可用|可[见見]|下[载載])/.test(s) ||
        /(按此|[点點]此)(收[聽听]|[觀观]看|[閱阅][讀读])完整/.test(s)),
  },
  {
    category: 'editor-note',
    rule: 'how many booked or viewed, a transcript edited for length',
    // 已有 1,062 人预订; 以下為節目部分文字紀錄，經編輯刪節。
    test: (s, f) =>
      f.length <= 60 &&
      ((!/[。！？]/.test(s) && /已有\s*[\d,]+\s*人\S{0,4}([预預][订訂约約]|[购購][买買]|[报報]名|[参參]加|查看|[浏瀏][览覽])/.test(s)) || /[經经][编編][辑輯](刪節|删节|整理)/.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'produce may differ from its pictures, no cooling-off period',
    // ※ 農產品…可能與圖片略有差異; ※ 生鮮商品不適用七天鑑賞期
    test: (s, f) => f.length <= 100 && (/(與|与)([圖图]片|照片)\S{0,4}(略有|有所|稍有)?(差異|差异|不同)/.test(s) || /不[適适]用\S{0,4}(鑑賞期|[无無]理由)/.test(s)),
  },
  {
    category: 'placeholder',
    rule: 'a replay player with its length, an untitled caption, picture paging',
    // ▶ 收聽重溫（88:42）; （無標題）; ‹ 上一張　第 1–10 張，共 86 張　下一張 ›
    test: (s, f) =>
      f.length <= 50 &&
      !/[。；！？]/.test(s) &&
      (/^[▶►]\s*\S{2,8}[（(]\d{1,2}:\d{2}(:\d{2})?[)）]$/.test(s) || /^[（(](無標題|无标题|未命名)[)）]$/.test(s) || /^[‹<«\[［]?\s*上一[張张].*下一[張张]/.test(s)),
  },
  {
    category: 'spam',
    rule: 'an offer under an English tag',
    // 【Summer Special】…$198起; 【English Section】 alone is a heading.
    test: (s, f) => f.length <= 80 && /^【[A-Za-z][A-Za-z ]+】/.test(s) && /(\$\s*\d|\d+\s*折|\d+\s*元|¥\s*\d)/.test(s),
  },
  {
    category: 'contact',
    rule: 'a line with a mail address (outside the article)',
    // 客服信箱 hello@example.tw　LINE：@…, 聯絡版主：…@gmail.com: 227 of the 231 held-out lines with a
    // mail address and no full stop are the site's; inside the article a contact is the article's.
    soft: 'outside',
    test: (s, f) => f.length <= 90 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(s) && !/[。！？；;]$/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'a welcome with sign-in links, a quantity picker, a player bar, prompts to review or ask, visible-after notes',
    // 您好，欢迎访问！ [商户登录] [免费注册]; 数量：－ 1 ＋　库存充足; ▶ 00:00 / 03:12　倍速 1.0x;
    // 我来说两句：写评价送积分…; 问答(17)  我要提问; 出价记录（共 0 条，开拍后可见）; 已讀回條：請按…[ 確認已閱 ]
    test: (s, f) =>
      f.length <= 70 &&
      (/^(您好|你好)[，,！!]?\s*(欢迎|歡迎)/.test(s) ||
        (STEPPER_RE.test(s) && /(数量|數量|[购購][买買]|加入|库存|庫存)/.test(s)) ||
        /^[▶►]?\s*\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}/.test(s) ||
        /^(我来说两句|我來說兩句)/.test(s) ||
        (f.length <= 24 && /我要提[问問]/.test(s)) ||
        /[后後]可[见見]/.test(s) && !/[。！？]$/.test(s) ||
        /[请請]按.*[［\[]\s*\S{2,8}\s*[］\]]$/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'all categories of a shop',
    // 全部品类：冰箱 洗衣机 空调 热水器…
    test: (s, f) => f.length <= 80 && /^全部(品[类類]|分[类類]|[类類]目)\s*:/.test(s),
  },
  {
    category: 'spam',
    rule: 'show something for a discount',
    // 合作夥伴：某某單車租賃｜出示房卡享九折
    test: (s, f) => f.length <= 60 && /出示\S{0,8}(享|可享|即享|即可享)\S{0,4}(\d+\s*折|[九八七六五]折|[优優]惠)/.test(s),
  },
  {
    category: 'related-list',
    rule: 'a listed title with its reply count',
    // 新手第一台車：鋁合金還是碳纖維？（回覆 87）
    test: (s, f) => f.length <= 50 && /^\S.{3,40}[（(]\s*(回[覆复]|回[应應]|留言)\s*\d+\s*[)）]$/.test(s),
  },
  {
    category: 'account-footer',
    rule: 'read-on prompts, a follow prompt with a keyword to reply, likes with a day, framed buttons, click-in links',
    // （未完，点击展开全文）; 廣告過後請繼續閱讀; 关注“茶事录”…回复“龙井”…; 👍 312　　3月21日; ▶ 即時網上預訂 ◀;
    // ⬇ 想知道更多？立即加我哋 WhatsApp 問價 ⬇; ▶ 按此查閱預約紀錄; …项目推介（点击进入）
    test: (s, f) =>
      f.length <= 60 &&
      (/(未完[，,]?\s*)?([点點]击|點擊|[点點]此)\s*(展开|展開)(全文|剩余|剩餘)/.test(s) ||
        /(廣告|广告)(過後|过后)\S{0,4}([繼继]續|继续)/.test(s) ||
        /^[关關]注[“"「]/.test(s) ||
        /^👍\s*\d+\s+\d{1,2}月\d{1,2}日$/u.test(s) ||
        /^[▶►]\s*\S{2,10}\s*[◀◄]$/.test(s) ||
        (!f.sentenceEnd && /WhatsApp\s*(問價|问价|查詢|查询|報價|报价|預約|预约)/.test(s)) ||
        (!f.sentenceEnd && /^[▶►]?\s*按此(查閱|查阅|查看)/.test(s)) ||
        /[（(]([点點]击进入|點擊進入)[)）]$/.test(s)),
  },
  {
    category: 'disclaimer',
    rule: 'an election advert notice, drinking warnings',
    // 此乃選舉廣告。由…刊印; 禁止酒駕　飲酒過量有害健康; 未滿18歲請勿飲酒
    test: (s, f) => f.length <= 80 && (/此乃[選选][舉举][廣广]告/.test(s) || /(飲酒過量|饮酒过量)|未滿\s*18\s*歲請勿飲酒|禁止酒駕/.test(s)),
  },
  {
    category: 'account-footer',
    rule: "a commenter with the province shown",
    // 杭州阿黄　　浙江: a name with where the comment came from, as WeChat shows it.
    soft: 'outside',
    test: (s, f) => f.length <= 24 && /^\S{1,12}\s{2,}(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$/.test(s),
  },
  {
    category: 'navigation',
    rule: 'seats left in a booking widget, buttons with arrows, font-size controls',
    // 12/5（六）上午 剩2位　｜　12/5（六）下午 額滿; 填寫預約表單 ▶　　撥打電話 ▶; 友善列印　　字級：小 中 大
    test: (s, f) => {
      if (f.length > 80) return false;
      const cells = s.split(/\s*[|｜]\s*|\s{2,}|　+/).filter(Boolean);
      return (
        cells.filter((c) => /(剩\s*\d+\s*位|[額额][滿满]|已[滿满])$/.test(c)).length >= 2 ||
        (cells.length >= 2 && cells.every((c) => /^\S{2,8}\s*[▶►›>]$/.test(c))) ||
        /字[級级号號]\s*:?\s*小\s*中\s*大/.test(s)
      );
    },
  },
  {
    category: 'disclaimer',
    rule: 'outdoor risk notices, no-sponsorship statements',
    // 户外运动存在风险，参加活动须自行购买户外意外险; 本文為自費購票觀賞，無任何業配。
    test: (s, f) => f.length <= 100 && ((/存在[风風][险險]/.test(s) && /(自行|量力|不承[担擔]|保[险險])/.test(s)) || /(無任何|没有任何|並無|并无)(業配|业配|[贊赞]助)/.test(s)),
  },
  {
    category: 'account-footer',
    rule: "a user named in quotes with a date, likes alone, the site's LINE account, a column's compiler",
    // 用户“沪A小白车” 2026-11-19; 赞(12); …👉 LINE 官方帳號即時查詢; （本栏目由…编辑部整理…）; （相片由客戶授權使用）
    test: (s, f) =>
      f.length <= 80 &&
      (/^(用[户戶]|[网網]友|[会會][员員])[“「"].{1,14}[”」"]\s*\d{4}\s*[-/.年]\s*\d{1,2}/.test(s) ||
        /^[赞讚贊]\s*[(（]\d+[)）]$/.test(s) ||
        (!f.sentenceEnd && /LINE\s*官方[帳帐][號号]/.test(s)) ||
        /^[（(]本(栏目|欄目|文|[页頁])由\S{0,20}(整理|[编編][辑輯]|提供|原[创創])/.test(s) ||
        /^[（(](相片|照片|[圖图]片)由\S{0,12}(授[權权]|提供)/.test(s)),
  },
  {
    category: 'disclaimer',
    rule: "the article's figures subject to the place's notice, colour and batch differences, misprints, tax receipts",
    // ※ 本文費率為…，實際收費以現場公告為準。; （实拍图，因光线原因可能存在色差）; …不作为质量问题退换依据。;
    // 網頁如有誤植以公告欄紙本為依據。; 捐款港幣$100或以上可憑收據申請扣稅。
    test: (s, f) =>
      f.length <= 100 &&
      // (以上票价为全程参考价，实际票价以…为准。 without a mark is the article's own note.)
      ((/^([※*＊]\s*(本文|本[页頁]|以上)|本文|本[页頁])/.test(s) && /([實实]際|实际)\S{0,6}(依|以)\S{0,16}([為为]準|为准)/.test(s)) ||
        (/(实拍|實拍|光[线線])/.test(s) && /(存在|略有|可能有)色差/.test(s)) ||
        (/不(作[为為]|[属屬]于|屬於)(质量|質量)[问問][题題]/.test(s) && /退[换換货貨]/.test(s)) ||
        /如有[誤误]植/.test(s) ||
        /[憑凭]收[據据]申[請请]扣[稅税]/.test(s)),
  },
  {
    category: 'navigation',
    rule: 'a quantity picker split over lines, expand-the-rest links, a quote header',
    // 数量：/ - 1 +; （第 11～20 名請點此展開）; 引用：tinhau_rider 於 2024-6-3 23:41 發表
    test: (s, f) =>
      f.length <= 40 &&
      (/^([数數]量)\s*:?$/.test(s) ||
        STEPPER_ALONE_RE.test(s) ||
        /([請请])?[點点]此(展開|展开)/.test(s) ||
        /^引用\s*:.{1,20}(於|于)\s*\d{4}/.test(s)),
  },
  {
    category: 'spam',
    rule: 'an offer between stars with a number to call, between chevrons, an add-on purchase',
    // ★ 專業賽鴿保健砂 批發價 ★ 洽 0912-345-678; >>> 慈善賣旗日義工報名，按此 <<<; 加購：甲板VIP套餐 +HK$188
    test: (s, f) =>
      f.length <= 70 &&
      ((/^★.{2,40}★/.test(s) && /\d{4}[-\s]?\d{3,4}/.test(s)) || /^>{2,}.*<{2,}$/.test(s) || /^加[購购]\s*:/.test(s)),
  },
];

// Names of site function links: a line made only of them (and section names) is a menu, however
// it is separated (spaces, full-width spaces, dots).
const SITE_LINKS = new Set(
  ('隐私政策 隱私政策 隐私权政策 隱私權政策 私隐政策 私隱政策 用户协议 用戶協議 使用条款 使用條款 服务条款 服務條款 法律声明 法律聲明 ' +
    '免责声明 免責聲明 网站导航 網站導航 網站導覽 设为首页 設為首頁 加入收藏 繁体 繁體 简体 簡體 繁體中文 简体中文 English 搜索 搜尋 ' +
    '站内搜索 站內搜尋 帮助中心 幫助中心 帮助 幫助 常见问题 常見問題 意见反馈 意見反饋 网站地图 網站地圖 关于我们 關於我們 ' +
    '联系我们 聯繫我們 聯絡我們 招聘信息 加入我们 加入我們 广告服务 廣告服務 合作伙伴 合作夥伴 友情链接 友情鏈接 ' +
    '私隱政策聲明 隐私政策声明 隱私權聲明 Cookie設定 Cookie设置 Cookie政策 Cookies政策 登录 登錄 登入 注册 註冊 退出 会员 會員 手机版 手機版 电脑版 電腦版 客户端 客戶端 订阅 訂閱 投稿').split(' '),
);
/** One follow or subscribe button: 追蹤粉專, 訂閱電子報, 关注公众号, 加入 LINE 社群. */
const FOLLOW_ITEM_RE =
  /^[+＋]?\s*(追[蹤踪]|[关關][注註]|[订訂][阅閱]|加入|[按點点]讚|讚好)(我[们們]的)?\s*(粉[专專]|粉[丝絲][页頁团團]|[专專][页頁]|[电電]子[报報]|[频頻]道|公[众眾][号號]|IG|FB|Instagram|Facebook|YouTube|LINE|Podcast|RSS|社群|群[组組]|本站|作者|[博部]落格)$/i;
/** A day tab: 今天 11月23日, 周三 11月25日. */
const DAY_TAB_G_RE = /(今天|明天|[后後]天|[周週][一二三四五六日天]|星期[一二三四五六日天])\s*\d{1,2}[月/-]\d{1,2}日?/g;
/** Forum view controls: 只看該作者, 倒序瀏覽, 只看楼主, 发帖, 打印本页. */
const FORUM_CONTROL_RE = /^([+＋]?自[选選]|[发發][帖貼]|回[帖貼复覆]|只看(该|該)?(作者|楼主|樓主)|[倒正]序([浏瀏][览覽]|[阅閱][读讀]|[查察]看)|打印本[页頁]|[列打]印本[頁页]|[电電]梯直[达達]|返回列表)$/;
/** A site-wide link: a known name, a policy or statement page (隱私權保護政策, 政府網站資料開放宣告), a back link (回頁首). */
const siteLink = (x: string): boolean =>
  SITE_LINKS.has(x) || (x.length >= 4 && x.length <= 12 && /(政策|宣告|[声聲]明|[条條]款|[细細]則|[细細]则|[导導][览覽])$/.test(x)) || /^(返回|回到?)(上一[页頁]|[页頁]首|首[页頁]|[顶頂][端部])$/.test(x) || /^(TOP|Top)$/.test(x);
const menuTokens = (s: string): string[] => s.split(/[\s|｜/·•・、,，]+/).filter(Boolean);

// Positional (soft) families, then weak evidence last: a line matching a stronger family takes its reason.
FAMILIES.push(
  {
    category: 'navigation',
    rule: 'menu of section names or site links',
    // 本地　民生　文化　评论, 隐私政策 使用条款: at least three items, most of them known section names.
    test: (s, f) => {
      if (f.length > 60 || /[。，；！？:]/.test(s)) return false;
      const t = menuTokens(s);
      if (t.length < 2 || !t.every((x) => x.length <= 6 || siteLink(x))) return false;
      const known = t.filter((x) => SECTIONS.has(x) || siteLink(x)).length;
      const links = t.filter((x) => siteLink(x)).length;
      return (t.length >= 3 && known * 2 >= t.length + 1) || (links >= 2 && links === t.length);
    },
  },
  {
    category: 'spam',
    rule: 'price and promotion line (outside the article)',
    // ￥329.00  券后￥269  会员再享95折: a price with promotion words, or three promotion words.
    soft: 'outside',
    test: (s, f) => {
      if (f.length > 60 || f.sentenceEnd) return false;
      const promo = (s.match(PROMO_RE) ?? []).length;
      return (promo >= 1 && /[￥¥$]\s*\d/.test(s)) || promo >= 3;
    },
  },
  {
    category: 'related-list',
    rule: 'other / more heading (outside the article)',
    // 其他展覽, 更多展覽 ＋ — while 相關活動 may head the article's own section.
    soft: 'outside',
    test: (s, f) => f.length <= 8 && /^(其他|其它|更多|附近|周[边邊]|[邻鄰]近|相[关關]|相似|同[类類])[\u4e00-\u9fff]{2,4}$/.test(bare(s)),
  },
  {
    category: 'navigation',
    rule: 'section names or a site link (outside the article)',
    soft: 'outside',
    test: (s, f) => {
      if (f.length > 24 || /[。，；！？:]/.test(s)) return false;
      const t = menuTokens(bare(s));
      return t.length >= 1 && t.every((x) => SECTIONS.has(x) || SITE_LINKS.has(x)) && (t.length >= 2 || SITE_LINKS.has(t[0]));
    },
  },
  {
    category: 'editor-note',
    rule: 'a date with a clock time (above the article)',
    // 2024-03-05 14:22 above the title is when the page was posted (below the article it is a list's date).
    soft: 'top',
    test: (s) => DATE_CLOCK_LINE_RE.test(s),
  },
  {
    category: 'disclaimer',
    rule: 'a site statement (outside the article)',
    // 新浪声明：此消息系转载自…, 本站声明：…
    soft: 'outside',
    test: (s, f) => f.length >= 12 && /^\S{1,6}(声明|聲明)\s*:/.test(s),
  },
  {
    category: 'navigation',
    rule: 'a breadcrumb ending in the page title (above the article)',
    // 论坛 › 种子交换区 › 【换种】老品种番茄…, 数据结构（第8次开课） > 第三章 栈和队列 > 3.2 栈的应用
    soft: 'top',
    test: (s, f) => {
      if (f.length > 70 || f.sentenceEnd) return false;
      const items = s.split(/\s*[›»＞]\s*|\s+>\s+/).map((x) => x.trim()).filter(Boolean);
      return items.length >= 3 && items.slice(0, -1).every((x) => x.length <= 14) && items[items.length - 1].length <= 40;
    },
  },
  {
    category: 'account-footer',
    rule: COMMENTER_RULE,
    // 小蘋果　2025.01.13, Winnie C.　3個月前
    soft: 'outside',
    test: (s, f) => f.length <= 30 && COMMENTER_GAP_RE.test(s),
  },
  {
    category: 'navigation',
    rule: 'a short breadcrumb (above the article)',
    // 地球環境 / 海洋, 某某論壇 › 看板 biker: two or three short items around / > › with spaces.
    soft: 'top',
    // Not an amount per unit (NT$1,680 / 人).
    test: (s, f) => f.length <= 30 && /^\S{2,8}(\s+[/>›»＞]\s+\S{1,8}(\s\S{1,8})?){1,3}$/.test(s) && !/^\S*\d/.test(s),
  },
  {
    category: 'navigation',
    rule: 'a back link (outside the article)',
    soft: 'outside',
    // 返回看板, 回到列表: back to a part of the site (回到过去 is a heading).
    test: (s, f) =>
      f.length <= 8 && /^(返回|回到)\S{0,2}(看板|列表|首[页頁]|目[录錄]|上[页頁一]|[频頻]道|[栏欄]目|[专專][题題]|[顶頂]部|主[页頁]|[论論][坛壇]|版[块塊面]|分[类類]|[页頁][顶頂首])$/.test(bare(s)),
  },
  {
    category: 'account-footer',
    rule: 'a decoration line (outside the article)',
    // ———, * * *, ~~~: a section break inside the article stays.
    soft: 'outside',
    quiet: true,
    test: (s, f) => f.length >= 1 && f.length <= 40 && !/[\p{L}\p{N}]/u.test(s),
  },
  {
    category: 'account-footer',
    rule: 'control words around a name (outside the article)',
    // 返回某某，查看更多 / 打开某某APP阅读全文 / 下载某某客户端: one short run of other characters, no
    // function character in it, next to two control words. Inside an article 分享阅读心得 is a heading.
    soft: 'outside',
    test: (s, f) => {
      if (f.length > 48 || f.sentenceEnd) return false;
      const w = interfaceWords(s);
      // A long bar needs more controls: 收藏 1,207  分享到 Facebook  LINE  複製連結  列印食譜.
      if (f.length > 24 && w.core < 3) return false;
      return w.core >= 2 && w.restRuns.length === 1 && w.restRuns[0].length <= 4 && features(w.restRuns[0]).functionDensity === 0;
    },
  },
  {
    category: 'account-footer',
    rule: 'a control word with fillers (outside the article)',
    // 更多精彩内容, 收起, 我要留言: one control word, nothing else a sentence needs.
    soft: 'outside',
    test: (s, f) => {
      if (f.length > 20 || f.sentenceEnd || f.han < 2) return false;
      const w = interfaceWords(s);
      return w.rest === 0 && w.core >= 1;
    },
  },
  {
    category: 'navigation',
    rule: 'a menu row led by the home link',
    // 首頁　文章分類　鐵道散策　車站巡禮　關於我: a row that starts at the home page is the site's menu wherever it stands.
    test: (s, f) => {
      if (f.length > 90 || /[。；;！？，,]/.test(s) || !/^(首[页頁]|主[页頁]|網站首頁|网站首页|Home|HOME)(\s{2,}|\u3000|\s*[|｜·・]\s*)/.test(s)) return false;
      const items = s.split(/\s{2,}|\u3000|\s*[|｜·・]\s*/).map((x) => x.trim()).filter(Boolean);
      return items.length >= 4 && items.every((x) => x.replace(/\s/g, '').length <= 8) && !items.slice(1).some((x) => /\d/.test(x));
    },
  },
  {
    category: 'navigation',
    rule: 'a row of short items with wide gaps (above the article)',
    // 食譜分類  料理教室  廚房好物  季節食材 …: four or more short items separated by two spaces,
    // full-width spaces or bars, no sentence in it, above the article. Inside or below an article
    // such a row may be a table (clean.ts also spares rows next to another such row).
    soft: 'top',
    wideRow: true,
    test: (s, f) => {
      if (f.length > 90 || /[。；;！？]/.test(s)) return false;
      const items = s.split(/\s{2,}|\u3000|\s*[|｜]\s*/).map((x) => x.trim()).filter(Boolean);
      if (items.length < 4 || !items.every((x) => x.replace(/\s/g, '').length <= 10)) return false;
      // A row of quantities (份量 4人份 時間 30分鐘) is a table: menu items carry no numbers, save counts in brackets.
      if (items.filter((x) => /\d/.test(x.replace(/[（(][\d.,万萬+]+[)）]/g, ''))).length * 2 >= items.length) return false;
      return items.length >= 5 || !/[，,]/.test(s);
    },
  },
  {
    category: 'related-list',
    rule: 'timestamp / age line',
    weak: true,
    test: (s, f) =>
      f.length <= 40 &&
      (/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?$/.test(s) ||
        /^\S{1,16}(\s+\S{1,10})?\s*[·•|｜]?\s+(\d+\s*(秒|分[钟鐘]|小[时時]|天)前|昨天|前天|\d{1,2}:\d{2})$/.test(s) ||
        /^(\d+\s*(秒|分[钟鐘]|小[时時]|天)前|(昨天|前天)(\s*\d{1,2}:\d{2})?)$/.test(s)),
  },
);

const COMMENTS_HEAD_RE =
  /^(\d[\d,.]*\s*[万萬]?\s*[条條则則个個]\s*([评評][论論]|留言|回[应應复覆]|[评評]价|[评評]價|評語|评语)(\s*[|｜]|$)|(用[户戶]|住客|旅客|[买買]家|[顾顧]客|[学學]員|[学學]员|[学學]生|家[长長]|客人)([评評]价|[评評]價|評語|评语|[评評][论論]|心[声聲]|心得|怎麼說|怎么说)$|^以下[为為是]\S{0,8}([评評][价價论論]|留言|評語|评语)$|\S{0,4}([评評][论論](列表)?|留言([册冊簿板]|列表)?|回[应應]|跟帖|反[馈饋]|意[见見]|[评評]价|[评評]價|[书書影食][评評]|心[声聲]|[讨討][论論]区?|[討讨][論论]區?)\s*[（(][^（()）]{0,8}?[\d,.]+[万萬]?\s*[则則条條个個篇]?\s*[)）]|([评評][论論]|留言|回[应應]|評語|评语)\s*[\d,.]+[万萬]?\s*[则則条條个個]?(\s|$)|(全部|[网網]友|[观觀]众|觀眾|[读讀]者|用[户戶]|最新|[热熱]门|熱門|精[选選])([评評][论論]|留言|[评評]价|[评評]價)|^(商品|[买買]家|用[户戶])?(問與答|问与答|問答|问答)\s*[（(][\d,]+[)）]$)/;

/**
 * Whether a line opens a comment or review section: a comment heading with its count (留言（57）,
 * 觀眾評論（23）), a named comment heading (网友评论), or a tab bar with counts. A like bar that
 * merely has a 留言 button does not.
 */
/** Filters over a list of reviews: 全部 first, then photo, rating or recency tabs. */
export function reviewFilterBar(s: string): boolean {
  const items = s.split(/\s{2,}|\s*[|｜]\s*|　/).filter((x) => x.trim() !== '');
  if (items.length < 2 || items.some((x) => x.length > 10) || /[。，；！？:]/.test(s)) return false;
  return /^全部/.test(items[0] ?? '') && items.slice(1).some((x) => /^(有[图圖]|[晒曬][图圖单單]|追[评評]|[好中差][评評]|中?差評|[好中]評|有照片|有[视視]频|有視頻|\d\s*星|最新)/.test(x));
}

/** A rating with its count of reviews: Google 評分 4.9 ★★★★★（1,046 則評論）. */
function ratingWithCount(s: string, f: LineFeatures): boolean {
  return (
    f.length <= 40 &&
    /([评評][价價分论論]|Google|心得)/.test(s) &&
    /(\d(\.\d)?\s*(★|[／/]\s*5|分|[颗顆]星)|★\s*\d(\.\d)?).{0,12}[（(]\s*(共\s*)?[\d,]+\s*([则則条條人个個])/.test(s)
  );
}

export function opensComments(norm: string, f: LineFeatures): boolean {
  // 小胖RC　發表於 2025-11-18 21:15　4#: a forum post's header; replies below most of the thread are its comments.
  if (f.length <= 50 && /([发發]表[于於]|[发發]帖[于於])\s*\d{4}/.test(norm)) return true;
  // 留言  写留言, 我要评论: a comment bar with its write button opens the section too.
  // A bare comment heading (留言, 評論區) opens the section too: clean.ts asks for comment chrome below it.
  return (f.length <= 30 && COMMENTS_HEAD_RE.test(unframe(norm))) || tabBar(norm, f) || reviewFilterBar(norm) || ratingWithCount(norm, f) || BARE_COMMENTS_RE.test(norm) || (f.length <= 12 && /([写寫]|[发發]表|我要)(留言|[评評][论論])$/.test(norm));
}

/** A numbered step or rule written as a sentence: 1. 关注…公众号，点击菜单…；, 第一步：打开…App，进入…. (4.8分 is a figure.) */
const STEP_RE = /^([(（]?\d{1,2}[.．、)）](?!\d)\s*|第[一二三四五六七八九十\d]{1,3}步\s*:?\s*|[一二三四五六七八九十]{1,3}、\s*)/;

export function matchPattern(norm: string, f: LineFeatures): PatternHit | null {
  // Instructions and house rules are numbered and punctuated; the site's furniture is not. Only
  // markup and spam are judged on such a line.
  // A numbered file (1. 岗位分布图.pdf（下载次数：1207）) is a link, not a step.
  const step = STEP_RE.test(norm) && f.han >= 8 && (f.clausePunct >= 1 || f.terminal) && !/\.(pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar)\b/i.test(norm);
  let first: PatternHit | null = null;
  for (const fam of FAMILIES) {
    if (step && fam.category !== 'html-remnant' && fam.category !== 'spam') continue;
    if (first && (fam.soft || fam.weak)) continue;
    if (!fam.test(norm, f)) continue;
    const hit: PatternHit = { category: fam.category, rule: fam.rule, weak: fam.weak, soft: fam.soft, quiet: fam.quiet, wideRow: fam.wideRow };
    // A rule that holds only outside the article gives way to a later one that holds everywhere.
    if (!fam.soft) return hit;
    first ??= hit;
  }
  return first;
}
