import { foldText } from '../foldText.js';
import { hasErrors, issue, type Issue, type Result } from '../issue.js';
import { documentsInForce, reviewDate } from '../legal.js';
import type { BlocInput } from '../model.js';
import type { BlocResult } from '../result.js';
import { rotateLeaders, type NextLeaders } from '../rotateLeaders.js';
import { DEFAULT_COMMITMENTS } from './defaultCommitments.js';
import { PLEDGE_PAGE, SIGN_SPACE } from './styles.js';
import type {
  PledgeBlock,
  PledgeDocument,
  PledgeParagraph,
  PledgeRole,
  PledgeRun,
  PledgeSection,
  PledgeSignature,
} from './types.js';

export interface BuildPledgeOptions {
  /**
   * Next year's leader and deputy when the caller already has them (e.g. confirmed in the task pane).
   * Default: `rotateLeaders(input, ranking)` with errors, whose issues join the result.
   */
  readonly leaders?: NextLeaders;
}

/** The canonical name of the optional commitments sheet; the grid layer may replace it with the real one. */
export const PLEDGE_SHEET = 'Giao ước';

/** The dotted line for the province's decision on the blocs (`Quyết định về khối` empty): filled in by hand. */
export const DECISION_DOTS = 'Quyết định số ……/QĐ-UBND ngày …… tháng …… năm …… của Ủy ban nhân dân tỉnh ……';

const DOTS = '……';
/** A dotted line for a signer's title or name missing in the workbook, to fill in by hand. */
export const SIGNATURE_DOTS = '……………………………';

/** `Nơi nhận` when the setting is blank (DOMAIN.md sections 7 and 10: the council, through Sở Nội vụ). */
export const DEFAULT_RECIPIENTS: readonly string[] = [
  'Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)',
  'Các đơn vị thành viên Khối',
  'Lưu: VT, Khối',
];

/**
 * Builds the model of next year's pledge (Giao ước thi đua năm N+1) from the workbook's input and this year's
 * ranking (needed only when the leader is elected), per DOMAIN.md section 7 and Nghị định 30/2020.
 *
 * - Header: authority and bloc name in capitals (left), national name and motto (right), both ruled, then
 *   "{Địa danh}, ngày …… tháng …… năm {N+1}" left blank to fill by hand.
 * - "Căn cứ": the law and decree in force on 1 January of N+1 (`documentsInForce(reviewDate(N))`), by
 *   name or number, date in words and exact title; a document whose text has not been seen is never
 *   printed (a warning says so); the province's decision (`blocDecision`, else a dotted line and a
 *   warning), and the year-N review naming the new leaders.
 * - Commitments: `input.commitments` when present (blank rows dropped, a typed "1." or "-" prefix removed),
 *   else `DEFAULT_COMMITMENTS`; a present but empty list is the error `PLEDGE_NO_COMMITMENTS`.
 * - Signatures: the leader ("KHỐI TRƯỞNG"), the deputy ("KHỐI PHÓ"), then the other units in roster order,
 *   each with its signer's title and name (`Chức vụ người ký`, `Người ký`) or a dotted line.
 * - "Nơi nhận": `settings.recipients`, else `DEFAULT_RECIPIENTS`; "Số: …" under the bloc name when
 *   `Số văn bản` is set.
 *
 * Errors (value null, nothing to write): missing year or bloc name, no units, no commitments, and every
 * rotation error (`rotateLeaders` with severity `error`).
 *
 * @example
 * const r = buildPledge(input, ranking);
 * if (r.ok) r.value.signatories // ['Sở Tư pháp', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Thanh tra tỉnh', …]
 */
export function buildPledge(
  input: BlocInput,
  ranking: BlocResult | null,
  options: BuildPledgeOptions = {},
): Result<PledgeDocument | null> {
  const { settings, units } = input;
  const issues: Issue[] = [];
  const error = (code: Issue['code'], where: Omit<Issue, 'severity' | 'code' | 'params'>): void => {
    issues.push(issue('error', code, {}, where));
  };

  if (!Number.isInteger(settings.year) || settings.year <= 0) error('PLEDGE_YEAR_MISSING', { field: 'setting:year' });
  if (settings.bloc.trim() === '') error('PLEDGE_BLOC_MISSING', { field: 'setting:bloc' });
  if (units.length === 0) error('NO_UNITS', {});

  const commitments = input.commitments === undefined ? DEFAULT_COMMITMENTS : cleanCommitments(input.commitments);
  if (commitments.length === 0) error('PLEDGE_NO_COMMITMENTS', { sheet: PLEDGE_SHEET, field: 'commitments' });

  let leaders = options.leaders ?? null;
  if (!leaders && units.length > 0) {
    const rotation = rotateLeaders(input, ranking);
    issues.push(...rotation.issues);
    leaders = rotation.value;
  }
  // Signing order: leader, deputy, then the roster (names matched as the clerk types them).
  const roster = units.map((u) => foldText(u.name));
  const leaderIndex = leaders ? roster.indexOf(foldText(leaders.leader)) : -1;
  const deputyIndex = leaders ? roster.indexOf(foldText(leaders.deputy)) : -1;
  if (leaders && options.leaders) {
    if (leaderIndex < 0)
      issues.push(issue('error', 'NEXT_LEADER_UNKNOWN', { name: leaders.leader }, { field: 'setting:nextLeader' }));
    if (deputyIndex < 0)
      issues.push(issue('error', 'NEXT_DEPUTY_UNKNOWN', { name: leaders.deputy }, { field: 'setting:nextDeputy' }));
  }
  if (!leaders || leaderIndex < 0 || deputyIndex < 0 || hasErrors(issues)) return { ok: false, value: null, issues };

  const year = settings.year + 1;
  const bloc = blocPhrase(settings.bloc);
  const leader = nfc(units[leaderIndex]!.name);
  const deputy = nfc(units[deputyIndex]!.name);
  const order = [
    leaderIndex,
    deputyIndex,
    ...units.map((_, i) => i).filter((i) => i !== leaderIndex && i !== deputyIndex),
  ];
  const signatories = order.map((i) => nfc(units[i]!.name));

  // ---- header ---------------------------------------------------------------------------------
  const authority = settings.authority.trim();
  if (authority === '') issues.push(issue('warning', 'PLEDGE_AUTHORITY_MISSING', {}, { field: 'setting:authority' }));
  const place = settings.place.trim();
  const documentNumber = (settings.documentNumber ?? '').trim().replace(/^số\s*:?\s*/i, '');
  const left: PledgeBlock[] = [
    ...(authority ? [para('authority', upper(authority))] : []),
    para('blocName', upper(bloc)),
    { kind: 'rule', width: 0.3 },
    ...(documentNumber ? [para('documentNumber', `Số: ${documentNumber}`)] : []),
  ];
  const right: PledgeBlock[] = [
    para('nationalName', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    para('motto', 'Độc lập - Tự do - Hạnh phúc'),
    { kind: 'rule', width: 0.6 },
    paragraph('dateLine', [
      place ? run(place, 'dateLine') : run(DOTS, 'dateLine', true),
      run(`, ngày ${DOTS} tháng ${DOTS} năm ${year}`, 'dateLine'),
    ]),
  ];
  const header: PledgeSection = {
    id: 'header',
    blocks: [{ kind: 'columns', widths: [0.42, 0.58], columns: [left, right] }],
  };

  const title: PledgeSection = {
    id: 'title',
    blocks: [para('title', `GIAO ƯỚC THI ĐUA NĂM ${year}`), para('subtitle', bloc), { kind: 'rule', width: 0.25, spaceAfter: 12 }],
  };

  // ---- Căn cứ ---------------------------------------------------------------------------------
  // Only documents whose text has been seen are printed; an unverified one in force is a warning, never a line.
  const basis: PledgeParagraph[] = [];
  for (const doc of documentsInForce(reviewDate(settings.year))) {
    if (!doc.verified) {
      issues.push(issue('warning', 'PLEDGE_BASIS_UNVERIFIED', { document: doc.short.vi, documentEn: doc.short.en }));
      continue;
    }
    basis.push(para('basis', `Căn cứ ${doc.basis};`));
  }
  const decision = (settings.blocDecision ?? '')
    .trim()
    .replace(/^căn cứ\s+/i, '')
    .replace(/[;.,]+$/, '');
  if (decision) {
    basis.push(para('basis', `Căn cứ ${decision};`));
  } else {
    issues.push(issue('warning', 'PLEDGE_DECISION_MISSING', {}, { field: 'setting:blocDecision' }));
    basis.push(paragraph('basis', [run('Căn cứ ', 'basis'), run(DECISION_DOTS, 'basis', true), run(';', 'basis')]));
  }
  basis.push(
    para(
      'basis',
      `Căn cứ kết quả tổng kết, bình xét thi đua năm ${settings.year} của ${bloc}, ` +
        `trong đó thống nhất ${leader} làm Khối trưởng, ${deputy} làm Khối phó năm ${year}.`,
    ),
  );

  // ---- commitments ----------------------------------------------------------------------------
  const body: PledgeSection = {
    id: 'commitments',
    blocks: [
      para(
        'body',
        `Các đơn vị thành viên ${bloc} thống nhất ký kết giao ước thi đua năm ${year} với các nội dung sau:`,
      ),
      para('heading', 'I. NỘI DUNG GIAO ƯỚC THI ĐUA'),
      ...commitments.map((text, i) => para('commitment', `${i + 1}. ${text}`)),
    ],
  };

  const copies = String(units.length + 1).padStart(2, '0');
  const organisation: PledgeSection = {
    id: 'organisation',
    blocks: [
      para('heading', 'II. TỔ CHỨC THỰC HIỆN'),
      para(
        'body',
        `1. Đơn vị Khối trưởng (${leader}) chủ trì, phối hợp với đơn vị Khối phó (${deputy}) xây dựng kế hoạch hoạt động ` +
          `của Khối năm ${year}; hướng dẫn, theo dõi, đôn đốc các đơn vị thành viên thực hiện giao ước thi đua.`,
      ),
      para(
        'body',
        '2. Khối tổ chức sơ kết 6 tháng và tổng kết, bình xét thi đua cuối năm; việc chấm điểm, xếp hạng ' +
          'thực hiện theo bảng tiêu chí chấm điểm thi đua của Khối.',
      ),
      para(
        'body',
        '3. Thủ trưởng các đơn vị thành viên có trách nhiệm quán triệt, tổ chức thực hiện giao ước thi đua tại đơn vị mình.',
      ),
      para(
        'body',
        `4. Giao ước thi đua được lập thành ${copies} bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản, ` +
          '01 bản gửi Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ) để theo dõi./.',
      ),
    ],
  };

  // ---- signatures and recipients -------------------------------------------------------------
  const cells: PledgeSignature[] = order.map((i, k) => {
    const unit = units[i]!;
    const title = (unit.signerTitle ?? '').trim();
    const signer = (unit.signer ?? '').trim();
    return {
      unit: nfc(unit.name),
      position: k === 0 ? 'leader' : k === 1 ? 'deputy' : 'member',
      name: para('signatureName', upper(unit.name)),
      tag: k === 0 ? para('signatureTag', 'KHỐI TRƯỞNG') : k === 1 ? para('signatureTag', 'KHỐI PHÓ') : null,
      title: para('signatureTitle', title ? upper(title) : SIGNATURE_DOTS),
      signer: para('signer', signer ? nfc(signer) : SIGNATURE_DOTS),
    };
  });
  const signatures: PledgeSection = {
    id: 'signatures',
    blocks: [
      para('signaturesTitle', 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC THI ĐUA'),
      { kind: 'signatures', columns: 2, cells, signSpace: SIGN_SPACE },
    ],
  };
  const recipientList = settings.recipients && settings.recipients.length > 0 ? settings.recipients : DEFAULT_RECIPIENTS;
  const recipients: PledgeSection = {
    id: 'recipients',
    blocks: [
      para('recipientsTitle', 'Nơi nhận:'),
      ...recipientList.map((line, k) =>
        para('recipients', `- ${nfc(line).replace(/[;.,]+$/, '')}${k === recipientList.length - 1 ? '.' : ';'}`),
      ),
    ],
  };

  const value: PledgeDocument = {
    year,
    reviewedYear: settings.year,
    bloc,
    leaders: { ...leaders, leader, deputy },
    signatories,
    commitments,
    commitmentsSource: input.commitments === undefined ? 'default' : 'sheet',
    page: PLEDGE_PAGE,
    sections: [header, title, { id: 'basis', blocks: basis }, body, organisation, signatures, recipients],
  };
  return { ok: !hasErrors(issues), value, issues };
}

/** Drops blank rows and a numbering the clerk typed ("1.", "2)", "-", "•"): the pledge numbers them itself. */
function cleanCommitments(rows: readonly string[]): string[] {
  return rows
    .map((row) =>
      nfc(row)
        .replace(/[\s\u00a0]+/g, ' ')
        .trim()
        .replace(/^(?:\d{1,2}[.)]|[-–—•+*])\s+/, '')
        .trim(),
    )
    .filter((row) => row !== '');
}

/** The bloc as named in running text: "Khối thi đua …" / "Cụm thi đua …" as typed, else "Khối thi đua {name}". */
export function blocPhrase(bloc: string): string {
  const name = nfc(bloc).replace(/\s+/g, ' ').trim();
  return /^(khoi|cum)\b/.test(foldText(name)) ? name : `Khối thi đua ${name}`;
}

/** Vietnamese capitals: `toUpperCase` maps every Vietnamese letter (đ → Đ, ư → Ư, ỷ → Ỷ) without a locale. */
function upper(text: string): string {
  return nfc(text).toUpperCase();
}

function nfc(text: string): string {
  return text.normalize('NFC');
}

function run(text: string, role: PledgeRole, placeholder = false): PledgeRun {
  return placeholder ? { text: nfc(text), role, placeholder } : { text: nfc(text), role };
}

function paragraph(role: PledgeRole, runs: readonly PledgeRun[]): PledgeParagraph {
  return { kind: 'paragraph', role, runs };
}

function para(role: PledgeRole, text: string): PledgeParagraph {
  return paragraph(role, [run(text, role)]);
}
