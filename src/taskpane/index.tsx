/**
 * Task-pane entry. Placeholder until the task-pane issue: it only proves the page renders with Fluent UI.
 * The custom functions are loaded by taskpane.html itself (the shared runtime), not imported here.
 */
import { FluentProvider, Title1, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title1 as="h1">BlocRank</Title1>
      </main>
    </FluentProvider>
  );
}

function mount(): void {
  const container = document.getElementById('root');
  if (container)
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => mount());
} else {
  mount();
}
