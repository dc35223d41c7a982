import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Says `text` to screen-reader users (a polite live region); the same text twice is said twice. */
export type Announce = (text: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/** The pane's one live region: results, errors and other outcomes are announced through it. */
export function Announcer({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback<Announce>((text) => {
    // Clear first, then set on the next tick: a live region only speaks when its content changes.
    setMessage('');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(text), 50);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
