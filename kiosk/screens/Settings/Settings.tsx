import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import { useSettings } from '../../app/contexts.ts';
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../../app/settings.ts';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { CATALOGUES, useStrings } from '../../i18n/strings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { PackSection } from './PackSection.tsx';
import { SpeechSection } from './SpeechSection.tsx';

/** Visitor settings for this visit (language, text size, theme) and the content pack. */
export function Settings() {
  const strings = useStrings();
  const { settings, update } = useSettings();
  const themeLabels: Record<Theme, string> = { standard: strings.themeStandard, 'high-contrast': strings.themeHighContrast };
  return (
    <ScreenLayout title={strings.settingsTitle} screenKey="settings">
      <p class="lead">{strings.settingsSavedForVisit}</p>
      <ChoiceGroup
        name="language"
        legend={strings.settingsLanguage}
        value={settings.language}
        choices={[
          { value: 'id', label: CATALOGUES.id.languageName, lang: 'id' },
          { value: 'en', label: CATALOGUES.en.languageName, lang: 'en' },
        ]}
        onChange={(language, label) => {
          update({ language });
          announce(CATALOGUES[language].settingsChanged(CATALOGUES[language].settingsLanguage, label));
        }}
      />
      <ChoiceGroup<TextSize>
        name="text-size"
        legend={strings.settingsTextSize}
        value={settings.textSize}
        choices={TEXT_SIZES.map((size) => ({ value: size, label: strings.settingsTextSizeValue(size) }))}
        onChange={(textSize, label) => {
          update({ textSize });
          announce(strings.settingsChanged(strings.settingsTextSize, label));
        }}
      />
      <ChoiceGroup<Theme>
        name="theme"
        legend={strings.settingsTheme}
        value={settings.theme}
        choices={THEMES.map((theme) => ({ value: theme, label: themeLabels[theme] }))}
        onChange={(theme, label) => {
          update({ theme });
          announce(strings.settingsChanged(strings.settingsTheme, label));
        }}
      />
      <SpeechSection />
      <PackSection />
    </ScreenLayout>
  );
}
