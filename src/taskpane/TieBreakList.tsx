import { Button, makeStyles, Select, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, DismissRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Lang, TieBreakLink } from '../core/model.js';
import { formatTieBreakOrder, parseTieBreakOrder } from '../core/tieBreakers.js';
import { useLang } from './i18n.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'decimal',
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  name: { flexGrow: 1, minWidth: '6rem' },
  add: { display: 'flex', columnGap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** The links a chain may use: criteria groups A–E and the fact links. */
const CANDIDATES: readonly TieBreakLink[] = [
  ...['A', 'B', 'C', 'D', 'E'].map((param) => ({ id: 'group' as const, param })),
  { id: 'penalty' },
  { id: 'bonus' },
  { id: 'votes' },
  { id: 'women' },
];

const key = (l: TieBreakLink) => `${l.id}:${l.param ?? ''}`;

export interface TieBreakListProps {
  /** The order as written in the sheet ("Nhóm A; Điểm trừ"). */
  readonly value: string;
  /** The workbook's language: the order is written back in it. */
  readonly sheetLang: Lang;
  readonly onChange: (text: string) => void;
  /** Labelled by the field around it. */
  readonly labelledBy?: string;
}

/**
 * The tie-break order as an ordered list: move a link up or down, remove it, add one. Each change is
 * written back as the text the sheet holds, in the workbook's language.
 */
export function TieBreakList({ value, sheetLang, onChange, labelledBy }: TieBreakListProps) {
  const styles = useStyles();
  const { t, lang } = useLang();
  const id = useId();
  const links = parseTieBreakOrder(value).links;
  const unused = CANDIDATES.filter((c) => !links.some((l) => key(l) === key(c)));
  const [adding, setAdding] = useState('');
  const set = (next: readonly TieBreakLink[]) => onChange(formatTieBreakOrder(next, sheetLang));
  const move = (i: number, by: number) => {
    const next = [...links];
    const [l] = next.splice(i, 1);
    next.splice(i + by, 0, l!);
    set(next);
  };
  const label = (l: TieBreakLink) => formatTieBreakOrder([l], lang);
  return (
    <div>
      {links.length === 0 ? <div className={styles.empty}>{t.settingsMore.tieEmpty}</div> : null}
      <ol className={styles.list} aria-labelledby={labelledBy}>
        {links.map((l, i) => (
          <li key={key(l)}>
            <span className={styles.item}>
              <span className={styles.name}>{label(l)}</span>
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowUpRegular />}
                aria-label={t.settingsMore.moveUp(label(l))}
                disabledFocusable={i === 0}
                onClick={() => move(i, -1)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<ArrowDownRegular />}
                aria-label={t.settingsMore.moveDown(label(l))}
                disabledFocusable={i === links.length - 1}
                onClick={() => move(i, 1)}
              />
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                aria-label={t.settingsMore.remove(label(l))}
                onClick={() => set(links.filter((_, k) => k !== i))}
              />
            </span>
          </li>
        ))}
      </ol>
      {unused.length > 0 ? (
        <div className={styles.add}>
          <Select
            id={`${id}-add`}
            aria-label={t.settingsMore.tieAdd}
            value={adding}
            onChange={(_, d) => setAdding(d.value)}
          >
            <option value="">{t.settingsMore.tieAdd}</option>
            {unused.map((c) => (
              <option key={key(c)} value={key(c)}>
                {label(c)}
              </option>
            ))}
          </Select>
          <Button
            size="small"
            disabledFocusable={adding === ''}
            onClick={() => {
              const link = unused.find((c) => key(c) === adding);
              if (link) set([...links, link]);
              setAdding('');
            }}
          >
            {t.settingsMore.tieAddButton}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
