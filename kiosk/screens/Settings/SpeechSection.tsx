import { useState } from 'preact/hooks';
import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import type { SpeechSettings } from '../../../a11y/speech/speech-settings.ts';
import { useServices, useSettings } from '../../app/contexts.ts';
import { useStrings } from '../../i18n/strings.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';

/** Speeds offered (the owner clamps to 0.5–2.0). */
const RATES = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Volumes offered, in percent. */
const VOLUMES = [25, 50, 75, 100] as const;
/** Pitches offered: low, normal, high. */
const PITCHES = [0.8, 1, 1.2] as const;

/** How the kiosk speaks for this visit: speed, volume, pitch and the short tones (earcons). */
export function SpeechSection() {
  const strings = useStrings();
  const { settings: visitorSettings } = useSettings();
  const { owner } = useServices().speech;
  const [speech, setSpeech] = useState<SpeechSettings>(() => owner.settings());
  // The confirmation is spoken with the new setting, so the visitor hears what they chose.
  const change = (update: Partial<SpeechSettings>, what: string, label: string) => {
    setSpeech(owner.updateSettings(update));
    const text = strings.settingsChanged(what, label);
    announce(text);
    owner.speakText(text, visitorSettings.language);
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
        onChange={(rate, label) => change({ rate }, strings.settingsRate, label)}
      />
      <ChoiceGroup<number>
        name="speech-volume"
        legend={strings.settingsVolume}
        value={Math.round(speech.volume * 100)}
        choices={VOLUMES.map((volume) => ({ value: volume, label: strings.settingsTextSizeValue(volume) }))}
        onChange={(volume, label) => change({ volume: volume / 100 }, strings.settingsVolume, label)}
      />
      <ChoiceGroup<number>
        name="speech-pitch"
        legend={strings.settingsPitch}
        value={speech.pitch}
        choices={PITCHES.map((pitch, index) => ({ value: pitch, label: pitchLabels[index]! }))}
        onChange={(pitch, label) => change({ pitch }, strings.settingsPitch, label)}
      />
      <ChoiceGroup<string>
        name="speech-earcons"
        legend={strings.settingsEarcons}
        value={speech.hasEarcons ? 'on' : 'off'}
        choices={[
          { value: 'on', label: strings.switchOn },
          { value: 'off', label: strings.switchOff },
        ]}
        onChange={(value, label) => change({ hasEarcons: value === 'on' }, strings.settingsEarcons, label)}
      />
    </section>
  );
}
