/** English. */
import type { Strings } from '../i18n.js';

const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ');
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export const en: Strings = {
  app: {
    name: 'BlocRank',
    otherLanguage: 'Tiếng Việt',
    switchLanguage: 'Chuyển sang tiếng Việt — switch the pane to Vietnamese',
    loading: 'Reading the workbook…',
    retry: 'Try again',
    errorTitle: 'Could not complete',
    blocLine: (bloc, year, units) => `${bloc}${year === null ? '' : ` · ${year}`} · ${units} units`,
    unnamedBloc: 'Unnamed bloc (fill in “Bloc” on the Settings sheet)',
    sections: 'Sections',
    tabRank: 'Rank',
    tabSettings: 'Settings',
    tabPledge: 'Pledge',
    dismiss: 'Dismiss',
  },
  start: {
    title: 'This workbook is not a bloc workbook yet',
    body: 'BlocRank needs three sheets: Settings, Criteria and Scores. It can add them from the 2022 Emulation and Commendation Law preset; the sheets already in the workbook are left as they are.',
    units: 'Member units',
    unitsHint: 'Empty rows on the Scores sheet; you can add or remove rows later.',
    unitsInvalid: (max) => `Enter a whole number from 1 to ${max}.`,
    sheetLanguage: 'Language of the sheets',
    vietnamese: 'Vietnamese',
    english: 'English',
    create: 'Create the bloc workbook',
    creating: 'Adding the sheets…',
    conflictsTitle: 'Sheets with these names exist',
    conflictsBody: (sheets) =>
      `The workbook already has ${quoted(sheets)}. BlocRank never overwrites an existing sheet: rename those sheets or open a new workbook, then choose “Check again”.`,
    recheck: 'Check again',
    created: 'The bloc workbook is ready. Enter the scores on the Scores sheet, then choose “Rank”.',
    notCreated: 'The bloc workbook was not created',
  },
  rank: {
    run: 'Rank',
    running: 'Ranking…',
    undo: 'Undo',
    undoLabel: 'Undo the last ranking',
    undoing: 'Undoing…',
    undone: 'Undone: the result cells on the Scores sheet are back as they were before the last ranking.',
    notUndone: 'Could not undo',
    hint: 'Choose “Rank” to total, rank and grade the units and propose awards. BlocRank writes only the result columns of the Scores sheet.',
    summary: (s, pending, f) => {
      const awards = [
        s.governmentNominee !== null ? '1 Government flag (nomination)' : null,
        s.provincialFlags > 0
          ? `${f(s.provincialFlags)} ${plural(s.provincialFlags, 'provincial flag', 'provincial flags')}`
          : null,
        s.certificates > 0
          ? `${f(s.certificates)} ${plural(s.certificates, 'certificate of merit', 'certificates of merit')}`
          : null,
      ].filter((x) => x !== null);
      const extra = [
        s.ties > 0 ? `${f(s.ties)} ${plural(s.ties, 'tied group', 'tied groups')}` : null,
        pending > 0 ? `${f(pending)} ${plural(pending, 'unit awaits', 'units await')} the bloc's vote` : null,
      ].filter((x) => x !== null);
      return (
        `Ranked ${f(s.units)} ${plural(s.units, 'unit', 'units')}: ${awards.length > 0 ? awards.join(', ') : 'no award proposed'}` +
        (extra.length > 0 ? `; ${extra.join(', ')}` : '') +
        '.'
      );
    },
    cellsChanged: (n) => `${n} cells written on the Scores sheet.`,
    nothingChanged: 'The workbook already holds these results: no cell changed.',
    errorsTitle: 'Nothing was written',
    errorsBody: (n) =>
      `The data has ${n} error(s), so BlocRank wrote nothing to the workbook. Choose a cell address to go to it, fix it, then choose “Rank” again.`,
    table: 'Ranking',
    colRank: 'Rank',
    colUnit: 'Unit',
    colTotal: 'Total',
    tieMark: '=',
    tied: 'tied',
    tiedTip: 'Tied: still equal after every tie-break; the bloc must decide.',
    pending: 'bloc vote',
    pendingTip: "Tied across an award quota: waits for the bloc's vote.",
    award: {
      CO_CHINH_PHU: 'Gov. flag (nominee)',
      CO_UBND_TINH: 'Provincial flag',
      BANG_KHEN_UBND_TINH: 'Certificate of merit',
    },
    grade: { HTXSNV: 'Excellent', HTTNV: 'Good', HTNV: 'Complete', KHTNV: 'Not complete' },
    noAward: 'No award proposed',
    explain: (unit) => `Explain the result of ${unit}`,
    explanationOf: (unit) => `Explanation: ${unit}`,
    showMore: (n) => `Show ${n} more units`,
    shown: (shown, total) => `Showing ${shown} of ${total} units.`,
    resultsStale: 'The results below are from the previous ranking.',
  },
  issues: {
    errors: (n) => `Errors (${n})`,
    warnings: (n) => `Warnings (${n})`,
    goToCell: (address) => `Select cell ${address}`,
    moreIssues: (n) => `… and ${n} more.`,
  },
  settings: {
    loading: 'Reading the Settings sheet…',
    unreadable: 'Could not read the Settings sheet',
    awardsGroup: 'Awards and tie-breaks',
    provincialFlags: 'Provincial flags',
    certificates: 'Certificates of merit',
    auto: 'Automatic',
    certificatesAuto: 'Set the number of certificates automatically',
    certificatesAutoHint: '10 units or more: 3; 6–9 units: 2; up to 5 units: 1.',
    nominate: 'Nominate for the Government flag',
    nominateHint: "The leading unit is nominated for the Government's emulation flag.",
    withProvincial: 'Government flag with provincial flag',
    withProvincialHint: 'On: the nominee also takes a provincial flag. Off: the provincial flags go to the next units.',
    tieBreak: 'Tie-break order',
    tieBreakHint: 'Separated by semicolons, e.g. Group A; Penalty; Bonus; Votes; Women %.',
    bands: 'Grade thresholds (% of the maximum)',
    excellent: 'Excellent',
    good: 'Good',
    complete: 'Complete',
    leaderSelection: 'Leader selection',
    rotate: 'Rotate',
    elect: 'Elect',
    save: 'Save to the Settings sheet',
    saving: 'Saving…',
    reset: 'Discard changes',
    saved: (n) => `${n} item(s) written to the Settings sheet.`,
    notSaved: 'The settings were not saved',
    unchanged: 'Nothing changed yet.',
    wholeNumber: 'Enter a whole number, 0 or more.',
    percent: 'Enter a number from 0 to 100, e.g. 92.5.',
    bandsOrder: 'Thresholds must decrease: Excellent > Good > Complete.',
    tieBreakUnknown: (parts) =>
      `Not understood: ${quoted(parts)}. Use Group A (the group's name), Penalty, Bonus, Votes, Women %, or “None”.`,
  },
  pledge: {
    loading: 'Drafting the pledge…',
    title: (year) => `Emulation pledge ${year}`,
    leader: 'Leader',
    deputy: 'Deputy',
    undecided: 'not decided',
    signatories: 'Signing order',
    commitments: 'Commitments',
    refresh: 'Refresh the pledge',
    sheetExists: (sheet) => `The workbook already has a sheet “${sheet}”.`,
    write: 'Write the pledge sheet',
    writing: 'Writing the sheet…',
    written: (sheet) => `Sheet “${sheet}” written (A4, ready to print).`,
    notWritten: 'The pledge sheet was not written',
    replaceTitle: 'Replace the existing sheet?',
    replaceBody: (sheet) =>
      `The workbook already has a sheet “${sheet}”. Writing again replaces all of its content with the new pledge.`,
    replace: 'Replace sheet',
    cancel: 'Cancel',
    download: 'Download .docx',
    downloading: 'Preparing the file…',
    downloaded: (file) => `“${file}” downloaded.`,
    downloadBlocked:
      'This Office host does not let the task pane download files. Write the pledge sheet and print it, or use “blocrank pledge” from the BlocRank CLI.',
    notReady: 'The pledge could not be drafted',
  },
  outside: {
    lead: 'BlocRank scores, ranks and proposes awards for Vietnamese emulation blocs (khối thi đua) inside Excel, then drafts next year’s pledge.',
    notInExcel:
      'This page is the task pane of an Excel add-in, so it only works inside Excel. Open BlocRank from Excel.',
    sideloadTitle: 'How to install it in Excel',
    sideloadSteps: [
      'Get BlocRank’s manifest.xml from wherever this page is served.',
      'Excel on the web: Home › Add-ins › More add-ins › Upload My Add-in, then choose manifest.xml.',
      'Excel for Windows: copy manifest.xml to a shared folder, add that folder under File › Options › Trust Center › Trusted Add-in Catalogs, then pick it under Home › Add-ins › Shared Folder.',
      'Open BlocRank with the “Emulation bloc” button on the Home tab.',
    ],
    docs: 'Microsoft’s guide (open it in a browser):',
    docsUrl: 'learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins',
    cli: 'Not using Excel? The BlocRank CLI does the same with .xlsx files: blocrank rank scores.xlsx',
  },
};
