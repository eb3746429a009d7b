/**
 * Word lists that tell a numbered formulation (数字概括语: `三个结合`, `两大关系`, `“三清”`) from
 * the ordinary numbers around it (`三个月`, `两年`, `五个工作日`, `第三次党代会`, `三点意见`).
 */

/** Chinese numeral characters a formulation starts with. */
export const NUMERAL_CHARS = '一二两三四五六七八九十';

/** Measure words that join a numeral to a concept (`三个结合`, `两大关系`, `八项规定`, `四种危险`). */
export const CONCEPT_MEASURES = new Set(['个', '大', '项', '条', '种']);

/**
 * What may not follow the numeral: units of time, age, money and quantity, counted people and
 * things, approximations (`多`, `余`), ranges (`至`) and `佳` (`十佳…` is an award, not a formulation).
 * `点` is here too: `三点意见` counts the points of a speech; `是`/`要` make enumeration markers (`三是`).
 */
export const STOP_AFTER_NUMERAL = new Set([
  ...'点次名位批件份张本页年月日天周岁元万千百亿届期轮级倍成米分秒至余多户家所台辆把层些佳号篇节章句遍座间回套组段是要',
]);

/** Nouns after a measure word that make a count, not a formulation (`三个月`, `五个工作日`, `六个方面`). */
export const STOP_NOUNS = [
  '月', '年', '日', '小时', '星期', '礼拜', '季度', '世纪', '工作日', '学时', '课时', '以上', '以下', '左右', '多', '余',
  '方面', '问题', '部分', '板块', '阶段', '环节', '步骤', '层次', '单位', '部门', '人', '同志', '党员', '干部', '百分点', '批次',
  '类', '点', '字', '的', '和', '与', '或', '是', '在', '了', '也', '都', '就', '要',
];

/** Characters before a numeral that make it an ordinal or a date (`第三次`, `初三`, `周三`, `星期三`). */
export const ORDINAL_PREFIXES = new Set([...'第初周期']);

/**
 * Words that follow a quoted formulation whose closing quotation mark the copy lost
 * (`“三清活动`, `“四谈心活动`, `“三会一课制度`, `“三个代表重要思想`).
 */
export const QUOTE_SUFFIXES = [
  '活动', '工作', '制度', '进展', '教育', '学习', '要求', '精神', '重要思想', '思想', '建设', '机制', '原则', '规定',
  '的', '是', '为', '和', '与', '等', '中', '上', '里',
];

/** Opening quotation marks. */
export const OPEN_QUOTES = new Set(['“', '"', '「', '『', '‘']);
/** Closing quotation marks. */
export const CLOSE_QUOTES = new Set(['”', '"', '」', '』', '’']);

/** What may not sit inside a two-numeral formulation (`三会一课`, `五位一体`): ranges and time units (`一至两名`, `一年两次`). */
export const STOP_IN_COMPOUND = new Set([...'至到或和与年月日天周岁次多余']);
