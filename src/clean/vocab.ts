// Interface vocabulary: the words page chrome is made of (read, share, follow, download, load
// more, comment…) in both scripts. A short line that consists of nothing but these words, digits
// and symbols is a control, a prompt or a counter, whatever its exact phrasing:
// 請繼續往下閱讀…, 点击加载更多, 打开APP阅读全文, （本文共计阅读 1.2万 次）.

/** Words that are the action or object of a page control. */
const CORE = [
  '阅读', '閱讀', '浏览', '瀏覽', '继续', '繼續', '往下', '向下', '下滑', '上滑', '滑动', '滑動', '全文', '原文',
  '展开', '展開', '收起', '更多', '查看', '檢視', '观看', '觀看', '加载', '加載', '載入', '点击', '點擊', '点选',
  '點選', '点此', '點此', '点我', '點我', '轻触', '輕觸', '下载', '下載', '打开', '打開', '客户端', '客戶端',
  '二维码', '二維碼', '扫码', '掃碼', '扫描', '掃描', '长按', '長按', '识别', '識別', '关注', '關注', '追踪',
  '追蹤', '订阅', '訂閱', '分享', '收藏', '点赞', '點讚', '點贊', '按讚', '转发', '轉發', '评论', '評論', '留言',
  '在看', '广告', '廣告', '登录', '登錄', '登入', '注册', '註冊', '返回', '顶部', '頂部', '播放', '收听', '收聽',
  '举报', '舉報', '打赏', '打賞', '赞赏', '讚賞', '置顶', '置頂', '回复', '回覆', '私信', '粉丝', '粉絲', '直播',
  '收看', '热度', '熱度', '人气', '人氣', '点阅', '點閱', '赞同', '贊同', '反对', '反對', '有用', '没用', '沒用',
  '喜欢', '喜歡', '投币', '投幣', '弹幕', '彈幕', '三连', '三連', '爱心', '愛心', '讨论', '討論', '编辑', '編輯',
  '上传', '上傳', '取消', '捲動', '卷动', '滚动', '滾動', '点评', '點評', '转载', '轉載', '听新闻', '聽新聞', '语音播报', '語音播報', '朗读', '朗讀',
  // Shop, review and sign-up controls (after blind batch 5).
  '对比', '對比', '评价', '評價', '好评', '好評', '差评', '差評', '中评', '中評', '晒图', '曬圖', '追评', '追評',
  '有帮助', '有幫助', '没帮助', '沒幫助', '复制', '複製', '列印', '打印', '报名', '報名', '购票', '購票', '预约',
  '預約', '咨询', '諮詢', '查询', '查詢', '购物车', '購物車', '回上一页', '回上一頁', '上一页', '上一頁', '下一页',
  '下一頁', '沟通', '溝通', '投递', '投遞', '追问', '追問',
  // Library, review and listing controls (after blind batch 7).
  '显示', '顯示', '加入', '电邮', '電郵', '引用', '检举', '檢舉', '书评', '書評', '影评', '影評',
];

/** Words that go with controls but say nothing by themselves (please, now, more, here, counts). */
const FILLER = [
  '请', '請', '本文', '本篇', '本页', '本頁', '全部', '所有', '立即', '立刻', '马上', '馬上', '免费', '免費', '精彩',
  '内容', '內容', '我们', '我們', '这里', '這裡', '此处', '此處', '即可', '进入', '進入', '上方', '下方', '按钮',
  '按鈕', '链接', '鏈接', '連結', '次数', '次數', '人次', '次', '人', '万', '萬', '千', '共', '计', '計', '累计',
  '累計', '已', '有', '条', '條', '篇', '个', '個', '看', '点', '點', '可', '以', '到', '欢迎', '歡迎', '记得',
  '記得', '一下', '小程序', '公众号', '公眾號', '网友', '網友', '最新', '热门', '熱門', '文章', '新闻', '新聞',
  '资讯', '資訊', '视频', '視頻', '影片', '手机', '手機', '网页', '網頁', '版', '完整', '剩余', '剩餘', '正在',
  '精选', '精選', '安装', '安裝', '数', '數', '量', '后', '後', '的', '更', '多', '中', '商品', '用户', '用戶', '天',
  '度', '率', '简历', '簡歷', '履歷', '平均', '时间', '時間', '内', '內', '小时', '小時', '分钟', '分鐘',
  '下文', '下去', '其余', '其餘', '此书', '此書', '此则', '此則', '这则', '這則', '此纪录', '此紀錄', '此记录', '书单', '書單',
  '我的', '格式', '页首', '頁首', '照片', '张', '張', '则', '則', '评语', '評語', '按此',
];

/** Names of site sections (news, sports, finance…): menus are made of them, and chrome names them (更多体育新闻). */
export const SECTIONS: ReadonlySet<string> = new Set(
  ('首页 首頁 主页 主頁 新闻 新聞 要闻 要聞 国内 國內 国际 國際 社会 社會 财经 財經 经济 經濟 股票 基金 理财 理財 科技 数码 數碼 ' +
    '手机 手機 汽车 汽車 房产 房產 家居 教育 考试 考試 健康 医疗 醫療 体育 體育 足球 篮球 籃球 娱乐 娛樂 明星 电影 電影 音乐 音樂 ' +
    '时尚 時尚 女性 旅游 旅遊 美食 文化 读书 讀書 历史 歷史 军事 軍事 游戏 遊戲 动漫 動漫 视频 視頻 影音 图片 圖片 直播 专题 專題 ' +
    '评论 評論 观点 觀點 论坛 論壇 博客 部落格 社区 社區 本地 地方 生活 民生 政治 时政 時政 政务 政務 两岸 兩岸 港澳 港闻 港聞 大陆 大陸 ' +
    '台湾 台灣 臺灣 全球 亚洲 亞洲 产经 產經 证券 證券 副刊 专栏 專欄 人物 公益 天气 天氣 星座 育儿 育兒 宠物 寵物 职场 職場 ' +
    '招聘 热点 熱點 即时 即時 焦点 焦點 快讯 快訊 深度 图集 圖集 科学 科學 环境 環境 法治 农业 農業 产业 產業 地产 地產 ' +
    '时评 時評 国际 娱乐 综合 綜合 网球 網球 艺术 藝術 财富 財富 商业 商業 创投 創投 消费 消費 旅行 更多').split(' '),
);

// Longest words first, so 客户端 is taken before 客户 and 点击 before 点.
const FILLERS = [...FILLER, ...SECTIONS, '频道', '頻道', '栏目', '欄目', '专区', '專區', '好友'];
const WORDS = [...CORE.map((w) => [w, true] as const), ...FILLERS.map((w) => [w, false] as const)].sort((a, b) => b[0].length - a[0].length);
const WORD_RE = new RegExp(WORDS.map(([w]) => w).join('|'), 'g');
const CORE_SET = new Set(CORE);
/** Latin words of page controls. */
const LATIN_OK = /^(APP|App|app|QR|AD|Ad|LINE|Line|IG|FB|more|More|MORE|Facebook|Twitter|X|WhatsApp|Telegram|Weibo|WeChat|Email|E|mail|PDF|Threads|Instagram|YouTube|Plurk|Pinterest|Reddit|LinkedIn|Messenger|f|k|K|w|W)$/;

export interface InterfaceWords {
  /** Distinct control words (not fillers) on the line. */
  core: number;
  /** Han characters not covered by the vocabulary, plus Latin words that are not controls. */
  rest: number;
  /** The line has a number (a counter). */
  digits: boolean;
  /** The uncovered Han runs (a brand name in 打开某某APP阅读全文). */
  restRuns: string[];
}

/** How much of a line is interface vocabulary. */
export function interfaceWords(norm: string): InterfaceWords {
  const core = new Set<string>();
  const stripped = norm.replace(WORD_RE, (w) => {
    if (CORE_SET.has(w)) core.add(w);
    return ' ';
  });
  let rest = 0;
  for (const ch of stripped) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) rest++;
  }
  for (const w of stripped.match(/[A-Za-z]+/g) ?? []) if (!LATIN_OK.test(w)) rest++;
  const restRuns = stripped.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
  return { core: core.size, rest, digits: /\d/.test(norm), restRuns };
}
