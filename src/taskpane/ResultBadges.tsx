import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { AwardCode } from '../core/model.js';
import type { RankMark, RankRow } from '../excel/actions.js';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginTop: '2px' },
  abbr: { textDecorationLine: 'none' },
  // Long labels wrap inside the badge instead of spilling out of it in a narrow pane.
  badge: {
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    textAlign: 'left',
    paddingTop: '1px',
    paddingBottom: '1px',
  },
});

const AWARD_COLOR: Readonly<Record<AwardCode, BadgeProps['color']>> = {
  CO_CHINH_PHU: 'danger',
  CO_UBND_TINH: 'danger',
  BANG_KHEN_UBND_TINH: 'brand',
};

const AWARD_APPEARANCE: Readonly<Record<AwardCode, BadgeProps['appearance']>> = {
  CO_CHINH_PHU: 'filled',
  CO_UBND_TINH: 'tint',
  BANG_KHEN_UBND_TINH: 'tint',
};

/** Badge colours of the action items: what stops an award is danger, what needs doing warning. */
const MARK_COLOR: Readonly<Record<RankMark, BadgeProps['color']>> = {
  held: 'danger',
  discipline: 'danger',
  confirm: 'warning',
  pendingTie: 'warning',
  outOfQuota: 'informative',
};

/** A unit's grade, proposed awards and action items (hold, discipline, to confirm, to decide, outside the number). */
export function ResultBadges({ row }: { readonly row: RankRow }) {
  const styles = useStyles();
  const { t } = useLang();
  return (
    <div className={styles.badges}>
      {row.grade !== null ? (
        <Badge className={styles.badge} appearance="outline" color="informative" shape="rounded">
          <abbr className={styles.abbr} title={t.rank.gradeNote}>
            {t.rank.grade[row.grade]}
          </abbr>
        </Badge>
      ) : null}
      {row.awards.map((award) => (
        <Badge
          key={award}
          className={styles.badge}
          appearance={AWARD_APPEARANCE[award]}
          color={AWARD_COLOR[award]}
          shape="rounded"
        >
          {t.rank.award[award]}
        </Badge>
      ))}
      {row.marks.map((mark) => (
        <Badge
          key={mark}
          className={styles.badge}
          appearance="tint"
          color={MARK_COLOR[mark]}
          shape="rounded"
          title={t.flow.markTips[mark]}
          data-mark={mark}
        >
          {t.flow.marks[mark]}
        </Badge>
      ))}
    </div>
  );
}
