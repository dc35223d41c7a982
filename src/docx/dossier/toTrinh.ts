import type { Proposal } from '../../core/applyBallot.js';
import { countText } from '../../core/format.js';
import { BAND_WORDS } from '../../core/labels.js';
import { DECISION_DOTS } from '../../core/pledge/buildPledge.js';
import type { UnitResult } from '../../core/result.js';
import { DOTS, LONG_DOTS, gap, para, paraOf, type DocBlock } from '../_lib/blocks.js';
import { DOC_STYLES as S, officialHeader, recipientsBlock, signatureCell, signatureColumn } from '../_lib/officialParts.js';
import {
  AWARD_ORDER,
  basisLines,
  blocName,
  nameOf,
  percent,
  points,
  proposalsToSend,
  quotedAward,
  recipientsOf,
  unitNamed,
  NBSP,
  type DossierFacts,
} from './dossierFacts.js';

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng tỉnh';

/**
 * The bloc leader's submission to the provincial council through Sở Nội vụ (Tờ trình đề nghị khen thưởng,
 * DOMAIN.md §10), as blocks: header, "Kính gửi", the căn cứ lines in force for the review (from the
 * registry, as the pledge), the province's decision on the blocs (dotted when not given) and the meeting's
 * minutes, a summary of the bloc's year, the proposals with one line of reasons each, "Nơi nhận" beside the
 * signature of the leader's head (one row that never splits), then the annex list on a new page
 * (STT, unit, form, total, rank, votes).
 *
 * @example officialDocument(toTrinhBlocks(facts), { title: 'Tờ trình đề nghị khen thưởng năm 2025' })
 */
export function toTrinhBlocks(facts: DossierFacts): DocBlock[] {
  const { input, result, ballot } = facts;
  const { settings } = input;
  const year = settings.year;
  const bloc = blocName(facts);
  const n = input.units.length;
  const unitOf = (p: Proposal): UnitResult => result.units[p.unit]!;
  const sent = proposalsToSend(ballot);
  const leader = unitNamed(input, settings.leader);
  const deputy = unitNamed(input, settings.deputy);
  const voters = ballot.hasBallot || facts.meeting.votersGiven ? String(ballot.voters) : null;

  const decision = (settings.blocDecision ?? '').trim().replace(/^căn cứ\s+/i, '').replace(/[;.,]+$/, '');
  const out: DocBlock[] = [
    officialHeader({ authority: settings.authority.trim() || null, issuer: bloc, number: { value: null, suffix: '/TTr-' }, place: settings.place.trim() || null }),
    para(S.title, 'TỜ TRÌNH'),
    para(S.subject, `Về việc đề nghị khen thưởng năm ${year} cho các đơn vị thuộc ${bloc}`),
    { kind: 'rule', width: 0.25 },
    para(S.addressee, `Kính gửi: ${COUNCIL} (qua Sở Nội vụ).`, { spaceAfter: 6 }),
    ...basisLines(year).map((line) => para(S.basis, line)),
    decision ? para(S.basis, `Căn cứ ${decision};`) : paraOf(S.basis, ['Căn cứ ', gap(S.basis, DECISION_DOTS), ';']),
    paraOf(S.basis, [`Căn cứ Biên bản họp bình xét thi đua năm ${year} của ${bloc} ngày `, gap(S.basis), ` tháng `, gap(S.basis), ` năm `, gap(S.basis), '.']),
  ];

  // ---- the bloc's year ------------------------------------------------------------------------
  const bands = (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const)
    .map((g) => [g, result.units.filter((u) => u.grade === g).length] as const)
    .filter(([, k]) => k > 0)
    .map(([g, k]) => `${countText(k, 'vi')} đơn vị đạt ${BAND_WORDS[g].vi}`);
  out.push(
    para(S.heading, `I. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM ${year}`, { keepNext: true }),
    paraOf(S.body, [
      `Năm ${year}, ${bloc} gồm ${countText(n, 'vi')} đơn vị thành viên, do `,
      leader ? nameOf(leader) : gap(S.body, LONG_DOTS),
      ' làm Khối trưởng, ',
      deputy ? nameOf(deputy) : gap(S.body, LONG_DOTS),
      ' làm Khối phó. Các đơn vị thành viên đã triển khai thực hiện giao ước thi đua năm ' +
        `${year}; cuối năm, Khối tổ chức chấm điểm, xếp hạng theo bảng tiêu chí chấm điểm thi đua của Khối ` +
        `(điểm tối đa ${points(result.maxBase)} điểm, chưa kể điểm thưởng): ${bands.join(', ')} theo thang điểm của Khối.`,
    ]),
    para(
      S.body,
      `Tại cuộc họp bình xét thi đua năm ${year}, các đơn vị thành viên đã bỏ phiếu kín; đề nghị được thông qua khi đạt từ ` +
        `${points(ballot.thresholdPercent)}${NBSP}% tổng số thành viên bỏ phiếu trở lên (theo quy định của Khối).`,
    ),
  );

  // ---- proposals ------------------------------------------------------------------------------
  out.push(
    para(S.heading, 'II. ĐỀ NGHỊ KHEN THƯỞNG', { keepNext: true }),
    para(S.body, `Trên cơ sở kết quả chấm điểm, xếp hạng và bỏ phiếu kín, ${bloc} kính đề nghị ${COUNCIL} xem xét, trình:`, { keepNext: true }),
  );
  if (sent.length === 0) out.push(para(S.body, 'Năm nay Khối không có đề nghị khen thưởng.'));
  let item = 0;
  for (const award of AWARD_ORDER) {
    const list = sent.filter((p) => p.award === award);
    if (list.length === 0) continue;
    item += 1;
    const lead =
      award === 'CO_CHINH_PHU'
        ? `${item}. Ủy ban nhân dân tỉnh xem xét, trình Thủ tướng Chính phủ tặng ${quotedAward(award)}`
        : `${item}. Chủ tịch Ủy ban nhân dân tỉnh tặng ${quotedAward(award)}`;
    out.push(para(S.subheading, `${lead}: ${countText(list.length, 'vi')} đơn vị`, { keepNext: true }));
    for (const p of list) {
      const u = unitOf(p);
      const leading = u.notes.some((note) => (note.kind === 'awarded' || note.kind === 'confirm') && note.award === p.award && note.leading);
      out.push(
        paraOf(S.body, [
          `- ${nameOf(u)}: ${leading ? 'đơn vị dẫn đầu phong trào thi đua của Khối; ' : ''}xếp hạng ${u.rank}/${n}, ` +
            `tổng điểm ${points(u.total)}/${points(result.maxBase)}, ${BAND_WORDS[u.grade].vi} theo thang điểm của Khối; bỏ phiếu kín đạt `,
          ...(p.votes === null
            ? [gap(S.body), '/', voters ?? gap(S.body), ' phiếu.']
            : [`${p.votes}/${p.voters} phiếu (${percent(p.approval ?? 0)}).`]),
        ]),
      );
    }
  }
  out.push(
    para(S.body, '(Có danh sách kèm theo)'),
    para(S.body, `Kính trình ${COUNCIL} xem xét, quyết định./.`, { keepNext: true }),
  );

  // ---- "Nơi nhận" beside the leader's signature: one row, never split, never alone -----------
  const signer = signatureCell(['KHỐI TRƯỞNG', leader ? nameOf(leader) : LONG_DOTS], leader?.signerTitle?.trim() || null, leader?.signer?.trim() || null);
  out.push({ kind: 'columns', widths: [0.45, 0.55], columns: [recipientsBlock(recipientsOf(input)), signatureColumn(signer)] });

  // ---- the annex ------------------------------------------------------------------------------
  out.push(
    para(S.title, `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${year}`, { pageBreakBefore: true }),
    paraOf(S.centredNote, [`(Kèm theo Tờ trình số `, gap(S.centredNote), `/TTr-`, gap(S.centredNote), ` ngày `, gap(S.centredNote), ` tháng `, gap(S.centredNote), ` năm `, gap(S.centredNote), ` của ${bloc})`], {
      spaceAfter: 12,
      keepNext: true,
    }),
    {
      kind: 'table',
      widths: [0.07, 0.3, 0.3, 0.1, 0.09, 0.14],
      header: ['STT', 'Đơn vị', 'Hình thức khen thưởng', 'Tổng điểm', 'Xếp hạng', 'Số phiếu'].map((h) => [para(S.tableHead, h)]),
      rows: sent.map((p, k) => {
        const u = unitOf(p);
        return [
          [para(S.tableNumber, String(k + 1))],
          [para(S.tableCell, nameOf(u))],
          [para(S.tableCell, quotedAward(p.award))],
          [para(S.tableNumber, points(u.total))],
          [para(S.tableNumber, `${u.rank}/${n}`)],
          [p.votes === null ? paraOf(S.tableNumber, [gap(S.tableNumber, DOTS), '/', voters ?? gap(S.tableNumber, DOTS)]) : para(S.tableNumber, `${p.votes}/${p.voters}`)],
        ];
      }),
    },
  );
  return out;
}

/** The file name of the submission: `to-trinh-de-nghi-khen-thuong-<N>.docx`. */
export function toTrinhFileName(year: number): string {
  return `to-trinh-de-nghi-khen-thuong-${year}.docx`;
}
