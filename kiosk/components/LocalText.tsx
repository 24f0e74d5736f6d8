import type { JSX } from 'preact';
import { isFallback, pickText, type LocalizedText } from '../../content/model/language.ts';
import { useSettings } from '../app/contexts.ts';

/** Props of LocalText. */
interface LocalTextProps {
  text: LocalizedText;
  as?: 'span' | 'p' | 'li' | 'h2' | 'h3' | 'strong' | 'dd';
  class?: string;
  id?: string;
}

/**
 * Content text in the visitor's language. When English is missing the Indonesian text is shown with
 * lang="id", so screen readers (and later the kiosk's voice) pronounce it as Indonesian.
 */
export function LocalText({ text, as: Tag = 'span', class: className, id }: LocalTextProps): JSX.Element {
  const { settings } = useSettings();
  const lang = isFallback(text, settings.language) ? 'id' : undefined;
  return (
    <Tag class={className} id={id} lang={lang}>
      {pickText(text, settings.language)}
    </Tag>
  );
}
