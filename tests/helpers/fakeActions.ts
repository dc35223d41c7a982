/**
 * BlocActions fakes for the task-pane component tests: vi.fn()s returning realistic outcomes — an 11-unit
 * bloc of Party agencies (Bắc Ninh 2018 shape: 1 Government flag, 2 provincial flags, 4 certificates,
 * one tied pair) — overridable per test.
 */
import { vi, type Mock } from 'vitest';
import type { AwardCode, GradeCode, Lang } from '../../src/core/model';
import type {
  ActionOutcome,
  BlocActions,
  DossierActions,
  DossierRead,
  EditableSettings,
  IssueView,
  PledgePreview,
  ProposalView,
  RankOutcome,
  RankMark,
  RankRow,
  SheetChange,
  WorkbookState,
} from '../../src/excel/actions';

export const UNITS = [
  'Văn phòng Tỉnh uỷ',
  'Ban Tổ chức Tỉnh uỷ',
  'Uỷ ban Kiểm tra Tỉnh uỷ',
  'Ban Tuyên giáo Tỉnh uỷ',
  'Ban Dân vận Tỉnh uỷ',
  'Ban Nội chính Tỉnh uỷ',
  'Trường Chính trị tỉnh',
  'Báo Bắc Ninh',
  'Đảng uỷ Khối các cơ quan tỉnh',
  'Đảng uỷ Khối Doanh nghiệp tỉnh',
  'Ban Bảo vệ chăm sóc sức khoẻ cán bộ tỉnh',
] as const;

const TOTALS = [97.5, 96, 94.5, 93, 92, 92, 90.5, 88, 85, 79.5, 68];
const AWARDS: ReadonlyArray<readonly AwardCode[]> = [
  ['CO_CHINH_PHU'],
  ['CO_UBND_TINH'],
  ['CO_UBND_TINH'],
  ['BANG_KHEN_UBND_TINH'],
  ['BANG_KHEN_UBND_TINH'],
  ['BANG_KHEN_UBND_TINH'],
  ['BANG_KHEN_UBND_TINH'],
  [],
  [],
  [],
  [],
];
/** Action items: unit 8 is vetoed, unit 3 has a flag to confirm, unit 9 is outside the number of proposals. */
const MARKS: ReadonlyArray<readonly RankMark[]> = [[], [], ['confirm'], [], [], [], [], ['discipline'], ['outOfQuota']];
const gradeOf = (total: number): GradeCode => (total >= 90 ? 'HTXSNV' : total >= 70 ? 'HTTNV' : 'HTNV');

/** The ranking rows of the fake bloc, in roster order (units 5 and 6 tied at 92). */
export function rankRows(lang: Lang = 'vi'): RankRow[] {
  return UNITS.map((unit, index) => {
    const total = TOTALS[index]!;
    const tied = index === 4 || index === 5;
    const rank = tied ? 5 : index + 1;
    return {
      index,
      row: index + 4,
      unit,
      total,
      rank,
      tied,
      grade: gradeOf(total),
      awards: AWARDS[index]!,
      pending: false,
      marks: MARKS[index] ?? [],
      explanation:
        lang === 'vi'
          ? `Xếp hạng ${rank}/11. Tổng ${String(total).replace('.', ',')} điểm; đạt ${String(total).replace('.', ',')}% của 100 điểm tối đa.`
          : `Rank ${rank} of 11. Total ${total} points; ${total}% of the 100-point maximum.`,
    };
  });
}

/** A ranking outcome. */
export type Ranked = Extract<RankOutcome, { status: 'ranked' }>;

export const RANKED: Ranked = {
  status: 'ranked',
  rows: rankRows(),
  issues: [
    {
      severity: 'warning',
      code: 'VOTES_BLANK',
      message: 'Ô trống: chưa có số phiếu bình xét.',
      sheet: 'Chấm điểm',
      cell: 'M7',
    },
  ],
  summary: {
    units: 11,
    provincialFlags: 2,
    certificates: 4,
    governmentNominee: 'Văn phòng Tỉnh uỷ',
    ties: 1,
    cellsChanged: 55,
  },
  canUndo: true,
  undoKeep: 'document',
  state: null,
};

export const DATA_ERRORS: readonly IssueView[] = [
  {
    severity: 'error',
    code: 'VALUE_INVALID',
    message: 'Giá trị "8,5 điểm" không hợp lệ: cần số điểm, ví dụ 8,5.',
    sheet: 'Chấm điểm',
    cell: 'C5',
  },
  {
    severity: 'error',
    code: 'POINTS_ABOVE_MAX',
    message: 'Điểm 35 vượt điểm tối đa 30 của tiêu chí A1.',
    sheet: 'Chấm điểm',
    cell: 'D9',
  },
  { severity: 'warning', code: 'UNIT_DUPLICATE', message: 'Tên đơn vị lặp lại.', sheet: 'Chấm điểm', cell: 'B12' },
];

export const SETTINGS: EditableSettings = {
  provincialFlags: 2,
  certificates: 'auto',
  nominateGovernmentFlag: true,
  governmentFlagWithProvincial: false,
  tieBreak: 'Nhóm A; Điểm trừ; Điểm thưởng; Số phiếu; Tỷ lệ nữ',
  bands: { excellent: 90, good: 70, complete: 50 },
  leaderSelection: 'rotate',
  year: 2018,
  bloc: 'Khối các cơ quan Đảng tỉnh',
  authority: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH BẮC NINH',
  place: 'Bắc Ninh',
  leader: 'Văn phòng Tỉnh uỷ',
  deputy: 'Ban Tổ chức Tỉnh uỷ',
  nextLeader: '',
  nextDeputy: '',
  blocDecision: '',
  bonusCapPercent: 5,
  awardGrade: 'HTXSNV',
};

export const PLEDGE: PledgePreview = {
  ok: true,
  year: 2019,
  leader: 'Ban Tổ chức Tỉnh uỷ',
  deputy: 'Uỷ ban Kiểm tra Tỉnh uỷ',
  signatories: ['Ban Tổ chức Tỉnh uỷ', 'Uỷ ban Kiểm tra Tỉnh uỷ', ...UNITS.filter((_, i) => i !== 1 && i !== 2)],
  commitments: [
    'Thực hiện tốt nhiệm vụ chính trị được giao năm 2019.',
    'Tổ chức tốt các phong trào thi đua yêu nước.',
    'Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh.',
  ],
  sheetName: 'Giao ước 2019',
  sheetExists: false,
  issues: [],
};

export const BLOC_STATE: Extract<WorkbookState, { kind: 'bloc' }> = {
  kind: 'bloc',
  lang: 'vi',
  bloc: 'Khối các cơ quan Đảng tỉnh',
  year: 2018,
  units: 11,
  checklist: { year: true, bloc: true, units: true, scores: true, blankScores: 0 },
  stored: null,
};

/** The watcher's listeners, so a test can play a change of the sheets. */
export type Watchers = Set<(change: SheetChange) => void>;

export type FakeDossier = { [K in keyof DossierActions]: Mock<DossierActions[K]> };
export type FakeActions = { [K in Exclude<keyof BlocActions, 'dossier'>]: Mock<NonNullable<BlocActions[K]>> } & {
  dossier?: FakeDossier;
};

const ok: ActionOutcome = { ok: true, issues: [] };

/** Every action as a vi.fn() with a realistic default; `overrides` replace single ones. */
export function fakeActions(overrides: Partial<BlocActions> = {}): FakeActions & { readonly watchers: Watchers } {
  let undoable = false;
  const blocState: WorkbookState = BLOC_STATE;
  const watchers: Watchers = new Set();
  const actions: FakeActions & { readonly watchers: Watchers } = {
    watchers,
    detect: vi.fn<BlocActions['detect']>(async () => blocState),
    watch: vi.fn<BlocActions['watch']>(async (onChange) => {
      watchers.add(onChange);
      return async () => void watchers.delete(onChange);
    }),
    undoKeep: vi.fn<BlocActions['undoKeep']>(() => (undoable ? 'document' : 'none')),
    createWorkbook: vi.fn<BlocActions['createWorkbook']>(async () => ok),
    openExample: vi.fn<BlocActions['openExample']>(async () => ok),
    rank: vi.fn<BlocActions['rank']>(async ({ lang }) => {
      undoable = true;
      return { ...RANKED, rows: rankRows(lang) } as RankOutcome;
    }),
    undo: vi.fn<BlocActions['undo']>(async () => {
      undoable = false;
      return ok;
    }),
    canUndo: vi.fn<BlocActions['canUndo']>(() => undoable),
    selectCell: vi.fn<BlocActions['selectCell']>(async () => undefined),
    readSettings: vi.fn<BlocActions['readSettings']>(async () => ({
      settings: SETTINGS,
      issues: [],
      units: [...UNITS],
      lang: 'vi',
    })),
    writeSettings: vi.fn<BlocActions['writeSettings']>(async () => ok),
    previewPledge: vi.fn<BlocActions['previewPledge']>(async () => PLEDGE),
    writePledgeSheet: vi.fn<BlocActions['writePledgeSheet']>(async () => ({
      ok: true,
      issues: [],
      sheetName: 'Giao ước 2019',
    })),
    pledgeDocx: vi.fn<BlocActions['pledgeDocx']>(async () => ({
      ok: true,
      issues: [],
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      fileName: 'Giao-uoc-2019.docx',
    })),
  };
  for (const [key, fn] of Object.entries(overrides)) {
    if (key === 'dossier') {
      (actions as { dossier?: unknown }).dossier = fn;
      continue;
    }
    (actions as unknown as Record<string, Mock>)[key] = vi.fn(fn as (...args: unknown[]) => unknown);
  }
  return actions;
}

/** The fake bloc's proposals (its awards in rank order, 9 voters); `votes` null: not counted yet. */
function proposals(votes: ReadonlyArray<number | null> | null): ProposalView[] {
  const out: ProposalView[] = [];
  rankRows().forEach((row) =>
    row.awards.forEach((award) => {
      const v = votes ? (votes[out.length] ?? null) : null;
      const passed = v !== null && v * 100 >= 80 * 9;
      out.push({
        index: row.index,
        unit: row.unit,
        rank: row.rank,
        award,
        votes: v,
        voters: 9,
        approval: v === null ? null : v / 9,
        status: v === null ? 'pending' : passed ? 'passed' : 'failed',
        tie: false,
      });
    }),
  );
  return out;
}

/** Without a `Bình bầu` sheet: the ranking's 7 proposals, every one pending. */
export const DOSSIER_PENDING: DossierRead = {
  ok: true,
  year: 2018,
  ballotSheet: null,
  newBallotSheet: 'Bình bầu',
  voters: 9,
  thresholdPercent: 80,
  proposals: proposals(null),
  documents: [
    { kind: 'bienBan', fileName: 'bien-ban-binh-xet-2018.docx' },
    { kind: 'toTrinh', fileName: 'to-trinh-de-nghi-khen-thuong-2018.docx' },
  ],
  issues: [],
};

/** After the vote: 8/9 passes, 6/9 fails (Ban Nội chính), one count still blank (Trường Chính trị). */
export const DOSSIER_VOTED: DossierRead = {
  ...DOSSIER_PENDING,
  ballotSheet: 'Bình bầu',
  proposals: proposals([9, 8, 9, 8, 9, 6, null]),
  documents: [
    { kind: 'bienBan', fileName: 'bien-ban-binh-xet-2018.docx' },
    { kind: 'toTrinh', fileName: 'to-trinh-de-nghi-khen-thuong-2018.docx' },
    { kind: 'baoCao', fileName: 'bao-cao-thanh-tich-van-phong-tinh-uy.docx', unit: UNITS[0] },
    { kind: 'baoCao', fileName: 'bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx', unit: UNITS[1] },
  ],
  issues: [
    {
      severity: 'warning',
      code: 'BALLOT_VOTE_BLANK',
      message:
        'Chưa có số phiếu đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” cho đơn vị "Trường Chính trị tỉnh": giữ đề nghị, chờ kết quả bỏ phiếu.',
      sheet: 'Bình bầu',
      cell: 'G8',
    },
  ],
};

/** The Hồ sơ actions as vi.fn()s: no ballot sheet until `addBallotSheet`, then the counted vote. */
export function fakeDossier(overrides: Partial<DossierActions> = {}): FakeDossier {
  let added = false;
  const dossier: FakeDossier = {
    read: vi.fn<DossierActions['read']>(async () => (added ? DOSSIER_VOTED : DOSSIER_PENDING)),
    addBallotSheet: vi.fn<DossierActions['addBallotSheet']>(async () => {
      added = true;
      return { ok: true, issues: [], sheetName: 'Bình bầu' };
    }),
    documentDocx: vi.fn<DossierActions['documentDocx']>(async ({ fileName }) => ({
      ok: true,
      issues: [],
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      fileName,
    })),
  };
  for (const [key, fn] of Object.entries(overrides)) (dossier as unknown as Record<string, Mock>)[key] = vi.fn(fn as (...args: unknown[]) => unknown);
  return dossier;
}
