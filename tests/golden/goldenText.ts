/**
 * The golden explanations of issue 9: for each review year, two blocs that between them take every award
 * path (flag leader, flag non-leader under a quota of 2, Government flag with and apart from the provincial
 * flag, Bằng khen, held, disciplined, below the grade, official rating given, flag to be confirmed, a flag
 * prerequisite failed, a tie at a quota, the women's priority between equal units), explained in Vietnamese and English, with the run's issues.
 * `explanations.test.ts` compares them with tests/golden/*.txt; `UPDATE_GOLDEN=1` rewrites the files.
 */
import { createExplainer } from '../../src/core/createExplainer.js';
import { formatIssue } from '../../src/core/messages.js';
import type { Lang, Settings } from '../../src/core/model.js';
import { rankBloc } from '../../src/core/rankBloc.js';
import { makeBloc, type UnitSpec } from '../helpers/makeBloc.js';

export const GOLDEN_YEARS = [2017, 2022, 2023, 2024, 2025, 2026] as const;

/** Ten units on a 100-point scale (A 60, B 40, bonus up to 20). */
const UNITS: readonly UnitSpec[] = [
  { name: 'Sở Nội vụ', points: [58, 39, 4, 0] },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh', points: [57, 38, 2, 0], discipline: 'review' },
  { name: 'Sở Tư pháp', points: [57, 37, 1, 0], strongOrganisations: null, officialGrade: 'HTXSNV' },
  { name: 'Sở Tài chính', points: [56, 37, 1, 0], discipline: true },
  { name: 'Thanh tra tỉnh', points: [56, 36, 0, 0], exceededTargets: false },
  { name: 'Sở Ngoại vụ', points: [55, 35, 0, 0], officialGrade: 'HTTNV' },
  { name: 'Ban Dân tộc tỉnh', points: [56, 35, 0, 0] },
  { name: 'Sở Xây dựng', points: [56, 35, 0, 0] },
  { name: 'Báo tỉnh', points: [40, 30, 2.5, 1], womenPercent: 45 },
  // Equal to Báo tỉnh on every criterion but the women's share: the women's priority decides.
  { name: 'Đài Phát thanh và Truyền hình tỉnh', points: [40, 30, 2.5, 1], womenPercent: 72 },
];

const SCENARIOS: readonly { readonly title: string; readonly settings: Partial<Settings> }[] = [
  {
    title: '02 Cờ thi đua của Ủy ban nhân dân tỉnh, 02 Bằng khen; Cờ thi đua của Chính phủ kèm Cờ tỉnh',
    settings: { provincialFlags: 2, certificates: 2, governmentFlagWithProvincial: true },
  },
  {
    title: '01 Cờ thi đua của Ủy ban nhân dân tỉnh, Bằng khen tự động; Cờ thi đua của Chính phủ riêng',
    settings: { provincialFlags: 1, certificates: 'auto', governmentFlagWithProvincial: false },
  },
];

/** The golden text of one review year in one language. */
export function goldenText(year: number, lang: Lang): string {
  const out: string[] = [`# Review of ${year} (documents in force on 01/01/${year + 1}), ${lang}`];
  for (const scenario of SCENARIOS) {
    const input = makeBloc(UNITS, { year, bloc: 'Khối thi đua các cơ quan Tham mưu - Tổng hợp', ...scenario.settings });
    const ranked = rankBloc(input, { lang });
    out.push('', `## ${scenario.title}`);
    const result = ranked.value;
    if (!result) throw new Error(`golden bloc of ${year} did not rank`);
    const explain = createExplainer(result, lang);
    for (const pos of Array.from(result.order)) {
      const u = result.units[pos]!;
      out.push('', `[${u.name}] ${u.awards.join(' + ') || '—'}`, explain(pos));
    }
    out.push('', '### Issues');
    for (const issue of ranked.issues) out.push(`- ${issue.severity} ${issue.code}: ${formatIssue(issue, lang)}`);
  }
  return `${out.join('\n')}\n`;
}
