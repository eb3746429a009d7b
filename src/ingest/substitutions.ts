/**
 * A word that conversion tools (synonym "rewriters", bad dictionaries) are known to put in place of
 * another. It is only suspected where the context says so; the importer flags it, never changes it.
 */
export interface SubstitutionRule {
  /** The word as it appears in the copy. */
  find: string;
  /** The word it most likely replaced. */
  suggest: string;
  /** Suspect it when the text just before matches (tested against up to 8 characters, ending there). */
  before?: RegExp;
  /** Suspect it when the text just after matches (tested against up to 16 characters, from there). */
  after?: RegExp;
}

/** A suspected substitution at `index` of the text. */
export interface SubstitutionHit {
  index: number;
  find: string;
  suggest: string;
}

/**
 * Known pairs, longest first. A rule without `before`/`after` is always suspect; otherwise either
 * matching context makes it suspect. `开展学习`, `开展工作`, `开展活动` are ordinary usage and stay quiet.
 */
export const SUBSTITUTIONS: readonly SubstitutionRule[] = [
  { find: '效劳开展', suggest: '服务发展' },
  { find: '效劳', suggest: '服务' },
  {
    find: '开展',
    suggest: '发展',
    before: /(?:改革|促进|经济|科学|社会|协调|可持续|持续健康|加快|推动|谋|求|共同|和谐|创新|高质量|跨越式|绿色|长远|事业|产业)$/u,
    after: /^(?:环境|战略|大局|稳定|理念|道路|方向|机遇|成果|阶段|积极性|需要|需求|空间|潜力|动力|后劲|速度|的新形势|的长效机制|的大局|的要求|的需要)/u,
  },
  { find: '广阔', suggest: '广大', after: /^(?:党员|干部|群众|人民|职工|机关|青年|农民|党务|师生|官兵|妇女|工人|科技工作者|基层)/u },
  { find: '根底', suggest: '基础' },
  {
    find: '表达',
    suggest: '体现',
    before: /(?:充分|更好地|集中|具体)$/u,
    after: /^(?:了[^。，,；]{0,16}(?:重视|关怀|关心|决心|要求)|时代性|出[^。，,；]{0,8}(?:精神|风貌|特色|水平))/u,
  },
  { find: '标准', suggest: '规范', after: /^(?:和创新|的运作|运作)/u },
  { find: '创立', suggest: '创建', before: /(?:其它|其他|文明单位)$/u, after: /^(?:学习型|活动|文明|和谐|卫生)/u },
  { find: '荣耀感', suggest: '荣誉感' },
  { find: '活泼', suggest: '活跃', after: /^(?:机关|文化|气氛|思想|市场|经济)/u },
  { find: '调协', suggest: '协调' },
  { find: '气氛', suggest: '氛围', before: /(?:创业|良好|学习|浓厚的)$/u },
];

/** Find suspected substitutions in `text`, in text order; overlapping hits keep the longer word. */
export function findSubstitutions(text: string, rules: readonly SubstitutionRule[] = SUBSTITUTIONS): SubstitutionHit[] {
  const taken = new Uint8Array(text.length);
  const hits: SubstitutionHit[] = [];
  for (const rule of rules) {
    for (let i = text.indexOf(rule.find); i >= 0; i = text.indexOf(rule.find, i + 1)) {
      const end = i + rule.find.length;
      if (taken.subarray(i, end).some(Boolean)) continue;
      const context = !rule.before && !rule.after;
      const before = rule.before?.test(text.slice(Math.max(0, i - 8), i)) ?? false;
      const after = rule.after?.test(text.slice(end, end + 16)) ?? false;
      if (!context && !before && !after) continue;
      taken.fill(1, i, end);
      hits.push({ index: i, find: rule.find, suggest: rule.suggest });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
