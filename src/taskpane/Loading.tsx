import { Spinner } from '@fluentui/react-components';
import { useLang } from './i18n.js';

/** The fallback while a part of the pane loads. */
export function Loading({ label }: { readonly label?: string }) {
  const { t } = useLang();
  return <Spinner size="tiny" labelPosition="after" label={label ?? t.app.loading} />;
}
