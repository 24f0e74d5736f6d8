import { useSettings } from '../../app/contexts.ts';
import { LAYOUTS, RULER_LINES, TEXT_SPACINGS, type Layout, type RulerLines, type TextSpacing } from '../../app/settings.ts';
import { CATALOGUES, useStrings } from '../../i18n/strings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { useConfirmChoice } from './use-confirm-choice.ts';

/** Reading aids for this visit: text spacing, the braille-friendly linear layout and the reading ruler. */
export function ReadingAidsSection() {
  const strings = useStrings();
  const { settings, update } = useSettings();
  const confirm = useConfirmChoice();
  const spacingLabels: Record<TextSpacing, string> = { normal: strings.spacingNormal, wide: strings.spacingWide, dyslexia: strings.spacingDyslexia };
  return (
    <section aria-labelledby="settings-reading-aids" class="card-section">
      <h2 id="settings-reading-aids">{strings.settingsReadingAids}</h2>
      <ChoiceGroup<TextSpacing>
        name="spacing"
        legend={strings.settingsSpacing}
        value={settings.spacing}
        choices={TEXT_SPACINGS.map((spacing) => ({ value: spacing, label: spacingLabels[spacing] }))}
        onChange={(spacing, label) => {
          update({ spacing });
          confirm((language) => CATALOGUES[language].settingsSpacing, label);
        }}
      />
      <ChoiceGroup<Layout>
        name="layout"
        legend={strings.settingsLayout}
        value={settings.layout}
        choices={LAYOUTS.map((layout) => ({ value: layout, label: layout === 'linear' ? strings.layoutLinear : strings.layoutStandard }))}
        onChange={(layout, label) => {
          update({ layout });
          confirm((language) => CATALOGUES[language].settingsLayout, label);
        }}
      />
      <ChoiceGroup<RulerLines>
        name="ruler"
        legend={strings.settingsRuler}
        value={settings.ruler}
        choices={RULER_LINES.map((lines) => ({ value: lines, label: lines === 0 ? strings.rulerOff : strings.rulerLines(lines) }))}
        onChange={(ruler, label) => {
          update({ ruler });
          confirm((language) => CATALOGUES[language].settingsRuler, label);
        }}
      />
    </section>
  );
}
