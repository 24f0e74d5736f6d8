// Builds the one speech owner for the kiosk (part of the composition root). The platform's voices come
// first; when none can read Indonesian, the bundled offline eSpeak NG voice is loaded (lazily: 9 MB that
// most kiosks with an Indonesian system voice never download) and swapped in behind the same Speaker.
import { systemClock } from '../a11y/clock/system-clock.web.ts';
import { identityNormalize } from '../a11y/speech/identity-normalize.ts';
import type { NormalizeForSpeech } from '../a11y/speech/speech-owner.ts';
import { createSpeechOwner, type SpeechOwner } from '../a11y/speech/speech-owner.ts';
import { SwitchableSpeaker } from '../a11y/speech/switchable-speaker.ts';
import { createEarconPlayer } from '../a11y/speech/web/earcon-player.web.ts';
import { createSpeakerForThisBrowser } from '../a11y/speech/web/web-speech-speaker.web.ts';

/** Whether the kiosk can speak Indonesian: still finding out, yes, or no voice at all (fallback failed too). */
export type VoiceState = 'loading' | 'ready' | 'none';

/** The speech owner and the state of its Indonesian voice. */
export interface SpeechServices {
  owner: SpeechOwner;
  voiceState(): VoiceState;
  /** Resolves when the speech normaliser has loaded (the reader waits for it, so it never reads raw text). */
  normalizerReady: Promise<void>;
  /** Calls `listener` when the voice state changes; returns the unsubscriber. */
  onVoiceState(listener: (state: VoiceState) => void): () => void;
}

/** Creates the speech owner and starts the offline-voice fallback when no Indonesian voice appears. */
export function createSpeechServices(): SpeechServices {
  const speaker = new SwitchableSpeaker(createSpeakerForThisBrowser());
  const earcons = createEarconPlayer();
  // The normaliser's tables are large; they load right after start instead of delaying the first paint.
  // Nothing speaks before a visitor acts, so in practice every utterance is normalised.
  let normalize: NormalizeForSpeech = identityNormalize;
  const normalizerReady = import('../a11y/speech/normalize/normalize-for-speech.ts').then((module) => {
    normalize = module.normalizeForSpeech;
  });
  const owner = createSpeechOwner({ speaker, clock: systemClock, normalize: (text, lang) => normalize(text, lang), earcons });
  // Browsers start an AudioContext only after a user gesture: unlock the earcons on the first touch or key.
  for (const type of ['pointerdown', 'keydown'] as const) addEventListener(type, () => earcons.unlock(), { once: true, capture: true });
  const listeners = new Set<(state: VoiceState) => void>();
  // Voices already listed at start (most desktop browsers) make the kiosk ready at once; Chromium with
  // speech-dispatcher lists them ~3 s later and the owner reports them then.
  let state: VoiceState = owner.status('id').hasVoice ? 'ready' : 'loading';
  let hasTriedFallback = false;
  const setState = (next: VoiceState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  owner.subscribe((event) => {
    if (event.type === 'voice' && event.lang === 'id') setState('ready');
    if (event.type !== 'no-voice' || event.lang !== 'id') return;
    if (hasTriedFallback) {
      setState('none');
      return;
    }
    hasTriedFallback = true;
    setState('loading');
    import('../a11y/speech/espeak/espeak-speaker.web.ts')
      .then(({ loadEspeakSpeaker }) => loadEspeakSpeaker())
      .then((fallback) => speaker.switchTo(fallback))
      .catch((error: unknown) => {
        // The kiosk then shows and announces that it has no Indonesian voice.
        console.error('Jurubaca: the offline Indonesian voice could not be loaded', error);
        setState('none');
      });
  });
  return {
    owner,
    normalizerReady,
    voiceState: () => state,
    onVoiceState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
