// Families of boilerplate patterns. Each family is a category with a few general shapes
// (a prefix word, a separator structure, a registration number format), written for both
// scripts and common Taiwan/Hong Kong wording. A match is a candidate; clean.ts decides.
import type { CleanCategory } from './categories.js';
import type { LineFeatures } from './features.js';

export interface PatternHit {
  category: CleanCategory;
  /** Which shape matched, for the report. */
  rule: string;
  /** Weak evidence (a bare date): dropped only inside the page footer, never opens it. */
  weak?: boolean;
}

interface Family {
  category: CleanCategory;
  rule: string;
  weak?: boolean;
  test: (norm: string, f: LineFeatures) => boolean;
}

const TAG_RE = /<\/?[a-zA-Z][^<>]{0,300}>|<!--|-->|&nbsp;|&gt;|&lt;/g;

const SPAM_WORDS =
  /无码|無碼|成人|色播|婷婷|久久|精品|[aA]片|午夜|福利|人妻|三级|三級|伦理|倫理|赌场|賭場|百家乐|百家樂|彩票|娱乐平台|娛樂平台|蜘蛛池|日韩|日韓|欧美|歐美|字幕|看片|熟女|av|AV|无码|一区二区|一區二區|黄色|黃色|裸聊|博彩|棋牌/g;

// Words of page controls (share, bookmark, print, font size, reply, report), in both scripts
// and Taiwan wording, optionally with a 点 ("tap") prefix or a counter.
const CONTROL_RE =
  /^([点點]?(分享|收藏|[点點]?[赞贊讚]|在看|[转轉][发發]|[评評][论論]|回[复覆]|引用|[举舉][报報]|[检檢][举舉]|打印|列印|[关關][闭閉]|字[号號级級体體]|大|中|小|微信|微博|朋友圈|QQ|QQ空[间間]|Facebook|Twitter|X|Line|LINE|WhatsApp|Telegram|LinkedIn|Email|E-mail|[电電]郵|[邮郵]件|[复複][制製][链鏈]接|[复複]製[连連]結))?[\d.,万萬]*$/;

const DATE = '\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?';
const DATE_RE = new RegExp(DATE);
const DATE_TIME_RE = new RegExp(`${DATE}\\s*\\d{1,2}:\\d{2}`);

const SEPARATED = (s: string, sep: RegExp, minItems: number, maxItem: number): boolean => {
  const items = s.split(sep).map((x) => x.trim()).filter(Boolean);
  // A Latin word counts as one unit, like one Han character ("Apple Podcasts" is two).
  return items.length >= minItems && items.every((x) => x.replace(/[A-Za-z]+/g, 'w').replace(/\s/g, '').length <= maxItem);
};

// Specific families first: a counter bar or a copyright line can also look like a menu.
const FAMILIES: Family[] = [
  {
    category: 'html-remnant',
    rule: 'markup with little text',
    test: (s) => {
      const tags = s.match(TAG_RE);
      if (!tags) return false;
      const rest = s.replace(TAG_RE, '').replace(/\s/g, '');
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
      (f.length <= 100 && (s.match(/(发布|發布|發佈|[时時][间間]|来源|來源|作者|[编編][辑輯]|[责責][编編]|[浏瀏][览覽]|[点點][击擊])\s*:/g) ?? []).length >= 2) ||
      /^[(（【[]?\s*(编者按|編者按|原[标標][题題]|本文来源|本文來源|文章来源|文章來源|来源|來源|[责責]任[编編][辑輯]|[编編][辑輯]|[转轉][载載]自|本文[转轉][载載]自|出[处處])\s*[:：]/.test(s) ||
      /^本文[转轉][载載]自/.test(s) ||
      /^(文章)?([标標]签|[标標]籤|[关關][键鍵](词|詞|字)|分[类類]|tags?)\s*:/i.test(s),
  },
  {
    category: 'editor-note',
    rule: 'metadata line (several key: value fields, or a byline with a date and time)',
    test: (s, f) =>
      f.length <= 100 &&
      !/[。，；！？]/.test(s) &&
      ((s.match(/(?:^|\s)[\u4e00-\u9fff]{2,5}\s*:\s*\S/g) ?? []).length >= 2 ||
        (f.han >= 2 && DATE_TIME_RE.test(s)) ||
        (f.length <= 30 && f.han >= 2 && f.clausePunct === 0 && DATE_RE.test(s) && /[／/:|]/.test(s))),
  },
  {
    category: 'disclaimer',
    rule: 'disclaimer',
    test: (s) =>
      /^(特[别別][声聲]明|免[责責][声聲]明|[声聲]明|notice|disclaimer|风险提示|風險提示)\s*:/i.test(s) ||
      /(如有侵[权權]|侵[删刪]|[联聯][系繫][删刪]除|仅代表作者|僅代表作者|不代表本([站网網]|平台|[报報])|信息存[储儲]空[间間]服[务務]|資訊儲存空間|投[资資]有[风風][险險]|不构成投资建议|不構成投資建議|the content above|do not necessarily reflect)/i.test(s),
  },
  {
    category: 'copyright',
    rule: 'copyright notice',
    test: (s, f) =>
      (f.length <= 160 && /(版[权權]所有|著作[权權]|all rights reserved|©|copyright)/i.test(s)) ||
      /^版[权權][声聲]明\s*:/.test(s) ||
      /([未非][经經](授[权權]|许可|許可|同意)[^。]{0,20}(不得|禁止|[请請]勿)|不得[转轉][载載]|[转轉][载載][请請][^。]{0,6}(附上|保留|[联聯][系繫])|禁止[转轉][载載]|[转轉][载載][请請][注註]明|版[权權][归歸]|违者必究|違者必究|侵[权權]必究)/.test(s),
  },
  {
    category: 'registration',
    rule: 'ICP / public-security / licence number',
    test: (s, f) =>
      f.length <= 120 &&
      /(ICP[备備证證]|公[网網]安[备備]|[许許]可[证證]|B2-\d{6,}|[经經][营營][许許]可)/i.test(s),
  },
  {
    category: 'account-footer',
    rule: 'account box / next-previous / reading counters',
    test: (s, f) =>
      f.length <= 60 &&
      (/\d+(\.\d+)?万?\s*(文章[数數]|[关關]注度|粉[丝絲]|[阅閱][读讀]量?)/.test(s) ||
        (s.match(/(收藏|[浏瀏][览覽]|[阅閱][读讀]|[评評][论論]|[点點][赞贊讚]|[转轉][发發]|播放|回[复覆]|回帖|[赞讚贊]同|反[对對]|[赞讚])(量|[数數])?\s*[（(]?\s*[\d.,]+[万萬kKwW]?/g) ?? []).length >= 2 ||
        /^((我要|[发發][表布])[评評][论論])/.test(s) ||
        (f.length <= 30 && /[扫掃]一[扫掃]|[关關][注註].{0,2}公[众眾][号號]/.test(s)) ||
        /^[上下]一(篇|[页頁]|主[题題]|章|[条條]|[则則]|帖)/.test(s) ||
        (f.length <= 30 && /^(立即|马上|馬上|[点點][击擊]|欢迎|歡迎|免[费費])?(订阅|訂閱|加入|下[载載])/.test(s) && /(订阅|訂閱|[频頻]道|公[众眾][号號]|APP|App|[专專][页頁]|[电電]子[报報]|社群|群組|会员|會員)/.test(s)) ||
        (f.length <= 20 && /(喜[欢歡]|[觉覺]得).{0,4}(这|這|本)篇/.test(s)) ||
        // A sentence whose verbs are subscribe / rate / share / like is a call to action.
        (f.length <= 40 && /(欢迎|歡迎|记得|記得|[请請]|别忘了|別忘了)[^。]{0,4}(订阅|訂閱|[关關][注註]|[评評]分|分享|[转轉][发發]|[点點][赞贊讚])[^。]{0,12}(订阅|訂閱|[关關][注註]|[评評]分|分享|[转轉][发發]|[点點][赞贊讚]|朋友)/.test(s)) ||
        (f.length <= 30 && /(加入[书書]架|投(推[荐薦])?票|追[蹤踪]我[们們]|[关關][注註]我[们們]的)/.test(s)) ||
        (s.match(/[\d.]+万?\s*[人次]?\s*(关注|關注|[浏瀏][览覽]|[阅閱][读讀]|[评評][论論]|[点點][赞贊讚]|收藏|播放)/g) ?? []).length >= 2 ||
        /(讚好|按讚|[关關][注註]我[们們]|follow us|like us)/i.test(s) ||
        /^(往期回[顾顧]|上一篇|下一篇|[阅閱][读讀]\s*[\d.]+|[评評][论論]\s*[（(]?\d+|[点點]个在看|[点點]個在看|在看|[扫掃]描二[维維]碼|[扫掃]描二[维維]码|[长長]按[识識][别別]|[关關]注(我们|我們|公众号|公眾號))/.test(s) ||
        /(打[开開]APP|打[开開]App|下[载載]APP|APP[专專]享|[点點][赞贊讚]、在看|[关關]注公[众眾][号號])/i.test(s)),
  },
  {
    category: 'contact',
    rule: 'contact / feedback links',
    test: (s, f) =>
      f.length <= 80 &&
      (((f.length <= 12 || /^\S+\s*[:|｜]/.test(s)) &&
        /^(联系我们|聯繫我們|聯系我們|联络我们|聯絡我們|关于我们|關於我們|反[馈饋]|意[见見]反[馈饋]|网站客服|網站客服|在[线線]客服|客服|推[荐薦][订訂][阅閱]|[广廣]告服[务務]|[网網]站地[图圖]|投稿|加入我们|加入我們)/.test(s)) ||
        (f.length <= 40 && /[\w.+-]+@[\w-]+\.[\w.]+/.test(s) && /(合作|投稿|[联聯][系繫]|[邮郵]件|[邮郵]箱|信箱|e-?mail|[广廣]告|[反回][馈饋])/i.test(s)) ||
        /(举报|舉報|客服|投稿|[联聯][系繫]|[热熱][线線]|[电電][话話]|[邮郵]箱|e-?mail)\s*:?\s*[\w.+-]+@|(举报|舉報|客服|[热熱][线線]|[电電][话話]|[邮郵]箱|email)\s*:/i.test(s)),
  },
  {
    category: 'navigation',
    rule: 'breadcrumb',
    test: (s) =>
      /(首[页頁]|主[页頁]|[当當]前位置|[您你]的位置|[频頻]道|正文)/.test(s) &&
      (/[>»›＞→]/.test(s) || SEPARATED(s.replace(/^.*位置\s*:?/, ''), /\s*[/|｜]\s*/, 3, 8)),
  },
  {
    category: 'navigation',
    rule: 'breadcrumb of short items',
    test: (s, f) => f.length <= 60 && SEPARATED(s, /\s*[>»›＞→]\s*/, 3, 10),
  },
  {
    category: 'navigation',
    rule: 'menu of short items',
    test: (s, f) => f.length <= 80 && (SEPARATED(s, /\s*[|｜]\s*/, 3, 8) || SEPARATED(s, /\s+[-–·•]\s+/, 3, 8)),
  },
  {
    category: 'navigation',
    rule: 'site function links',
    // Links are bare words; a sentence that mentions 无障碍 (barrier-free) is prose.
    test: (s, f) =>
      f.length <= 40 &&
      !/[。，；]/.test(s) &&
      /(返回首[页頁]|返回[顶頂]部|回到[顶頂]部|申[请請]入[驻駐]|无障碍|無障礙|[进進]入[关關][怀懷]版|手[机機]版|[电電]脑版|[登注]([录錄]|[册冊])|登入)/.test(s),
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
      (/^[[【(（<]?\s*(图片|圖片|[图圖]|[视視][频頻]|影片|image|img|photo|picture|video|[广廣]告|advertisement|ad|sponsored|[赞贊]助内容|贊助內容)\s*\d*\s*[\]】)）>]?$/i.test(s) ||
        /(点击查看大图|點擊查看大圖|點選檢視大圖|点选查看大图|[视視][频頻]加[载載]中|影片[载載]入中|[图圖]片来源|[图圖]片來源|[图圖]片[由源]|[图圖]\s*\/|^[▲△▼●]\s*[图圖])/.test(s) ||
        /\.(jpe?g|png|gif|webp)$/i.test(s))) ||
      // A caption ending in a picture credit: （圖／管理處提供）, (图片来源：…).
      (f.length <= 60 && /[（(]\s*([图圖]片?|照片|[摄攝]影)\s*[／/:][^）)]*[）)]$/.test(s)),
  },
  {
    category: 'related-list',
    rule: 'related-articles heading',
    test: (s, f) =>
      f.length <= 12 &&
      (/^(相[关關]|[热熱][点點]|[热熱][门門]|推[荐薦]|延伸|猜你|[为為]你|更多|[专專][题題]|精彩|今日)\s*(推[荐薦]|[阅閱][读讀]|文章|新[闻聞]|喜[欢歡]|要[闻聞]|[专專][题題]|内容|內容|[资資][讯訊]|[链鏈]接)\s*:?$/.test(s) ||
        /^\S{2}要[闻聞]$/.test(s) ||
        /^\S{2,6}\s*[（(]\d+[）)]$/.test(s) ||
        /^(相[关關]|其他|更多)(问题|問題|回答)$/.test(s) ||
        (f.length <= 6 && f.clausePunct === 0 && /^\S{2,4}(推[荐薦]|[阅閱][读讀]|文章|新[闻聞]|回[顾顧]|作品|精彩|喜[欢歡])$/.test(s))),
  },
  {
    category: 'related-list',
    rule: 'timestamp / age line',
    weak: true,
    test: (s, f) =>
      f.length <= 40 &&
      (/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?$/.test(s) ||
        /^\S{1,16}\s+(\d+\s*(秒|分[钟鐘]|小[时時]|天)前|昨天|前天|\d{1,2}:\d{2})$/.test(s)),
  },
];

export function matchPattern(norm: string, f: LineFeatures): PatternHit | null {
  for (const fam of FAMILIES) if (fam.test(norm, f)) return { category: fam.category, rule: fam.rule, weak: fam.weak };
  return null;
}
