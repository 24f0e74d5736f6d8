import { useSettings } from '../../app/contexts.ts';
import { TEXT_SIZES, THEMES, type TextSize, type Theme } from '../../app/settings.ts';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { CATALOGUES, useStrings } from '../../i18n/strings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { PackSection } from './PackSection.tsx';
import { ReadingAidsSection } from './ReadingAidsSection.tsx';
import { SpeechSection } from './SpeechSection.tsx';
import { useConfirmChoice } from './use-confirm-choice.ts';

/** Visitor settings for this visit (language, text size, theme, reading aids, voice) and the content pack. */
export function Settings() {
  const strings = useStrings();
  const { settings, update } = useSettings();
  const confirm = useConfirmChoice();
  const themeLabels: Record<Theme, string> = {
    standard: strings.themeStandard,
    'yellow-on-black': strings.themeYellowOnBlack,
    'white-on-black': strings.themeWhiteOnBlack,
    'black-on-white': strings.themeBlackOnWhite,
  };
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
          // Confirmed in the new language, so the visitor hears the language they chose.
          confirm((lang) => CATALOGUES[lang].settingsLanguage, label, language);
        }}
      />
      <ChoiceGroup<TextSize>
        name="text-size"
        legend={strings.settingsTextSize}
        value={settings.textSize}
        choices={TEXT_SIZES.map((size) => ({ value: size, label: strings.settingsTextSizeValue(size) }))}
        onChange={(textSize, label) => {
          update({ textSize });
          confirm((lang) => CATALOGUES[lang].settingsTextSize, label);
        }}
      />
      <ChoiceGroup<Theme>
        name="theme"
        legend={strings.settingsTheme}
        value={settings.theme}
        choices={THEMES.map((theme) => ({ value: theme, label: themeLabels[theme] }))}
        onChange={(theme, label) => {
          update({ theme });
          confirm((lang) => CATALOGUES[lang].settingsTheme, label);
        }}
      />
      <ReadingAidsSection />
      <SpeechSection />
      <PackSection />
    </ScreenLayout>
  );
}
