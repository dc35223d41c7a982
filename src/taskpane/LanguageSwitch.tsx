import { Button } from '@fluentui/react-components';
import { TranslateRegular } from '@fluentui/react-icons';
import { useLang } from './i18n.js';

/** Switches the pane between Vietnamese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useLang();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={<TranslateRegular />}
      lang={other}
      aria-label={t.app.switchLanguage}
      onClick={() => setLang(other)}
    >
      {t.app.otherLanguage}
    </Button>
  );
}
