import { useEffect, useState } from 'preact/hooks';
import type { BuiltDocument } from '../../a11y/reader/display-map.ts';
import { MAX_RATE, MIN_RATE, RATE_STEP } from '../../a11y/speech/speech-settings.ts';
import { useServices, useSettings } from '../app/contexts.ts';
import { Icon, type IconName } from '../components/Icon.tsx';
import { useStrings } from '../i18n/strings.ts';
import type { VoiceState } from '../speech-services.ts';
import { useReader } from './use-reader.ts';

/** The voice state, following the speech services. */
function useVoiceState(): VoiceState {
  const { speech } = useServices();
  const [state, setState] = useState(speech.voiceState());
  useEffect(() => {
    setState(speech.voiceState());
    return speech.onVoiceState(setState);
  }, [speech]);
  return state;
}

/** Which voice speaks, or why none does (shown and, when there is none, announced). */
function VoiceLine({ state }: { state: VoiceState }) {
  const strings = useStrings();
  const { speech } = useServices();
  const status = speech.owner.status('id');
  if (state === 'none') {
    return (
      <p role="alert" class="message message-error">
        {strings.readerNoVoice}
      </p>
    );
  }
  if (state === 'loading' || !status.voice) return <p class="hint">{strings.readerLoadingVoice}</p>;
  const name = status.voice.name;
  return <p class="hint">{status.reason === 'related-language' ? strings.readerVoiceRelated(name) : strings.readerVoice(name)}</p>;
}

/** A large reader button: an icon and its text, always both. */
function ReaderButton({ label, icon, onPress, isPrimary = false }: { label: string; icon: IconName; onPress(): void; isPrimary?: boolean }) {
  return (
    <button type="button" class={isPrimary ? 'button' : 'button button-secondary'} onClick={onPress}>
      <Icon name={icon} size={24} />
      {label}
    </button>
  );
}

/** Props of the reader panel. */
export interface ReaderPanelProps {
  built: BuiltDocument | undefined;
  /** Regulations get Pasal navigation and "go to Pasal". */
  hasPasal?: boolean;
}

/**
 * Read aloud: play/pause, stop, repeat, sentence, section and Pasal navigation, go to Pasal, where am I,
 * speed. Every control has its text visible; every action is heard (speech, an earcon, or the announcer).
 */
export function ReaderPanel({ built, hasPasal = false }: ReaderPanelProps) {
  const strings = useStrings();
  const { settings } = useSettings();
  const { speech } = useServices();
  const voiceState = useVoiceState();
  const { state, dispatch, message, say } = useReader(built, settings.language);
  const [pasal, setPasal] = useState('');
  const [ayat, setAyat] = useState('');
  const [rate, setRate] = useState(() => speech.owner.settings().rate);

  // Listen pressed while the kiosk is still finding a voice (e.g. loading the offline voice): say so, and
  // start as soon as a voice is ready instead of failing.
  const [isPlayPending, setIsPlayPending] = useState(false);
  useEffect(() => {
    if (!isPlayPending || voiceState === 'loading') return;
    setIsPlayPending(false);
    if (voiceState === 'ready') dispatch({ type: 'play' });
    else say(strings.readerNoVoice, { isUrgent: true });
  }, [isPlayPending, voiceState]); // eslint-disable-line react-hooks/exhaustive-deps -- runs when the voice settles

  const play = () => {
    if (voiceState === 'none') {
      say(strings.readerNoVoice, { isUrgent: true });
      return;
    }
    if (voiceState === 'loading' && !state?.isPlaying) {
      setIsPlayPending(true);
      say(strings.readerLoadingVoice);
      return;
    }
    if (state?.isPlaying) {
      dispatch({ type: 'pause' });
      say(strings.readerPaused, { isSpoken: true });
    } else {
      dispatch({ type: state?.isPaused ? 'resume' : 'play' });
    }
  };
  const changeRate = (direction: 1 | -1) => {
    const next = Math.min(MAX_RATE, Math.max(MIN_RATE, Math.round((rate + direction * RATE_STEP) * 100) / 100));
    setRate(speech.owner.updateSettings({ rate: next }).rate);
    // While reading, the new speed is heard on the next sentence; otherwise it is said at that speed.
    say(strings.readerRate(next), { isSpoken: !state?.isPlaying });
  };
  const goTo = (event: Event) => {
    event.preventDefault();
    if (!pasal.trim()) {
      say(strings.readerGoToEmpty, { isUrgent: true, isSpoken: true });
      return;
    }
    dispatch({ type: 'go-to', pasal: pasal.trim(), ...(ayat.trim() ? { ayat: ayat.trim() } : {}) });
  };

  const playLabel = state?.isPlaying ? strings.readerPause : state?.isPaused ? strings.readerResume : strings.readerPlay;
  return (
    <section class="reader" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{strings.readerRegion}</h2>
      <VoiceLine state={voiceState} />
      <div class="button-row reader-controls">
        <ReaderButton label={playLabel} icon={state?.isPlaying ? 'pause' : 'play'} onPress={play} isPrimary />
        <ReaderButton
          label={strings.readerStop}
          icon="stop"
          onPress={() => {
            dispatch({ type: 'stop' });
            say(strings.readerStopped, { isSpoken: true });
          }}
        />
        <ReaderButton label={strings.readerRepeat} icon="repeat" onPress={() => dispatch({ type: 'repeat' })} />
        <ReaderButton label={strings.readerPreviousSentence} icon="previous" onPress={() => dispatch({ type: 'previous-sentence' })} />
        <ReaderButton label={strings.readerNextSentence} icon="next" onPress={() => dispatch({ type: 'next-sentence' })} />
        <ReaderButton label={strings.readerPreviousHeading} icon="previous-section" onPress={() => dispatch({ type: 'previous-heading' })} />
        <ReaderButton label={strings.readerNextHeading} icon="next-section" onPress={() => dispatch({ type: 'next-heading' })} />
        {hasPasal && <ReaderButton label={strings.readerPreviousPasal} icon="previous-section" onPress={() => dispatch({ type: 'previous-pasal' })} />}
        {hasPasal && <ReaderButton label={strings.readerNextPasal} icon="next-section" onPress={() => dispatch({ type: 'next-pasal' })} />}
        <ReaderButton label={strings.readerWhereAmI} icon="where" onPress={() => dispatch({ type: 'where-am-i' })} />
        <ReaderButton label={strings.readerSlower} icon="slower" onPress={() => changeRate(-1)} />
        <ReaderButton label={strings.readerFaster} icon="faster" onPress={() => changeRate(1)} />
      </div>
      <p class="hint">{strings.readerRate(rate)}</p>
      {hasPasal && (
        <form class="reader-goto" onSubmit={goTo}>
          <div>
            <label for="reader-pasal" class="field-label">
              {strings.readerGoToPasal}
            </label>
            <input id="reader-pasal" type="text" inputMode="text" autoComplete="off" maxLength={10} value={pasal} onInput={(event) => setPasal((event.currentTarget as HTMLInputElement).value)} />
          </div>
          <div>
            <label for="reader-ayat" class="field-label">
              {strings.readerGoToAyat}
            </label>
            <input id="reader-ayat" type="text" inputMode="numeric" autoComplete="off" maxLength={5} value={ayat} onInput={(event) => setAyat((event.currentTarget as HTMLInputElement).value)} />
          </div>
          <button type="submit" class="button">
            {strings.readerGoTo}
          </button>
        </form>
      )}
      {message && <p class="reader-message">{message}</p>}
    </section>
  );
}
