import { describe, expect, it } from 'vitest';
import { makeBloc, thamMuuTongHop, THAM_MUU_UNITS } from '../../../tests/fixtures/blocs.js';
import type { PledgeColumns, PledgeParagraph, PledgeSignatures } from './types.js';
import { formatIssue } from '../messages.js';
import { rankBloc } from '../rankBloc.js';
import { buildPledge, DECISION_DOTS, DEFAULT_RECIPIENTS, SIGNATURE_DOTS } from './buildPledge.js';
import { DEFAULT_COMMITMENTS } from './defaultCommitments.js';
import { pledgeToText } from './pledgeToText.js';

const text = (p: PledgeParagraph) => p.runs.map((r) => r.text).join('');
const section = (model: NonNullable<ReturnType<typeof buildPledge>['value']>, id: string) =>
  model.sections.find((s) => s.id === id)!.blocks;
const paragraphs = (model: NonNullable<ReturnType<typeof buildPledge>['value']>, id: string) =>
  section(model, id)
    .filter((b): b is PledgeParagraph => b.kind === 'paragraph')
    .map(text);

/** The example bloc with signers for some units (title and name, title only, nothing). */
const withSigners = (settings = {}) => {
  const input = thamMuuTongHop(settings);
  const signers: Record<string, { signerTitle?: string; signer?: string }> = {
    'Sở Tư pháp': { signerTitle: 'Giám đốc', signer: 'Lê Minh Tuấn' },
    'Thanh tra tỉnh': { signerTitle: 'Chánh Thanh tra' },
    'Sở Nội vụ': { signerTitle: 'Giám đốc', signer: 'Phạm Quốc Dũng' },
  };
  return { ...input, units: input.units.map((u) => ({ ...u, ...signers[u.name] })) };
};

describe('buildPledge — the example bloc', () => {
  const result = buildPledge(withSigners({ documentNumber: '01/GƯ-KTĐ' }), null);
  const model = result.value!;

  it('matches the golden text', async () => {
    expect(result.ok).toBe(true);
    // Tây Ninh's decision on its blocs is not known: a dotted line and a warning, never another province's number.
    expect(result.issues.map((i) => i.code)).toEqual(['PLEDGE_DECISION_MISSING']);
    await expect(pledgeToText(model)).toMatchFileSnapshot('__snapshots__/pledge.txt');
  });

  it('is for year N+1 with the rotated leaders', () => {
    expect(model).toMatchObject({
      year: 2026,
      reviewedYear: 2025,
      leaders: { leader: 'Sở Tư pháp', deputy: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', mode: 'rotate' },
    });
  });

  it('signs leader first, then deputy, then the roster order', () => {
    expect(model.signatories).toEqual([
      'Sở Tư pháp',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      'Thanh tra tỉnh',
      'Văn phòng UBND tỉnh',
      'Sở Tài chính',
      'Sở Nội vụ',
      'Sở Dân tộc và Tôn giáo',
    ]);
    const grid = section(model, 'signatures').find((b): b is PledgeSignatures => b.kind === 'signatures')!;
    expect(grid.cells.map((c) => c.position)).toEqual(['leader', 'deputy', ...Array(5).fill('member')]);
    expect(grid.cells.map((c) => text(c.name))).toEqual(model.signatories.map((s) => s.toUpperCase()));
    expect(model.signatories).toHaveLength(THAM_MUU_UNITS.length);
  });

  it('tags the leader and the deputy; titles in capitals and names from the workbook, else a dotted line', () => {
    const grid = section(model, 'signatures').find((b): b is PledgeSignatures => b.kind === 'signatures')!;
    const cell = (unit: string) => grid.cells.find((c) => c.unit === unit)!;
    expect(grid.cells.map((c) => (c.tag ? text(c.tag) : null))).toEqual(['KHỐI TRƯỞNG', 'KHỐI PHÓ', ...Array(5).fill(null)]);
    expect([text(cell('Sở Tư pháp').title), text(cell('Sở Tư pháp').signer)]).toEqual(['GIÁM ĐỐC', 'Lê Minh Tuấn']);
    expect([text(cell('Thanh tra tỉnh').title), text(cell('Thanh tra tỉnh').signer)]).toEqual(['CHÁNH THANH TRA', SIGNATURE_DOTS]);
    const deputy = 'Văn phòng Đoàn ĐBQH và HĐND tỉnh';
    expect([text(cell(deputy).title), text(cell(deputy).signer)]).toEqual([SIGNATURE_DOTS, SIGNATURE_DOTS]);
    expect(SIGNATURE_DOTS).toMatch(/^…+$/);
    // Never a placeholder word in a signature cell.
    for (const c of grid.cells) expect([text(c.title), text(c.signer)].join(' ')).not.toMatch(/THỦ TRƯỞNG|họ và tên|\(|\)/i);
  });

  it('writes the header of Nghị định 30/2020 with rules and a date line to fill by hand', () => {
    const columns = section(model, 'header')[0] as PledgeColumns;
    expect(columns.kind).toBe('columns');
    const [left, right] = columns.columns;
    expect(left.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'rule', 'paragraph']);
    expect(text(left[3] as PledgeParagraph)).toBe('Số: 01/GƯ-KTĐ');
    expect(left.slice(0, 2).map((b) => text(b as PledgeParagraph))).toEqual([
      'UBND TỈNH TÂY NINH',
      'KHỐI THI ĐUA CÁC CƠ QUAN THAM MƯU - TỔNG HỢP',
    ]);
    expect(right.map((b) => (b.kind === 'paragraph' ? text(b) : b.kind))).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'rule',
      'Tây Ninh, ngày …… tháng …… năm 2026',
    ]);
  });

  it('cites the law and decree in force on 1 January of N+1, the decision and the review', () => {
    expect(paragraphs(model, 'basis')).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      `Căn cứ ${DECISION_DOTS};`,
      'Căn cứ kết quả tổng kết, bình xét thi đua năm 2025 của Khối thi đua các cơ quan Tham mưu - Tổng hợp, trong đó thống nhất Sở Tư pháp làm Khối trưởng, Văn phòng Đoàn ĐBQH và HĐND tỉnh làm Khối phó năm 2026.',
    ]);
  });

  it('numbers the default commitments after the intro sentence', () => {
    expect(model.commitments).toEqual(DEFAULT_COMMITMENTS);
    expect(model.commitmentsSource).toBe('default');
    const body = paragraphs(model, 'commitments');
    expect(body[0]).toBe(
      'Các đơn vị thành viên Khối thi đua các cơ quan Tham mưu - Tổng hợp thống nhất ký kết giao ước thi đua năm 2026 với các nội dung sau:',
    );
    expect(body.slice(2)).toEqual(DEFAULT_COMMITMENTS.map((c, i) => `${i + 1}. ${c}`));
  });

  it('says how the pledge is carried out: leader coordinates, 6-month and year-end reviews, criteria sheet', () => {
    const org = paragraphs(model, 'organisation').join('\n');
    expect(org).toContain('II. TỔ CHỨC THỰC HIỆN');
    expect(org).toContain('Đơn vị Khối trưởng (Sở Tư pháp) chủ trì');
    expect(org).toContain('sơ kết 6 tháng và tổng kết');
    expect(org).toContain('bảng tiêu chí chấm điểm');
    // One copy per member (7) and one for the Council: 08.
    expect(org).toContain('lập thành 08 bản');
    expect(paragraphs(model, 'recipients')).toEqual([
      'Nơi nhận:',
      '- Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ);',
      '- Các đơn vị thành viên Khối;',
      '- Lưu: VT, Khối.',
    ]);
    expect(DEFAULT_RECIPIENTS).toHaveLength(3);
  });

  it('takes "Nơi nhận" from the settings, punctuated as officials do', () => {
    const custom = buildPledge(thamMuuTongHop({ recipients: ['Sở Nội vụ tỉnh Tây Ninh', 'Các đơn vị thành viên;', 'Lưu: VT'] }), null).value!;
    expect(paragraphs(custom, 'recipients')).toEqual([
      'Nơi nhận:',
      '- Sở Nội vụ tỉnh Tây Ninh;',
      '- Các đơn vị thành viên;',
      '- Lưu: VT.',
    ]);
  });

  it('offers concrete default commitments (targets, Hồ Chí Minh, office culture, "Vì người nghèo")', () => {
    const all = DEFAULT_COMMITMENTS.join(' ');
    for (const needle of ['100%', 'ít nhất 01 đơn vị hoàn thành xuất sắc nhiệm vụ', 'tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'văn hóa công sở', 'chuyển đổi số', 'phòng, chống tham nhũng', '“Vì người nghèo”', 'hoạt động chung của Khối', 'đúng thời hạn']) {
      expect(all).toContain(needle);
    }
  });

  it('uses A4 portrait, Times New Roman and the margins of section 7', () => {
    expect(model.page).toEqual({
      paper: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      font: 'Times New Roman',
      pageNumbers: 'fromSecondPage',
    });
  });
});

describe('buildPledge — rules', () => {
  it('uppercases Vietnamese names, đ included, keeping the clerk\'s spelling', () => {
    const input = makeBloc(['Đảng ủy Khối các cơ quan tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'Trường Chính trị tỉnh'], {
      leader: 'Trường Chính trị tỉnh',
      deputy: 'Đảng ủy Khối các cơ quan tỉnh',
      bloc: 'Khối thi đua số 2',
      authority: 'UBND tỉnh Đắk Nông',
    });
    const model = buildPledge(input, null).value!;
    const grid = section(model, 'signatures')[1] as PledgeSignatures;
    expect(grid.cells.map((c) => text(c.name))).toEqual([
      'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH',
      'ỦY BAN MTTQ VIỆT NAM TỈNH',
      'TRƯỜNG CHÍNH TRỊ TỈNH',
    ]);
    const left = (section(model, 'header')[0] as PledgeColumns).columns[0];
    expect(text(left[0] as PledgeParagraph)).toBe('UBND TỈNH ĐẮK NÔNG');
  });

  it('normalises decomposed (NFD) input to NFC', () => {
    const model = buildPledge(thamMuuTongHop({ place: 'Tây Ninh'.normalize('NFD') }), null).value!;
    const right = (section(model, 'header')[0] as PledgeColumns).columns[1];
    expect(text(right[3] as PledgeParagraph)).toBe('Tây Ninh, ngày …… tháng …… năm 2026');
  });

  it('says "Khối thi đua" before a bare bloc name', () => {
    const model = buildPledge(thamMuuTongHop({ bloc: 'Tham mưu - Tổng hợp' }), null).value!;
    expect(model.bloc).toBe('Khối thi đua Tham mưu - Tổng hợp');
    expect(buildPledge(thamMuuTongHop({ bloc: 'Cụm thi đua số 3' }), null).value!.bloc).toBe('Cụm thi đua số 3');
  });

  it('leaves a dotted line for a missing decision, place and authority, with warnings', () => {
    const r = buildPledge(thamMuuTongHop({ blocDecision: null, place: '', authority: ' ' }), null);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.field])).toEqual([
      ['PLEDGE_AUTHORITY_MISSING', 'warning', 'setting:authority'],
      ['PLEDGE_DECISION_MISSING', 'warning', 'setting:blocDecision'],
    ]);
    const model = r.value!;
    const decision = section(model, 'basis')[2] as PledgeParagraph;
    expect(text(decision)).toBe(`Căn cứ ${DECISION_DOTS};`);
    expect(decision.runs.filter((x) => x.placeholder).map((x) => x.text)).toEqual([DECISION_DOTS]);
    expect(DECISION_DOTS).not.toMatch(/cần|bổ sung/);
    const [left, right] = (section(model, 'header')[0] as PledgeColumns).columns;
    expect(left.map((b) => b.kind)).toEqual(['paragraph', 'rule']);
    expect(text(right[3] as PledgeParagraph)).toBe('……, ngày …… tháng …… năm 2026');
  });

  it('accepts a decision typed with "Căn cứ" and a final semicolon', () => {
    const model = buildPledge(
      thamMuuTongHop({ blocDecision: 'Căn cứ Quyết định số 1/QĐ-UBND ngày 2/1/2024;' }),
      null,
    ).value!;
    expect(paragraphs(model, 'basis')[2]).toBe('Căn cứ Quyết định số 1/QĐ-UBND ngày 2/1/2024;');
  });

  it('cites the documents in force for other years; an unverified one is never printed, only warned about', () => {
    const old = buildPledge(thamMuuTongHop({ year: 2022 }), null).value!;
    expect(paragraphs(old, 'basis').slice(0, 2)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ]);
    const mid = buildPledge(thamMuuTongHop({ year: 2023 }), null).value!;
    expect(paragraphs(mid, 'basis')[1]).toBe(
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    );
    const later = buildPledge(thamMuuTongHop({ year: 2026 }), null);
    expect(later.ok).toBe(true);
    expect(paragraphs(later.value!, 'basis').slice(0, 2)).toEqual(paragraphs(buildPledge(thamMuuTongHop(), null).value!, 'basis').slice(0, 2));
    expect(paragraphs(later.value!, 'basis').join(' ')).not.toMatch(/2026\/QH|sửa đổi|cần kiểm tra/);
    expect(later.issues.map((i) => [i.code, i.severity])).toContainEqual(['PLEDGE_BASIS_UNVERIFIED', 'warning']);
    expect(later.value!.year).toBe(2027);
  });

  it('replaces the defaults with the Giao ước sheet, dropping blank rows and typed numbers', () => {
    const model = buildPledge(
      thamMuuTongHop(
        {},
        { commitments: ['1. Hoàn thành kế hoạch năm.', '', '  ', '- Giữ vững đoàn kết.', '100% hồ sơ trực tuyến.'] },
      ),
      null,
    ).value!;
    expect(model.commitments).toEqual(['Hoàn thành kế hoạch năm.', 'Giữ vững đoàn kết.', '100% hồ sơ trực tuyến.']);
    expect(model.commitmentsSource).toBe('sheet');
    expect(paragraphs(model, 'commitments').slice(2)).toEqual([
      '1. Hoàn thành kế hoạch năm.',
      '2. Giữ vững đoàn kết.',
      '3. 100% hồ sơ trực tuyến.',
    ]);
  });

  it('refuses an empty Giao ước sheet, naming it', () => {
    const r = buildPledge(thamMuuTongHop({}, { commitments: ['', ' '] }), null);
    expect(r).toMatchObject({ ok: false, value: null });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'PLEDGE_NO_COMMITMENTS', severity: 'error', sheet: 'Giao ước' }),
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toMatch(/^Trang "Giao ước": /);
  });

  it('refuses a missing year or bloc name', () => {
    const r = buildPledge(thamMuuTongHop({ year: Number.NaN, bloc: '' }), null);
    expect(r).toMatchObject({ ok: false, value: null });
    expect(r.issues.map((i) => [i.code, i.field])).toEqual([
      ['PLEDGE_YEAR_MISSING', 'setting:year'],
      ['PLEDGE_BLOC_MISSING', 'setting:bloc'],
    ]);
  });

  it('refuses a bloc without units', () => {
    expect(buildPledge(makeBloc([]), null).issues.map((i) => i.code)).toEqual(['NO_UNITS']);
  });

  it('turns every rotation problem into an error (leader not in the roster, too few units)', () => {
    const unknown = buildPledge(thamMuuTongHop({ leader: 'Sở Công Thương' }), null);
    expect(unknown).toMatchObject({ ok: false, value: null });
    expect(unknown.issues).toEqual([
      expect.objectContaining({ code: 'LEADER_UNKNOWN', severity: 'error', field: 'setting:leader' }),
    ]);
    const small = buildPledge(makeBloc(['A', 'B'], { leader: 'A', deputy: 'B' }), null);
    expect(small.issues.map((i) => i.code)).toEqual(['ROTATION_TOO_FEW_UNITS']);
  });

  it('elects from the ranking and honours overrides', () => {
    const input = thamMuuTongHop({ leaderSelection: 'elect' });
    const elected = buildPledge(input, rankBloc(input).value).value!;
    expect(elected.signatories.slice(0, 2)).toEqual(['Sở Nội vụ', 'Văn phòng UBND tỉnh']);
    const overridden = buildPledge(
      thamMuuTongHop({ nextLeader: 'so dan toc va ton giao', nextDeputy: 'Thanh tra tỉnh' }),
      null,
    ).value!;
    expect(overridden.leaders.mode).toBe('override');
    expect(overridden.signatories.slice(0, 3)).toEqual(['Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh']);
  });

  it('takes leaders given by the caller, checking them against the roster', () => {
    const given = {
      leader: 'so tai chinh',
      deputy: 'Sở Nội vụ',
      mode: 'override',
      sources: { leader: 'override', deputy: 'override' },
    } as const;
    const r = buildPledge(thamMuuTongHop({ leader: null, deputy: null }), null, { leaders: given });
    expect(r.ok).toBe(true);
    expect(r.value!.leaders).toMatchObject({ leader: 'Sở Tài chính', deputy: 'Sở Nội vụ' });
    const bad = buildPledge(thamMuuTongHop(), null, { leaders: { ...given, deputy: 'Sở Y tế' } });
    expect(bad.issues.map((i) => i.code)).toEqual(['NEXT_DEPUTY_UNKNOWN']);
  });

  it('never mutates its input', () => {
    const input = thamMuuTongHop({}, { commitments: ['1. A'] });
    const copy = structuredClone(input);
    buildPledge(input, rankBloc(input).value);
    expect(input).toEqual(copy);
  });
});
