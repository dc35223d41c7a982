/**
 * The task pane's words. Every string a component shows comes from here (the dictionaries live in
 * i18n/vi.ts and i18n/en.ts, one file per language); messages about the workbook (issues,
 * explanations) arrive already translated from the actions. Vietnamese is part of the first paint; English
 * is a chunk of its own, loaded before the first render when it is the pane's language and on demand when
 * the clerk switches (most clerks never need it).
 */
import { createContext, useContext } from 'react';
import type { RankMark, RankSummary } from '../excel/actions.js';
import { formatNumber } from '../core/format.js';
import type { AwardCode, GradeCode, Lang } from '../core/model.js';
import { vi } from './i18n/vi.js';

export interface Strings {
  readonly app: {
    readonly name: string;
    /** Name of the other language, on the switch. */
    readonly otherLanguage: string;
    readonly switchLanguage: string;
    readonly loading: string;
    readonly retry: string;
    readonly errorTitle: string;
    readonly blocLine: (bloc: string, year: number | null, units: string) => string;
    /** The bloc line when `Tên khối` is still blank. */
    readonly unnamedBloc: string;
    readonly sections: string;
    readonly tabRank: string;
    readonly tabSettings: string;
    readonly tabPledge: string;
    readonly tabDossier: string;
    readonly dismiss: string;
  };
  readonly start: {
    readonly title: string;
    readonly body: string;
    readonly units: string;
    readonly unitsHint: string;
    readonly unitsInvalid: (max: string) => string;
    readonly sheetLanguage: string;
    readonly vietnamese: string;
    readonly english: string;
    readonly create: string;
    readonly creating: string;
    readonly conflictsTitle: string;
    readonly conflictsBody: (sheets: readonly string[]) => string;
    readonly recheck: string;
    readonly created: string;
    readonly notCreated: string;
  };
  readonly rank: {
    readonly run: string;
    readonly running: string;
    readonly undo: string;
    readonly undoLabel: string;
    readonly undoing: string;
    readonly undone: string;
    readonly notUndone: string;
    readonly hint: string;
    readonly summary: (s: RankSummary, pending: number, format: (n: number) => string) => string;
    readonly cellsChanged: (n: string) => string;
    readonly nothingChanged: string;
    readonly errorsTitle: string;
    readonly errorsBody: (n: string) => string;
    readonly table: string;
    readonly colRank: string;
    readonly colUnit: string;
    readonly colTotal: string;
    /** The mark after a tied rank. */
    readonly tieMark: string;
    readonly tied: string;
    readonly tiedTip: string;
    readonly pending: string;
    readonly pendingTip: string;
    readonly award: Readonly<Record<AwardCode, string>>;
    /** The bands of the bloc's scale for the grade badges ("Xuất sắc", "Excellent"). */
    readonly grade: Readonly<Record<GradeCode, string>>;
    /** What the grade badge is: the bloc's classification, never the official rating (DOMAIN.md section 3). */
    readonly gradeNote: string;
    readonly noAward: string;
    readonly explain: (unit: string) => string;
    readonly explanationOf: (unit: string) => string;
    readonly showMore: (n: string) => string;
    readonly shown: (shown: string, total: string) => string;
    readonly resultsStale: string;
  };
  readonly issues: {
    readonly errors: (n: string) => string;
    readonly warnings: (n: string) => string;
    readonly goToCell: (address: string) => string;
    readonly moreIssues: (n: string) => string;
  };
  readonly settings: {
    readonly loading: string;
    readonly unreadable: string;
    readonly awardsGroup: string;
    readonly provincialFlags: string;
    readonly certificates: string;
    readonly auto: string;
    readonly certificatesAuto: string;
    readonly certificatesAutoHint: string;
    readonly nominate: string;
    readonly nominateHint: string;
    readonly withProvincial: string;
    readonly withProvincialHint: string;
    readonly tieBreak: string;
    readonly tieBreakHint: string;
    readonly bands: string;
    readonly excellent: string;
    readonly good: string;
    readonly complete: string;
    readonly leaderSelection: string;
    readonly rotate: string;
    readonly elect: string;
    readonly save: string;
    readonly saving: string;
    readonly reset: string;
    readonly saved: (n: string) => string;
    readonly notSaved: string;
    readonly unchanged: string;
    readonly wholeNumber: string;
    readonly percent: string;
    readonly bandsOrder: string;
    readonly tieBreakUnknown: (parts: readonly string[]) => string;
  };
  readonly pledge: {
    readonly loading: string;
    readonly title: (year: string) => string;
    readonly leader: string;
    readonly deputy: string;
    readonly undecided: string;
    readonly signatories: string;
    readonly commitments: string;
    readonly refresh: string;
    readonly sheetExists: (sheet: string) => string;
    readonly write: string;
    readonly writing: string;
    readonly written: (sheet: string) => string;
    readonly notWritten: string;
    readonly replaceTitle: string;
    readonly replaceBody: (sheet: string) => string;
    readonly replace: string;
    readonly cancel: string;
    readonly download: string;
    readonly downloading: string;
    readonly downloaded: (file: string) => string;
    readonly downloadBlocked: string;
    readonly notReady: string;
  };
  /** Every other item of Cấu hình (issue 13). */
  readonly settingsMore: {
    readonly blocGroup: string;
    readonly year: string;
    readonly bloc: string;
    readonly authority: string;
    readonly place: string;
    readonly blocDecision: string;
    readonly leadersGroup: string;
    readonly leader: string;
    readonly deputy: string;
    readonly nextLeader: string;
    readonly nextDeputy: string;
    readonly none: string;
    readonly byRule: string;
    readonly notInRoster: (name: string) => string;
    readonly bonusCap: string;
    readonly awardGrade: string;
    readonly tieList: string;
    readonly tieAdd: string;
    readonly tieAddButton: string;
    readonly tieEmpty: string;
    readonly moveUp: (name: string) => string;
    readonly moveDown: (name: string) => string;
    readonly remove: (name: string) => string;
    readonly yearInvalid: string;
    readonly required: string;
  };
  /** Issue 13: stale results, read-back, badges, first run, brand, announcements. */
  readonly flow: {
    readonly severityError: string;
    readonly severityWarning: string;
    /** A note: what BlocRank decided and says so (a row skipped as not a unit, a default used). */
    readonly severityInfo: string;
    readonly version: (v: string) => string;
    readonly help: string;
    readonly helpLabel: string;
    readonly stale: string;
    readonly staleBody: string;
    readonly rerank: string;
    readonly storedFresh: string;
    readonly undoDocument: string;
    readonly undoSession: string;
    readonly marks: Readonly<Record<RankMark, string>>;
    readonly markTips: Readonly<Record<RankMark, string>>;
    readonly checklistTitle: string;
    readonly checklistBody: string;
    readonly checkYear: string;
    readonly checkBloc: string;
    readonly checkUnits: string;
    readonly checkScores: (blank: string) => string;
    readonly checkScoresNoUnits: string;
    readonly checkDone: string;
    readonly checkTodo: string;
    readonly missingTitle: string;
    readonly missingBody: (sheets: readonly string[]) => string;
    readonly addMissing: string;
    readonly openExample: string;
    readonly openExampleHint: string;
    readonly issuesOnSheet: (sheet: string, n: string) => string;
    readonly issuesGeneral: (n: string) => string;
    readonly announceRanked: (units: string, changed: string) => string;
    readonly announceErrors: (n: string) => string;
    readonly announceUndone: string;
    readonly announceSaved: string;
    readonly blockedTitle: string;
    readonly blockedBody: string;
    readonly blockedAsk: readonly string[];
  };
  readonly outside: {
    readonly lead: string;
    readonly notInExcel: string;
    readonly sideloadTitle: string;
    readonly sideloadSteps: readonly string[];
    readonly docs: string;
    readonly docsUrl: string;
    readonly cli: string;
  };
}

const dictionaries: Partial<Record<Lang, Strings>> = { vi };

/** The words of `lang` once loaded (Vietnamese always is); undefined before. */
export const stringsNow = (lang: Lang): Strings | undefined => dictionaries[lang];

/**
 * The words of `lang`, loading its chunk the first time.
 *
 * @example await loadStrings('en'); stringsNow('en')!.rank.run // 'Rank'
 */
export async function loadStrings(lang: Lang): Promise<Strings> {
  const have = dictionaries[lang];
  if (have) return have;
  const { en } = await import('./i18n/en.js');
  dictionaries.en = en;
  return en;
}

/**
 * Where the pane's sections run: in Excel's task pane, or on the web page over a copy of the file (whose
 * words say "the copy" where the pane's say the workbook, and never name Office).
 */
export type PaneHost = 'excel' | 'page';

/** The page's changes to the pane's words (src/taskpane/i18n/pageWords.ts gives them). */
export type WordsFor = (t: Strings, lang: Lang) => Strings;

export interface LangState {
  readonly lang: Lang;
  readonly host: PaneHost;
  readonly t: Strings;
  readonly setLang: (lang: Lang) => void;
  /** A number as the language writes it (decimal comma in Vietnamese). */
  readonly format: (value: number) => string;
}

/**
 * The state a LangContext provider holds for `lang` (its words must be loaded: PaneShell switches only then);
 * `words` adapts the pane's words to the web page.
 */
export function langState(lang: Lang, setLang: (lang: Lang) => void, host: PaneHost = 'excel', words?: WordsFor): LangState {
  return {
    lang,
    host,
    t: words ? words(stringsNow(lang) ?? vi, lang) : (stringsNow(lang) ?? vi),
    setLang,
    format: (value) => formatNumber(value, lang),
  };
}

export const LangContext = createContext<LangState>(langState('vi', () => undefined));

/** The pane's language, its words and the switch. */
export function useLang(): LangState {
  return useContext(LangContext);
}
