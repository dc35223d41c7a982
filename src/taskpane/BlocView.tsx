import { Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { Suspense, useId, useState } from 'react';
import type { BlocActions, BlocState } from '../excel/actions.js';
import { Checklist, isReady } from './Checklist.js';
import { ErrorBar } from './ErrorBar.js';
import { useLang } from './i18n.js';
import { LazyDossierPanel, LazyPledgePanel, LazySettingsPanel } from './lazyParts.js';
import { Loading } from './Loading.js';
import { RankPanel } from './RankPanel.js';
import { useTask } from './useTask.js';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  bloc: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
  panel: { paddingTop: tokens.spacingVerticalS },
});

type Section = 'rank' | 'settings' | 'pledge' | 'dossier';

export interface BlocViewProps {
  readonly actions: BlocActions;
  readonly state: BlocState;
  /** The sheets or the settings changed since the results shown. */
  readonly stale: boolean;
  /** The workbook as an action read it (ranking, settings save): the header refreshes without reading again. */
  readonly onState: (state: BlocState | null | undefined) => void;
  readonly onStale: (stale: boolean) => void;
}

/** A bloc workbook: the header line, the first-run checklist, the three sections (kept mounted). */
export function BlocView({ actions, state, stale, onState, onStale }: BlocViewProps) {
  const styles = useStyles();
  const { t, format } = useLang();
  const id = useId();
  const [section, setSection] = useState<Section>('rank');
  const [visited, setVisited] = useState<ReadonlySet<Section>>(() => new Set(['rank']));
  const cells = useTask();
  const selectCell = (sheet: string, cell: string) => void cells.run(() => actions.selectCell(sheet, cell));
  const label: Record<Section, string> = { rank: t.app.tabRank, settings: t.app.tabSettings, pledge: t.app.tabPledge, dossier: t.app.tabDossier };
  // Hồ sơ only where the host offers the dossier's actions (a host may not have them yet).
  const dossier = actions.dossier;
  const SECTIONS: readonly Section[] = dossier ? ['rank', 'settings', 'pledge', 'dossier'] : ['rank', 'settings', 'pledge'];

  const select = (next: Section) => {
    setSection(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };

  return (
    <div className={styles.view}>
      <Caption1 className={styles.bloc}>
        {t.app.blocLine(state.bloc.trim() || t.app.unnamedBloc, state.year, format(state.units))}
      </Caption1>
      {isReady(state.checklist) ? null : <Checklist checklist={state.checklist} format={format} />}
      <TabList
        className={styles.tabs}
        aria-label={t.app.sections}
        selectedValue={section}
        onTabSelect={(_, d) => select(SECTIONS.find((s) => s === d.value) ?? 'rank')}
      >
        {SECTIONS.map((s) => (
          <Tab key={s} value={s} id={`${id}-tab-${s}`} aria-controls={`${id}-panel-${s}`}>
            {label[s]}
          </Tab>
        ))}
      </TabList>
      <ErrorBar message={cells.error} onDismiss={cells.clearError} />
      {SECTIONS.map((s) => (
        <div
          key={s}
          role="tabpanel"
          id={`${id}-panel-${s}`}
          aria-labelledby={`${id}-tab-${s}`}
          hidden={section !== s}
          className={styles.panel}
        >
          {s === 'rank' ? (
            <RankPanel
              actions={actions}
              stored={state.stored}
              stale={stale}
              onSelectCell={selectCell}
              onRanked={(outcome) => {
                onState(outcome.state);
                if (outcome.status === 'ranked') onStale(false);
              }}
            />
          ) : null}
          <Suspense fallback={<Loading />}>
            {s === 'settings' && visited.has(s) ? (
              <LazySettingsPanel
                actions={actions}
                active={section === s}
                onSelectCell={selectCell}
                onChanged={(next) => {
                  onState(next?.kind === 'bloc' ? next : null);
                  onStale(true);
                }}
              />
            ) : null}
            {s === 'pledge' && visited.has(s) ? (
              <LazyPledgePanel actions={actions} active={section === s} onSelectCell={selectCell} />
            ) : null}
            {s === 'dossier' && dossier && visited.has(s) ? (
              <LazyDossierPanel actions={actions} dossier={dossier} active={section === s} onSelectCell={selectCell} />
            ) : null}
          </Suspense>
        </div>
      ))}
    </div>
  );
}
