import type { Criterion, Lang, Settings } from '../core/model.js';
import { DEFAULT_SETTINGS, PRESET_CRITERIA } from '../core/preset.js';
import { DEFAULT_VOTE_THRESHOLD } from '../core/applyBallot.js';
import { AWARD_LABELS } from '../core/labels.js';
import { AWARD_CODES, type AwardCode } from '../core/model.js';
import type { BlocResult } from '../core/result.js';
import { PENDING_TIE_LABEL } from './resultWrites.js';
import { BALLOT_COLUMNS } from './names.js';
import { formatTieBreakOrder } from '../core/tieBreakers.js';
import {
  KIND_NAMES,
  LEADER_SELECTION_NAMES,
  SCORE_COLUMNS,
  SETTING_ITEMS,
  SETTINGS_COLUMNS,
  CRITERIA_COLUMNS,
  SHEET_NAMES,
  YES_NO_NAMES,
  DISCIPLINE_REVIEW_NAMES,
  type SettingKey,
} from './names.js';
import type { CellStyle, SheetSpec, SpecCell, SpecValidation } from './sheetSpec.js';

export interface TemplateSheetsOptions {
  readonly lang: Lang;
  /** Empty numbered unit rows in `Chấm điểm` (a negative or fractional count is taken as its whole part ≥ 0). */
  readonly units: number;
  readonly year?: number;
  readonly bloc?: string;
  /** Criteria to lay out; the preset's by default. */
  readonly criteria?: readonly Criterion[];
}

const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: 'DDEBF7',
  wrap: true,
  horizontal: 'center',
  vertical: 'middle',
  border: ['top', 'bottom', 'left', 'right'],
};
const BORDER: CellStyle = { border: ['top', 'bottom', 'left', 'right'], vertical: 'middle' };
const WRAP: CellStyle = { ...BORDER, wrap: true };
/** Rows of room left under the preset criteria for the bloc's own. */
const SPARE_CRITERIA_ROWS = 20;

const SETTING_HELP: Readonly<Record<SettingKey, Readonly<Record<Lang, string>>>> = {
  year: { vi: 'Năm được chấm điểm (bắt buộc), ví dụ 2025', en: 'The year being scored (required), e.g. 2025' },
  bloc: { vi: 'Tên khối, cụm thi đua (bắt buộc)', en: 'Name of the bloc or cluster (required)' },
  authority: {
    vi: 'Cơ quan chủ quản, in trên tên khối ở giao ước, ví dụ "UBND TỈNH TÂY NINH"',
    en: 'Authority printed above the bloc name in the pledge',
  },
  place: { vi: 'Địa danh ở dòng ngày tháng, ví dụ "Tây Ninh"', en: 'Place in the date line, e.g. "Tây Ninh"' },
  leader: {
    vi: 'Đơn vị khối trưởng năm nay (đúng tên ở trang Chấm điểm)',
    en: "This year's leader (as named in the scores sheet)",
  },
  deputy: { vi: 'Đơn vị khối phó năm nay', en: "This year's deputy" },
  leaderSelection: { vi: 'Luân phiên hoặc Bầu', en: 'Rotate or Elect' },
  provincialFlags: {
    vi: 'Số Cờ thi đua của Ủy ban nhân dân tỉnh: 01 cho đơn vị dẫn đầu Khối (Điều 26 Luật Thi đua, khen thưởng 2022); chỉ ghi số lớn hơn khi tỉnh có quy định',
    en: 'Provincial flags: 1, for the unit leading the Bloc (Article 26 of the 2022 Law); more only if the province sets it',
  },
  certificates: {
    vi: 'Ghi số Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo quy định của tỉnh (không có văn bản chung quy định số lượng). Để trống hoặc "Tự động": mặc định của BlocRank (từ 10 đơn vị: 03, 6–9 đơn vị: 02, đến 5 đơn vị: 01)',
    en: 'The number of certificates the province sets (no general text sets it). Blank or "Auto": BlocRank\'s default (10+ units: 3, 6–9: 2, up to 5: 1)',
  },
  nominateGovernmentFlag: {
    vi: 'Có: đề nghị Cờ thi đua của Chính phủ cho đơn vị dẫn đầu',
    en: "Yes: nominate the leading unit for the Government's flag",
  },
  governmentFlagWithProvincial: {
    vi: 'Có: đơn vị được đề nghị Cờ Chính phủ cũng nhận Cờ tỉnh; Không: Cờ tỉnh dành cho các đơn vị tiếp theo',
    en: 'Yes: the Government-flag nominee also takes a provincial flag; No: provincial flags go to the next units',
  },
  'bands.excellent': {
    vi: 'Tổng điểm từ mức này (% điểm tối đa) trở lên: Hoàn thành xuất sắc nhiệm vụ',
    en: 'Total at or above this % of the maximum: completed tasks excellently',
  },
  'bands.good': { vi: 'Từ mức này: Hoàn thành tốt nhiệm vụ', en: 'At or above: completed tasks well' },
  'bands.complete': {
    vi: 'Từ mức này: Hoàn thành nhiệm vụ; dưới mức này: Không hoàn thành nhiệm vụ',
    en: 'At or above: completed tasks; below: did not complete tasks',
  },
  bonusCapPercent: {
    vi: 'Điểm thưởng tính tối đa bằng % này của điểm tối đa',
    en: 'Bonus counted up to this % of the maximum',
  },
  awardGrade: { vi: 'Xếp loại thấp nhất được đề nghị khen thưởng', en: 'Lowest grade that may receive an award' },
  tieBreak: {
    vi: 'Tiêu chí ưu tiên khi bằng điểm, theo thứ tự, cách nhau bởi dấu ; (mặc định của BlocRank; "Tỷ lệ nữ" luôn xét sau cùng)',
    en: 'Tie-break criteria for equal totals, in order, separated by ; (BlocRank\'s default; "Women %" always last)',
  },
  nextLeader: {
    vi: 'Ghi để chỉ định khối trưởng năm sau (bỏ trống: luân phiên hoặc bầu)',
    en: "Fill in to name next year's leader (blank: rotate or elect)",
  },
  nextDeputy: { vi: 'Ghi để chỉ định khối phó năm sau', en: "Fill in to name next year's deputy" },
  blocDecision: {
    vi: 'Quyết định của tỉnh về các khối thi đua, trích trong giao ước (để trống: giao ước để dòng chấm)',
    en: "The province's decision on the blocs, cited in the pledge (blank: a dotted line)",
  },
  recipients: {
    vi: 'Nơi nhận của giao ước, cách nhau bởi dấu ; (để trống: Ban Thi đua - Khen thưởng; các đơn vị thành viên Khối; Lưu)',
    en: 'Recipients of the pledge, separated by ; (blank: the emulation board; the member units; file copy)',
  },
  documentNumber: {
    vi: 'Số văn bản của giao ước, ví dụ "01/GƯ-KTĐ" (để trống: không in dòng số)',
    en: 'The pledge\'s number, e.g. "01/GƯ-KTĐ" (blank: no number line)',
  },
  voters: {
    vi: 'Số thành viên có quyền bỏ phiếu ở cuộc họp cuối năm (bỏ trống: bằng số đơn vị)',
    en: 'Members entitled to vote at the year-end meeting (blank: the number of units)',
  },
  voteThreshold: {
    vi: 'Tỷ lệ phiếu đồng ý tối thiểu để đề nghị khen thưởng, % số thành viên bỏ phiếu (theo quy định của Khối; mức 80 % theo thực tiễn, chưa được xác nhận theo Nghị định số 152/2025/NĐ-CP)',
    en: "Approving votes needed for a proposal, % of the voters (the bloc's rule; 80 % is practice, not confirmed under Decree 152/2025/NĐ-CP)",
  },
  absentMembers: {
    vi: 'Các đơn vị vắng mặt ở cuộc họp, cách nhau bởi dấu ;',
    en: 'Units absent from the meeting, separated by ;',
  },
  meetingTime: { vi: 'Thời gian họp bình xét, ví dụ "14 giờ 00, ngày 15/12/2025"', en: 'Time of the year-end meeting' },
  meetingPlace: { vi: 'Địa điểm họp bình xét', en: 'Place of the year-end meeting' },
  chair: { vi: 'Người chủ trì cuộc họp (họ tên, chức vụ)', en: 'Who chairs the meeting (name, title)' },
  secretary: { vi: 'Thư ký cuộc họp (họ tên, chức vụ)', en: 'Secretary of the meeting (name, title)' },
};

/** English descriptions of the preset criteria (the preset is written in Vietnamese). */
const PRESET_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  A1: 'Political tasks and targets completed',
  A2: 'Quality and effectiveness of advice and professional work',
  B1: 'Emulation movements and commendation work',
  B2: 'Finding and spreading good examples',
  C1: 'Strong Party and mass organisations; internal unity',
  C2: 'Administrative reform and digital transformation; thrift and anti-corruption',
  D1: "Taking part in the bloc's joint activities; reporting on time",
  E1: 'Responding to movements launched by the centre and the province',
  T1: 'Bonus: exceptional achievements, recognised new models',
  K1: 'Penalty: late reports, breaches of the bloc rules',
};

const first = (names: { readonly vi: readonly string[]; readonly en: readonly string[] }, lang: Lang): string =>
  names[lang][0] ?? names.vi[0]!;

/**
 * A new bloc workbook from the preset "Luật TĐKT 2022", as sheet descriptions for the xlsx and Office.js
 * adapters: `Cấu hình` (every settings item with its default and what it means), `Tiêu chí` (the preset
 * criteria) and `Chấm điểm` (STT, Đơn vị, one column per criterion code, the fact columns and
 * `options.units` empty numbered rows), with English names when `lang` is `en`. Score cells are
 * validated to 0..max (decimal; an uncapped penalty to 0..the maximum base score), yes/no cells to the
 * Có/Không list, `Tỷ lệ nữ (%)` to 0..100; headers are bold, filled and frozen. The result columns are
 * not there: the first ranking run adds them. `readBloc` reads the result back (after `Năm` and
 * `Tên khối` are filled in).
 *
 * @example templateSheets({ lang: 'vi', units: 9, year: 2025 }).map((s) => s.name) // ['Cấu hình', 'Tiêu chí', 'Chấm điểm']
 */
export function templateSheets(options: TemplateSheetsOptions): SheetSpec[] {
  const criteria = options.criteria ?? PRESET_CRITERIA;
  return [settingsSheet(options), criteriaSheet(options.lang, criteria), scoresSheet(options, criteria)];
}

function settingValue(key: SettingKey, lang: Lang, options: TemplateSheetsOptions): string | number | null {
  const d: Omit<Settings, 'year' | 'bloc'> = DEFAULT_SETTINGS;
  const yesNo = (v: boolean) => first(v ? YES_NO_NAMES.yes : YES_NO_NAMES.no, lang);
  switch (key) {
    case 'year':
      return options.year ?? null;
    case 'bloc':
      return options.bloc ?? null;
    case 'authority':
      return d.authority || null;
    case 'place':
      return d.place || null;
    case 'leader':
      return d.leader;
    case 'deputy':
      return d.deputy;
    case 'leaderSelection':
      return first(LEADER_SELECTION_NAMES[d.leaderSelection], lang);
    case 'provincialFlags':
      return d.provincialFlags;
    case 'certificates':
      // Left blank: the row asks for the province's number (blank reads as BlocRank's default, with a warning).
      return null;
    case 'nominateGovernmentFlag':
      return yesNo(d.nominateGovernmentFlag);
    case 'governmentFlagWithProvincial':
      return yesNo(d.governmentFlagWithProvincial);
    case 'bands.excellent':
      return d.bands.excellent;
    case 'bands.good':
      return d.bands.good;
    case 'bands.complete':
      return d.bands.complete;
    case 'bonusCapPercent':
      return d.bonusCapPercent;
    case 'awardGrade':
      return d.awardGrade;
    case 'tieBreak':
      return formatTieBreakOrder(d.tieBreak, lang);
    case 'nextLeader':
      return d.nextLeader;
    case 'nextDeputy':
      return d.nextDeputy;
    case 'blocDecision':
      return d.blocDecision;
    case 'voteThreshold':
      return DEFAULT_VOTE_THRESHOLD;
    case 'voters':
    case 'absentMembers':
    case 'meetingTime':
    case 'meetingPlace':
    case 'chair':
    case 'secretary':
      return null;
    case 'recipients':
      return null;
    case 'documentNumber':
      return d.documentNumber;
  }
}

function settingsSheet(options: TemplateSheetsOptions): SheetSpec {
  const { lang } = options;
  const description = lang === 'vi' ? 'Mô tả' : 'Description';
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: first(SETTINGS_COLUMNS.item, lang), style: HEADER_STYLE },
    { row: 1, col: 2, value: first(SETTINGS_COLUMNS.value, lang), style: HEADER_STYLE },
    { row: 1, col: 3, value: description, style: HEADER_STYLE },
  ];
  const validations: SpecValidation[] = [];
  const yesNo = [first(YES_NO_NAMES.yes, lang), first(YES_NO_NAMES.no, lang)];
  const keys = Object.keys(SETTING_ITEMS) as SettingKey[];
  keys.forEach((key, i) => {
    const row = i + 2;
    cells.push(
      {
        row,
        col: 1,
        value: first(SETTING_ITEMS[key], lang),
        style: { ...BORDER, bold: key === 'year' || key === 'bloc' },
      },
      { row, col: 2, value: settingValue(key, lang, options), style: { ...BORDER, horizontal: 'left' } },
      { row, col: 3, value: SETTING_HELP[key][lang], style: { ...WRAP, italic: true } },
    );
    const at = { top: row, bottom: row, left: 2, right: 2 };
    if (key === 'nominateGovernmentFlag' || key === 'governmentFlagWithProvincial') {
      validations.push({ ...at, rule: { type: 'list', values: yesNo } });
    } else if (key === 'leaderSelection') {
      validations.push({
        ...at,
        rule: {
          type: 'list',
          values: [first(LEADER_SELECTION_NAMES.rotate, lang), first(LEADER_SELECTION_NAMES.elect, lang)],
        },
      });
    } else if (key.startsWith('bands.') || key === 'bonusCapPercent') {
      validations.push({
        ...at,
        rule: { type: 'decimal', min: 0, max: 100 },
        message: lang === 'vi' ? 'Từ 0 đến 100' : 'From 0 to 100',
      });
    } else if (key === 'year') {
      validations.push({
        ...at,
        rule: { type: 'decimal', min: 1900, max: 2999 },
        message: lang === 'vi' ? 'Năm, ví dụ 2025' : 'A year, e.g. 2025',
      });
    } else if (key === 'provincialFlags') {
      validations.push({ ...at, rule: { type: 'decimal', min: 0, max: 1000 } });
    }
  });
  return {
    name: first(SHEET_NAMES.settings, lang),
    cells,
    columnWidths: [34, 30, 80],
    rowHeights: { 1: 24 },
    frozenRows: 1,
    validations,
    pageSetup: {
      paperSize: 'A4',
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      fitToWidth: true,
    },
  };
}

function criteriaSheet(lang: Lang, criteria: readonly Criterion[]): SheetSpec {
  const headers = [
    CRITERIA_COLUMNS.code,
    CRITERIA_COLUMNS.group,
    CRITERIA_COLUMNS.description,
    CRITERIA_COLUMNS.max,
    CRITERIA_COLUMNS.kind,
  ];
  const cells: SpecCell[] = headers.map((names, i) => ({
    row: 1,
    col: i + 1,
    value: first(names, lang),
    style: HEADER_STYLE,
  }));
  criteria.forEach((c, i) => {
    const row = i + 2;
    const description = lang === 'en' ? (PRESET_DESCRIPTIONS_EN[c.code] ?? c.description) : c.description;
    cells.push(
      { row, col: 1, value: c.code, style: { ...BORDER, horizontal: 'center' } },
      { row, col: 2, value: c.group, style: { ...BORDER, horizontal: 'center' } },
      { row, col: 3, value: description, style: WRAP },
      { row, col: 4, value: c.max, style: { ...BORDER, horizontal: 'center' } },
      { row, col: 5, value: first(KIND_NAMES[c.kind], lang), style: BORDER },
    );
  });
  const bottom = criteria.length + 1 + SPARE_CRITERIA_ROWS;
  const kinds = [KIND_NAMES.score, KIND_NAMES.bonus, KIND_NAMES.penalty].map((n) => first(n, lang));
  return {
    name: first(SHEET_NAMES.criteria, lang),
    cells,
    columnWidths: [8, 8, 70, 12, 14],
    rowHeights: { 1: 24 },
    frozenRows: 1,
    validations: [
      { top: 2, bottom, left: 4, right: 4, rule: { type: 'decimal', min: 0, max: 100000 } },
      { top: 2, bottom, left: 5, right: 5, rule: { type: 'list', values: kinds } },
    ],
    pageSetup: {
      paperSize: 'A4',
      orientation: 'portrait',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
    },
  };
}

function scoresSheet(options: TemplateSheetsOptions, criteria: readonly Criterion[]): SheetSpec {
  const { lang } = options;
  const n = Math.max(0, Math.floor(Number.isFinite(options.units) ? options.units : 0));
  const maxBase = criteria.reduce((sum, c) => sum + (c.kind === 'score' && c.max !== null ? c.max : 0), 0);
  const yesNo = [first(YES_NO_NAMES.yes, lang), first(YES_NO_NAMES.no, lang)];
  const title = (msg: Readonly<Record<Lang, string>>) => msg[lang];

  interface Column {
    readonly header: string;
    readonly width: number;
    readonly validation?: SpecValidation['rule'];
    readonly message?: string;
  }
  const columns: Column[] = [
    { header: first(SCORE_COLUMNS.no, lang), width: 6 },
    { header: first(SCORE_COLUMNS.unit, lang), width: 40 },
    ...criteria.map((c): Column => {
      const max = c.max ?? maxBase;
      return {
        header: c.code,
        width: 8,
        validation: { type: 'decimal', min: 0, max },
        message: title({ vi: `Từ 0 đến ${max} điểm`, en: `From 0 to ${max} points` }),
      };
    }),
    { header: first(SCORE_COLUMNS.votes, lang), width: 10 },
    {
      header: first(SCORE_COLUMNS.womenPercent, lang),
      width: 11,
      validation: { type: 'decimal', min: 0, max: 100 },
      message: title({ vi: 'Từ 0 đến 100', en: 'From 0 to 100' }),
    },
    {
      header: first(SCORE_COLUMNS.discipline, lang),
      width: 13,
      validation: { type: 'list', values: [yesNo[1]!, first(DISCIPLINE_REVIEW_NAMES.review, lang), yesNo[0]!] },
      message: title({
        vi: 'Không; Đang xem xét (tạm chưa khen thưởng); Có (đã bị kỷ luật)',
        en: 'No; Under review (awards held); Yes (disciplined)',
      }),
    },
    { header: first(SCORE_COLUMNS.exceededTargets, lang), width: 11, validation: { type: 'list', values: yesNo } },
    { header: first(SCORE_COLUMNS.strongOrganisations, lang), width: 18, validation: { type: 'list', values: yesNo } },
    { header: first(SCORE_COLUMNS.officialGrade, lang), width: 16 },
    { header: first(SCORE_COLUMNS.signerTitle, lang), width: 18 },
    { header: first(SCORE_COLUMNS.signer, lang), width: 20 },
    { header: first(SCORE_COLUMNS.note, lang), width: 30 },
  ];
  const cells: SpecCell[] = [];
  const validations: SpecValidation[] = [];
  columns.forEach((column, i) => {
    const col = i + 1;
    cells.push({ row: 1, col, value: column.header, style: HEADER_STYLE });
    for (let r = 2; r <= n + 1; r++) {
      cells.push({
        row: r,
        col,
        value: col === 1 ? r - 1 : null,
        style: col === 1 ? { ...BORDER, horizontal: 'center' } : BORDER,
      });
    }
    if (column.validation && n > 0) {
      validations.push({
        top: 2,
        bottom: n + 1,
        left: col,
        right: col,
        rule: column.validation,
        ...(column.message ? { message: column.message } : {}),
      });
    }
  });
  return {
    name: first(SHEET_NAMES.scores, lang),
    cells,
    columnWidths: columns.map((c) => c.width),
    rowHeights: { 1: 48 },
    frozenRows: 1,
    validations,
    pageSetup: {
      paperSize: 'A4',
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      fitToWidth: true,
    },
  };
}

export interface BallotSheetOptions {
  /** The workbook's language (sheet name and headers). */
  readonly lang: Lang;
  /** Members entitled to vote: counts are validated to 0..voters. */
  readonly voters: number;
}

/**
 * The `Bình bầu` [`Ballot`] sheet ready for the year-end meeting (DOMAIN.md §10): one row per unit the
 * ranking made a candidate (proposed, or tied across a quota), in rank order, with its rank and the forms
 * proposed, and the three vote columns blank for the counts (whole numbers 0..voters); cells of forms the
 * unit is not a candidate for are shaded. `readBallot` reads it back; the extra columns (`STT`, rank,
 * proposal) are ignored there.
 *
 * @example ballotSheet(result, { lang: 'vi', voters: 9 }).name // 'Bình bầu'
 */
export function ballotSheet(result: BlocResult, options: BallotSheetOptions): SheetSpec {
  const { lang, voters } = options;
  const forms = AWARD_CODES;
  const headers = [
    first(SCORE_COLUMNS.no, lang),
    first(BALLOT_COLUMNS.unit, lang),
    first(SCORE_COLUMNS.rank, lang),
    lang === 'vi' ? 'Đề nghị theo kết quả xếp hạng' : 'Proposed by the ranking',
    ...forms.map((a) => first(BALLOT_COLUMNS[a], lang)),
  ];
  const cells: SpecCell[] = headers.map((value, i) => ({ row: 1, col: i + 1, value, style: HEADER_STYLE }));
  const candidates = Array.from(result.order, (i) => result.units[i]!).filter(
    (u) => u.awards.length > 0 || u.notes.some((n) => n.kind === 'pendingTie'),
  );
  const SHADE: CellStyle = { ...BORDER, fill: 'F2F2F2' };
  candidates.forEach((u, k) => {
    const row = k + 2;
    const tie = u.notes.find((n) => n.kind === 'pendingTie');
    const open = new Set<AwardCode>([...u.awards, ...(tie?.kind === 'pendingTie' ? tie.awards : [])]);
    const proposed = u.awards.map((a) => AWARD_LABELS[a][lang]);
    if (tie?.kind === 'pendingTie') proposed.push(`${PENDING_TIE_LABEL[lang]}: ${tie.awards.map((a) => AWARD_LABELS[a][lang]).join(', ')}`);
    cells.push(
      { row, col: 1, value: k + 1, style: { ...BORDER, horizontal: 'center' } },
      { row, col: 2, value: u.name, style: WRAP },
      { row, col: 3, value: u.rank, style: { ...BORDER, horizontal: 'center' } },
      { row, col: 4, value: proposed.join('; '), style: WRAP },
      ...forms.map((a, j): SpecCell => ({ row, col: 5 + j, value: null, style: open.has(a) ? { ...BORDER, horizontal: 'center' } : SHADE })),
    );
  });
  const bottom = Math.max(2, candidates.length + 1);
  const message = lang === 'vi' ? `Số phiếu đồng ý: số nguyên từ 0 đến ${voters}` : `Approving votes: a whole number from 0 to ${voters}`;
  return {
    name: first(SHEET_NAMES.ballot, lang),
    cells,
    columnWidths: [6, 40, 9, 34, 14, 14, 14],
    rowHeights: { 1: 36 },
    frozenRows: 1,
    validations: [{ top: 2, bottom, left: 5, right: 5 + forms.length - 1, rule: { type: 'decimal', min: 0, max: voters, whole: true }, message }],
    pageSetup: { paperSize: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true },
  };
}
