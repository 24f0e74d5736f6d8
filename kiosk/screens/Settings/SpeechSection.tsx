import { useState } from 'preact/hooks';
import type { SpeechSettings } from '../../../a11y/speech/speech-settings.ts';
import { useServices } from '../../app/contexts.ts';
import { CATALOGUES, useStrings } from '../../i18n/strings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { useConfirmChoice } from './use-confirm-choice.ts';

/** The catalogue keys naming each speech setting. */
type SpeechSettingLabel = 'settingsRate' | 'settingsVolume' | 'settingsPitch' | 'settingsEarcons';

/** Speeds offered (the owner clamps to 0.5–2.0). */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Volumes offered, in percent. */
const VOLUMES = [25, 50, 75, 100] as const;
/** Pitches offered: low, normal, high. */
const PITCHES = [0.8, 1, 1.2] as const;

/** How the kiosk speaks for this visit: speed, volume, pitch and the short tones (earcons). */
export function SpeechSection() {
  const strings = useStrings();
  const { owner } = useServices().speech;
  const confirm = useConfirmChoice();
  const [speech, setSpeech] = useState<SpeechSettings>(() => owner.settings());
  // The setting changes first, so the confirmation is spoken with it: the visitor hears what they chose.
  const change = (update: Partial<SpeechSettings>, what: SpeechSettingLabel, label: string) => {
    setSpeech(owner.updateSettings(update));
    confirm((language) => CATALOGUES[language][what], label);
  };
  const pitchLabels = [strings.pitchLow, strings.pitchNormal, strings.pitchHigh];
  return (
    <section aria-labelledby="settings-speech" class="card-section">
      <h2 id="settings-speech">{strings.settingsSpeech}</h2>
      <ChoiceGroup<number>
        name="speech-rate"
        legend={strings.settingsRate}
        value={speech.rate}
        choices={RATES.map((rate) => ({ value: rate, label: strings.readerRate(rate) }))}
        onChange={(rate, label) => change({ rate }, 'settingsRate', label)}
      />
      <ChoiceGroup<number>
        name="speech-volume"
        legend={strings.settingsVolume}
        value={Math.round(speech.volume * 100)}
        choices={VOLUMES.map((volume) => ({ value: volume, label: strings.settingsTextSizeValue(volume) }))}
        onChange={(volume, label) => change({ volume: volume / 100 }, 'settingsVolume', label)}
      />
      <ChoiceGroup<number>
        name="speech-pitch"
        legend={strings.settingsPitch}
        value={speech.pitch}
        choices={PITCHES.map((pitch, index) => ({ value: pitch, label: pitchLabels[index]! }))}
        onChange={(pitch, label) => change({ pitch }, 'settingsPitch', label)}
      />
      <ChoiceGroup<string>
        name="speech-earcons"
        legend={strings.settingsEarcons}
        value={speech.hasEarcons ? 'on' : 'off'}
        choices={[
          { value: 'on', label: strings.switchOn },
          { value: 'off', label: strings.switchOff },
        ]}
        onChange={(value, label) => change({ hasEarcons: value === 'on' }, 'settingsEarcons', label)}
      />
    </section>
  );
}
