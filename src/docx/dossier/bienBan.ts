import { explainProposal } from '../../core/explainBallot.js';
import { countText } from '../../core/format.js';
import { BAND_LABELS } from '../../core/labels.js';
import { LONG_DOTS, gap, para, paraOf, type DocBlock, type DocParagraph } from '../_lib/blocks.js';
import { DOC_STYLES as S, officialHeader, signatureCell } from '../_lib/officialParts.js';
import { AWARD_ORDER, NBSP, blocName, nameOf, percent, points, quotedAward, rankOrder, type DossierFacts } from './dossierFacts.js';
import { SIGN_SPACE } from '../../core/pledge/styles.js';

/**
 * The minutes of the bloc's year-end meeting (Biên bản họp bình xét thi đua năm N, DOMAIN.md §10), as blocks:
 * header; time, place, chair, secretary (dotted where the workbook is silent); members present and absent;
 * the ranking table (rank, unit, total, the band of the bloc's scale — never the official rating); for each
 * proposal the secret-ballot result ("bỏ phiếu kín, kết quả …/… phiếu, đạt …%", dotted without a count);
 * the conclusions (proposals, next year's leader and deputy); signatures of the secretary and the chair.
 *
 * @example officialDocument(bienBanBlocks(facts), { title: 'Biên bản họp bình xét thi đua năm 2025' })
 */
export function bienBanBlocks(facts: DossierFacts): DocBlock[] {
  const { input, result, ballot, meeting, next } = facts;
  const { settings } = input;
  const year = settings.year;
  const bloc = blocName(facts);
  const n = input.units.length;
  const absent = new Set(meeting.absent);
  const present = input.units.filter((_, i) => !absent.has(i)).map(nameOf);
  const absentNames = input.units.filter((_, i) => absent.has(i)).map(nameOf);
  const field = (label: string, value: string | null): DocParagraph =>
    paraOf(S.body, [`${label}: `, value ? value.normalize('NFC').trim() : gap(S.body, LONG_DOTS), '.']);

  const out: DocBlock[] = [
    officialHeader({ authority: settings.authority.trim() || null, issuer: bloc, number: { value: null, suffix: '/BB-' }, place: settings.place.trim() || null }),
    para(S.title, 'BIÊN BẢN'),
    para(S.subject, `Họp bình xét thi đua năm ${year}`),
    para(S.subtitle, bloc),
    { kind: 'rule', width: 0.25, spaceAfter: 12 },
    field('Thời gian', meeting.meetingTime),
    field('Địa điểm', meeting.meetingPlace),
    field('Chủ trì', meeting.chair),
    field('Thư ký', meeting.secretary),
    para(S.body, `Thành phần: đại diện lãnh đạo các đơn vị thành viên ${bloc}.`),
    para(S.body, `Có mặt: ${countText(present.length, 'vi')}/${countText(n, 'vi')} đơn vị thành viên: ${present.join('; ')}.`),
    para(S.body, absentNames.length === 0 ? 'Vắng mặt: không có.' : `Vắng mặt: ${countText(absentNames.length, 'vi')} đơn vị: ${absentNames.join('; ')}.`),
    para(S.heading, 'I. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG', { keepNext: true }),
    para(
      S.body,
      `Căn cứ bảng tiêu chí chấm điểm thi đua của Khối (điểm tối đa ${points(result.maxBase)} điểm, chưa kể điểm thưởng), ` +
        `kết quả chấm điểm, xếp hạng các đơn vị thành viên năm ${year} như sau:`,
      { keepNext: true },
    ),
    {
      kind: 'table',
      widths: [0.12, 0.5, 0.16, 0.22],
      header: [[para(S.tableHead, 'Xếp hạng')], [para(S.tableHead, 'Đơn vị')], [para(S.tableHead, 'Tổng điểm')], [para(S.tableHead, 'Xếp loại theo thang điểm của Khối')]],
      rows: rankOrder(result).map((u) => [
        [para(S.tableNumber, u.tied ? `${u.rank} (bằng điểm)` : String(u.rank))],
        [para(S.tableCell, nameOf(u))],
        [para(S.tableNumber, points(u.total))],
        [para(S.tableNumber, BAND_LABELS[u.grade].vi)],
      ]),
    },
    para(
      S.note,
      'Xếp loại trong bảng là xếp loại theo thang điểm của Khối, không phải kết quả đánh giá, xếp loại chính thức ' +
        'của cơ quan có thẩm quyền đối với đơn vị.',
    ),
    para(S.heading, 'II. KẾT QUẢ BỎ PHIẾU KÍN', { keepNext: true }),
  ];

  // The number of voters when the workbook gives it: "09" as a count, "8/9" in a result.
  const voters = ballot.hasBallot || meeting.votersGiven ? String(ballot.voters) : null;
  out.push(
    paraOf(S.body, [
      'Số thành viên bỏ phiếu: ',
      voters ? countText(ballot.voters, 'vi') : gap(S.body),
      `; tỷ lệ phiếu tối thiểu để đề nghị khen thưởng: ${points(ballot.thresholdPercent)}${NBSP}% tổng số thành viên bỏ phiếu (theo quy định của Khối).`,
    ]),
  );
  if (ballot.proposals.length === 0) out.push(para(S.body, 'Không có đơn vị nào đủ điều kiện để bỏ phiếu đề nghị khen thưởng.'));
  ballot.proposals.forEach((p, k) => {
    const head = `${k + 1}. Đề nghị tặng ${quotedAward(p.award)} cho ${nameOf({ name: p.name })}: bỏ phiếu kín, kết quả `;
    const tail = p.tie && p.status === 'pending' ? ` Các đơn vị bằng điểm tại ranh giới số lượng đề nghị: Khối bình xét, quyết định.` : '';
    if (p.votes === null) {
      out.push(paraOf(S.body, [head, gap(S.body), '/', voters ?? gap(S.body), ' phiếu, đạt ', gap(S.body), `${NBSP}%.`, tail]));
    } else {
      // The plain outcomes in a few words; a tie or a flag riding on another vote in the catalogue's sentence.
      const outcome =
        p.reason === 'approved'
          ? 'Đạt tỷ lệ phiếu tối thiểu.'
          : p.reason === 'belowThreshold'
            ? 'Không đạt tỷ lệ phiếu tối thiểu: không đề nghị.'
            : explainProposal(p, ballot.thresholdPercent, 'vi');
      out.push(para(S.body, `${head}${p.votes}/${p.voters} phiếu, đạt ${percent(p.approval ?? 0)}.${outcome ? ` ${outcome}` : ''}${tail}`));
    }
  });

  // ---- conclusions ----------------------------------------------------------------------------
  out.push(para(S.heading, 'III. KẾT LUẬN', { keepNext: true }), para(S.body, `1. Thống nhất đề nghị khen thưởng năm ${year}:`, { keepNext: true }));
  const agreed = ballot.proposals.filter((p) => p.status === 'passed' || (p.status === 'pending' && p.tie === null));
  if (agreed.length === 0) out.push(para(S.body, '- Không có đề nghị khen thưởng.'));
  for (const award of AWARD_ORDER) {
    const list = agreed.filter((p) => p.award === award);
    if (list.length === 0) continue;
    const pending = list.some((p) => p.status === 'pending');
    const verb = award === 'CO_CHINH_PHU' ? 'Suy tôn, đề nghị Ủy ban nhân dân tỉnh xem xét, trình Thủ tướng Chính phủ tặng' : 'Đề nghị tặng';
    out.push(
      para(
        S.body,
        `- ${verb} ${quotedAward(award)}: ${countText(list.length, 'vi')} đơn vị: ${list.map((p) => nameOf({ name: p.name })).join('; ')}` +
          `${pending ? ' (chờ kết quả bỏ phiếu)' : ''}.`,
      ),
    );
  }
  const notMade = ballot.proposals.filter((p) => p.status === 'failed');
  if (notMade.length > 0)
    out.push(para(S.body, `- Không đề nghị (không đạt tỷ lệ phiếu): ${notMade.map((p) => `${nameOf({ name: p.name })} (${quotedAward(p.award)})`).join('; ')}.`));
  const open = ballot.proposals.filter((p) => p.status === 'pending' && p.tie !== null);
  if (open.length > 0)
    out.push(para(S.body, `- Khối bình xét, quyết định đối với các đơn vị bằng điểm: ${[...new Set(open.map((p) => nameOf({ name: p.name })))].join('; ')}.`));
  out.push(
    next
      ? para(S.body, `2. Thống nhất ${nameOf({ name: next.leader })} làm Khối trưởng, ${nameOf({ name: next.deputy })} làm Khối phó năm ${year + 1}.`)
      : paraOf(S.body, ['2. Thống nhất ', gap(S.body, LONG_DOTS), ' làm Khối trưởng, ', gap(S.body, LONG_DOTS), ` làm Khối phó năm ${year + 1}.`]),
    paraOf(
      S.body,
      ['Cuộc họp kết thúc vào hồi ', gap(S.body), ' giờ ', gap(S.body), ` cùng ngày; biên bản đã được thông qua trước các thành viên dự họp./.`],
      { keepNext: true },
    ),
    {
      kind: 'signatures',
      columns: 2,
      signSpace: SIGN_SPACE,
      cells: [signatureCell(['THƯ KÝ'], undefined, meeting.secretary), signatureCell(['CHỦ TRÌ'], undefined, meeting.chair)],
    },
  );
  return out;
}

/** The file name of the minutes: `bien-ban-binh-xet-<N>.docx`. */
export function bienBanFileName(year: number): string {
  return `bien-ban-binh-xet-${year}.docx`;
}

