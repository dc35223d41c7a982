/**
 * The year-end meeting as the workbook's `Cấu hình` describes it (DOMAIN.md sections 4 and 10): read by the
 * grid (`readDossierSettings`), written into the minutes by the documents. Blanks are `null` (dotted lines).
 */
export interface DossierMeeting {
  /** Members entitled to vote: the setting, else the number of units. */
  readonly voters: number;
  /** Whether `Số thành viên bỏ phiếu` was filled in (false: `voters` is the number of units). */
  readonly votersGiven: boolean;
  /** Approval needed, in % of the voters [practice; the bloc's rule]. */
  readonly thresholdPercent: number;
  /** Units absent from the meeting, as unit indices in the order written. */
  readonly absent: readonly number[];
  readonly meetingTime: string | null;
  readonly meetingPlace: string | null;
  readonly chair: string | null;
  readonly secretary: string | null;
}
