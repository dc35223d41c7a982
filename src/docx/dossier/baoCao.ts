import type { Proposal } from '../../core/applyBallot.js';
import { foldText } from '../../core/foldText.js';
import { GRADE_LABELS } from '../../core/labels.js';
import type { AwardCode } from '../../core/model.js';
import type { UnitResult } from '../../core/result.js';
import { gap, para, paraOf, type DocBlock, type DocParagraph } from '../_lib/blocks.js';
import { DOC_STYLES as S, officialHeader, signatureCell } from '../_lib/officialParts.js';
import { SIGN_SPACE } from '../../core/pledge/styles.js';
import { BAND_WORDS } from '../../core/labels.js';
import { blocName, nameOf, percent, points, quotedAward, reportDecree, slug, type DossierFacts } from './dossierFacts.js';

/** A full line of dots: the part only the unit can write. */
const WRITE_LINE = '…'.repeat(30);

/**
 * The skeleton of one proposed unit's achievement report (Báo cáo thành tích, DOMAIN.md §10), following the
 * collective form of the appendix of the decree in force for the review (Nghị định 98/2023 for reviews up to
 * 2024, 152/2025 from 2025; the form is cited generically: the registry names no form number). It covers
 * every form proposed for the unit. Filled in from the workbook: the unit's name, the bloc's scores by
 * criteria group, bonus, penalty, total, rank and the band of the bloc's scale, the ballot result, and the
 * awards of the `Lịch sử` sheet. Everything only the unit can write is a marked dotted gap.
 *
 * @example officialDocument(baoCaoBlocks(facts, 0, ['CO_UBND_TINH'], proposals), { title: 'Báo cáo thành tích' })
 */
export function baoCaoBlocks(facts: DossierFacts, unitIndex: number, awards: readonly AwardCode[], proposals: readonly Proposal[]): DocBlock[] {
  const { input, result, ballot } = facts;
  const year = input.settings.year;
  const bloc = blocName(facts);
  const unit = input.units[unitIndex]!;
  const r: UnitResult = result.units[unitIndex]!;
  const name = nameOf(unit);
  const n = input.units.length;
  const decree = reportDecree(year);
  // A line to write on: no first-line indent, so that the dots fill exactly one line.
  const line = { ...S.body, firstLineIndent: 0 };
  const toWrite = (what: string, keepNext = false): DocParagraph[] => [
    para(S.note, `(${what} — phần do đơn vị viết)`, { keepNext: true }),
    paraOf(line, [gap(line, WRITE_LINE)], { keepNext: true }),
    paraOf(line, [gap(line, WRITE_LINE)], { keepNext }),
  ];

  const out: DocBlock[] = [
    officialHeader({ authority: null, issuer: name, place: null }),
    para(S.title, 'BÁO CÁO THÀNH TÍCH'),
    para(S.subject, `Đề nghị tặng ${awards.map(quotedAward).join(' và ')}`),
    para(S.subject, `Thành tích năm ${year}`),
    { kind: 'rule', width: 0.25, spaceAfter: 6 },
    para(
      S.centredNote,
      decree
        ? `(Theo mẫu báo cáo thành tích của tập thể tại Phụ lục ban hành kèm theo ${decree})`
        : '(Theo mẫu báo cáo thành tích của tập thể của văn bản hiện hành)',
      { spaceAfter: 6 },
    ),
    para(S.body, `Tên tập thể đề nghị khen thưởng: ${name}.`),
    para(S.heading, 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { keepNext: true }),
    para(S.subheading, '1. Đặc điểm, tình hình', { keepNext: true }),
    ...toWrite('địa chỉ trụ sở, điện thoại; quá trình thành lập và phát triển; tổ chức bộ máy, số cán bộ, công chức, viên chức, người lao động; tổ chức đảng, đoàn thể; cơ sở vật chất'),
    para(S.subheading, '2. Chức năng, nhiệm vụ', { keepNext: true }),
    ...toWrite('chức năng, nhiệm vụ được giao'),
    para(S.heading, 'II. THÀNH TÍCH ĐẠT ĐƯỢC', { keepNext: true }),
    para(S.subheading, '1. Kết quả thực hiện nhiệm vụ chính trị được giao', { keepNext: true }),
    ...toWrite('kết quả thực hiện các chỉ tiêu, nhiệm vụ năm ' + year + ' (có số liệu so sánh); các giải pháp, mô hình mới'),
    para(S.subheading, `2. Kết quả chấm điểm, xếp hạng thi đua năm ${year} trong ${bloc}`, { keepNext: true }),
  ];

  // Scores by criteria group (Score criteria), then bonus as counted, penalty and total.
  const groups = new Map<string, { got: number; max: number }>();
  input.criteria.forEach((c, i) => {
    if (c.kind !== 'score') return;
    const g = groups.get(c.group) ?? { got: 0, max: 0 };
    groups.set(c.group, { got: g.got + (unit.points[i] ?? 0), max: g.max + (c.max ?? 0) });
  });
  const bonusCap = (input.settings.bonusCapPercent * result.maxBase) / 100;
  const hasBonus = input.criteria.some((c) => c.kind === 'bonus');
  const hasPenalty = input.criteria.some((c) => c.kind === 'penalty');
  const row = (label: string, got: string, max: string, bold = false) => [
    [para(bold ? { ...S.tableCell, bold: true } : S.tableCell, label)],
    [para(bold ? S.tableTotal : S.tableNumber, got)],
    [para(bold ? S.tableTotal : S.tableNumber, max)],
  ];
  out.push(
    {
      kind: 'table',
      widths: [0.56, 0.22, 0.22],
      header: ['Nhóm tiêu chí', 'Điểm đạt', 'Điểm tối đa'].map((h) => [para(S.tableHead, h)]),
      rows: [
        ...[...groups].map(([group, g]) => row(groupLabel(group), points(g.got), points(g.max))),
        ...(hasBonus ? [row('Điểm thưởng (đã tính mức trần)', points(r.bonus), points(bonusCap))] : []),
        ...(hasPenalty ? [row('Điểm trừ', r.penalty > 0 ? `-${points(r.penalty)}` : '0', '')] : []),
        row('Tổng điểm', points(r.total), points(result.maxBase), true),
      ],
    },
    para(
      S.body,
      `Tổng điểm ${points(r.total)}/${points(result.maxBase)}, xếp hạng ${r.rank}/${n}${r.tied ? ' (bằng điểm)' : ''}, ` +
        `${BAND_WORDS[r.grade].vi} theo thang điểm của Khối (xếp loại theo thang điểm của Khối, không phải kết quả đánh giá, xếp loại chính thức).`,
    ),
  );
  for (const p of proposals) {
    out.push(
      p.votes === null
        ? paraOf(S.body, [`Kết quả bỏ phiếu kín đề nghị tặng ${quotedAward(p.award)}: `, gap(S.body), '/', ballot.hasBallot || facts.meeting.votersGiven ? String(ballot.voters) : gap(S.body), ' phiếu.'])
        : para(S.body, `Kết quả bỏ phiếu kín đề nghị tặng ${quotedAward(p.award)}: ${p.votes}/${p.voters} phiếu, đạt ${percent(p.approval ?? 0)}.`),
    );
  }
  out.push(
    para(S.subheading, '3. Thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác xây dựng tổ chức đảng, đoàn thể', { keepNext: true }),
    ...toWrite('đoàn kết nội bộ; tổ chức đảng, đoàn thể; thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí'),
    para(S.heading, 'III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN', { keepNext: true }),
  );

  const key = foldText(unit.name);
  const history = (input.history ?? []).filter((h) => foldText(h.unit) === key).sort((a, b) => a.year - b.year);
  if (history.length > 0) {
    out.push(
      para(S.body, 'Theo trang Lịch sử của sổ theo dõi thi đua của Khối:', { keepNext: true }),
      {
        kind: 'table',
        widths: [0.14, 0.36, 0.5],
        header: ['Năm', 'Xếp loại', 'Hình thức khen thưởng'].map((h) => [para(S.tableHead, h)]),
        rows: history.map((h) => [
          [para(S.tableNumber, String(h.year))],
          [h.grade ? para(S.tableCell, GRADE_LABELS[h.grade].vi) : paraOf(S.tableCell, [gap(S.tableCell)])],
          [h.award.trim() ? para(S.tableCell, h.award.trim()) : paraOf(S.tableCell, [gap(S.tableCell)])],
        ]),
      },
      para(S.note, '(Đơn vị bổ sung số, ngày, tháng, năm của quyết định và cơ quan ban hành.)', { keepNext: true }),
    );
  } else {
    // The last lines go with the signatures: a signature row never opens a page alone.
    out.push(...toWrite('danh hiệu thi đua, hình thức khen thưởng đã nhận; số, ngày, tháng, năm của quyết định; cơ quan ban hành', true));
  }

  // Signatures: the level that confirms (left) and the unit's head (right), in one row that never splits.
  out.push({
    kind: 'signatures',
    columns: 2,
    signSpace: SIGN_SPACE,
    cells: [
      signatureCell(['XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG'], null, null, '(Ký, đóng dấu)'),
      signatureCell([name], unit.signerTitle?.trim() || null, unit.signer?.trim() || null, '(Ký, đóng dấu)'),
    ],
  });
  return out;
}

/** "A" → "Nhóm A"; a group the clerk already named "Nhóm …" stays as typed. */
function groupLabel(group: string): string {
  const g = group.normalize('NFC').trim();
  return /^nhom\b/.test(foldText(g)) ? g : `Nhóm ${g}`;
}

/** The file name of a unit's report: `bao-cao-thanh-tich-<slug>.docx`. */
export function baoCaoFileName(unitName: string): string {
  return `bao-cao-thanh-tich-${slug(unitName)}.docx`;
}

