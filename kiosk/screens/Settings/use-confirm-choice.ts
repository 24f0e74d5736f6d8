import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import type { Language } from '../../../content/model/language.ts';
import { useServices, useSettings } from '../../app/contexts.ts';
import { CATALOGUES } from '../../i18n/strings.ts';

/**
 * Confirms a visitor's choice both ways: announced to screen readers (live region) and spoken by the
 * kiosk's own voice through the one speech owner, as SpeechSection does. `language` is the language to
 * confirm in (the new one, when the language itself changed).
 */
export function useConfirmChoice(): (what: (language: Language) => string, label: string, language?: Language) => void {
  const { settings } = useSettings();
  const { owner } = useServices().speech;
  return (what, label, language = settings.language) => {
    const text = CATALOGUES[language].settingsChanged(what(language), label);
    announce(text);
    owner.speakText(text, language);
  };
}
