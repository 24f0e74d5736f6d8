import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announce/live-announcer.web.ts';
import { displayRangesFor, type BuiltDocument } from '../../a11y/reader/display-map.ts';
import { reduceSession, rememberPosition, resumeSession, type ReaderEffect, type ReaderInput, type SessionState } from '../../a11y/reader/reading-session.ts';
import type { Language } from '../../content/model/language.ts';
import { useServices } from '../app/contexts.ts';
import type { Strings } from '../i18n/id.ts';
import { useStrings } from '../i18n/strings.ts';
import { readerMessageText } from './reader-text.ts';
import { clearHighlights, SENTENCE_HIGHLIGHT, showHighlight, WORD_HIGHLIGHT } from './text-highlight.ts';
import { setVisitMemory, visitMemory } from './visit-memory.ts';

/** What the reader panel needs: the session state, the way to send commands, and the last thing said. */
export interface ReaderControls {
  state: SessionState | undefined;
  dispatch(input: ReaderInput): void;
  /** The last message or echo, shown under the controls (it was also spoken or announced). */
  message: string | undefined;
  /** Shows and announces a message that is not the session's (rate change, no voice, empty Pasal box). */
  say(text: string, options?: { isSpoken?: boolean; isUrgent?: boolean }): void;
}

/**
 * Runs a reading session for a document: commands go through the pure session (a11y/reader), its effects
 * are carried out here with the one speech owner, and the current sentence and word are highlighted.
 * Leaving the screen stops speech at once and remembers the position for this visit.
 */
export function useReader(built: BuiltDocument | undefined, language: Language): ReaderControls {
  const { owner } = useServices().speech;
  const strings = useStrings();
  const stringsRef = useRef<Strings>(strings);
  stringsRef.current = strings;
  const stateRef = useRef<SessionState | undefined>(undefined);
  // Bumped by every input: a message still being spoken from an older input must not start its follow-ups.
  const generationRef = useRef(0);
  const [state, setState] = useState<SessionState | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);

  const say = useCallback(
    (text: string, options: { isSpoken?: boolean; isUrgent?: boolean } = {}) => {
      setMessage(text);
      announce(text, options.isUrgent ? 'assertive' : 'polite');
      if (options.isSpoken) owner.speakText(text, language);
    },
    [owner, language],
  );

  const showPosition = (next: SessionState, previous: SessionState | undefined) => {
    if (!built) return;
    const { sentence, word } = next.highlight;
    const isNewSentence = sentence?.start !== previous?.highlight.sentence?.start;
    showHighlight(SENTENCE_HIGHLIGHT, sentence ? displayRangesFor(built.display, sentence.start, sentence.end) : [], isNewSentence);
    showHighlight(WORD_HIGHLIGHT, word ? displayRangesFor(built.display, word.start, word.end) : []);
  };

  const dispatchRef = useRef<(input: ReaderInput) => void>(() => undefined);

  const runEffects = (effects: readonly ReaderEffect[], from: number, generation: number) => {
    if (!built || generation !== generationRef.current) return;
    for (let index = from; index < effects.length; index += 1) {
      const effect = effects[index]!;
      switch (effect.type) {
        case 'stop-speech':
          owner.cancel();
          break;
        case 'earcon':
          owner.playEarcon(effect.name === 'end' ? 'end-of-document' : effect.name);
          break;
        case 'announce': {
          const text = readerMessageText(effect.message, stringsRef.current);
          setMessage(text);
          announce(text);
          // Speak the message first; what follows (re-reading the sentence) waits until it has been heard.
          owner.speakText(text, language, { onDone: () => runEffects(effects, index + 1, generation) });
          return;
        }
        case 'speak':
          owner.speakText(built.document.text, effect.lang, {
            from: effect.start,
            to: effect.end,
            chunks: effect.chunks,
            onWord: (offset) => dispatchRef.current({ type: 'word-reached', offset }),
            onDone: () => dispatchRef.current({ type: 'sentence-finished', speechId: effect.id }),
            onError: (error) => {
              // A missing, refused or repeatedly stalled voice fails the next sentence too: stop and say why.
              if (error.code === 'no-voice' || error.code === 'not-allowed' || error.code === 'stalled') {
                dispatchRef.current({ type: 'stop' });
                say(error.code === 'no-voice' ? stringsRef.current.readerNoVoice : stringsRef.current.readerSpeechFailed, { isUrgent: true });
                return;
              }
              // A one-off fault: go on with the next sentence rather than stall (the owner already retried).
              dispatchRef.current({ type: 'sentence-finished', speechId: effect.id });
            },
          });
          break;
      }
    }
  };

  const dispatch = (input: ReaderInput) => {
    const current = stateRef.current;
    if (!current) return;
    const step = reduceSession(current, input);
    stateRef.current = step.state;
    setState(step.state);
    showPosition(step.state, current);
    if (input.type !== 'word-reached' && input.type !== 'sentence-finished') generationRef.current += 1;
    runEffects(step.effects, 0, generationRef.current);
  };
  dispatchRef.current = dispatch;

  useEffect(() => {
    if (!built) return undefined;
    const session = resumeSession(built.document, visitMemory());
    stateRef.current = session;
    setState(session);
    setMessage(undefined);
    return () => {
      generationRef.current += 1;
      owner.cancel();
      if (stateRef.current) setVisitMemory(rememberPosition(visitMemory(), stateRef.current));
      stateRef.current = undefined;
      clearHighlights();
    };
  }, [built, owner]);

  return { state, dispatch: useCallback((input: ReaderInput) => dispatchRef.current(input), []), message, say };
}
