import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import { pickText } from '../../../content/model/language.ts';
import type { Finder as FinderContent } from '../../../content/model/finder.ts';
import type { Pack } from '../../../content/model/pack.ts';
import { useSettings } from '../../app/contexts.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { ContentGate } from '../ContentGate.tsx';
import { FinderResults } from './FinderResults.tsx';

/** The visitor's answers: option value, or 'skip'. Kept in this screen only (never stored). */
export type FinderAnswers = Record<string, string>;

/** One question with its choices and the Next / Skip / Previous buttons. */
function QuestionStep({ finder, step, answers, onAnswer, onPrevious }: { finder: FinderContent; step: number; answers: FinderAnswers; onAnswer(questionId: string, value: string): void; onPrevious(): void }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const question = finder.questions[step]!;
  const [choice, setChoice] = useState<string | undefined>(answers[question.id] !== 'skip' ? answers[question.id] : undefined);
  const [isMissing, setIsMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each question is its own instance (keyed by id), so no answer leaks from the previous question even when
  // a keypad user answers before the next frame; focus moves to the new question before the next key press.
  useLayoutEffect(() => {
    if (step > 0) headingRef.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on arrival only

  const onNext = () => {
    if (!choice) {
      setIsMissing(true);
      announce(strings.finderChooseFirst, 'assertive');
      return;
    }
    onAnswer(question.id, choice);
  };

  return (
    <section aria-labelledby="finder-question" class="finder-step">
      <p>{strings.finderProgress(step + 1, finder.questions.length)}</p>
      <h2 id="finder-question" ref={headingRef} tabIndex={-1}>
        {pickText(question.text, settings.language)}
      </h2>
      {question.help && <LocalText as="p" class="hint" text={question.help} />}
      {/* The group is named by the question heading (no legend repeating it to screen readers). */}
      <div role="radiogroup" class="choice-group" aria-labelledby="finder-question" aria-describedby={isMissing ? 'finder-missing' : undefined}>
        {question.options.map((option) => (
          <label key={option.value} class="choice">
            <input type="radio" name={`finder-${question.id}`} value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} />
            <LocalText text={option.label} />
          </label>
        ))}
      </div>
      {isMissing && (
        <p id="finder-missing" role="alert" class="message message-error">
          {strings.finderChooseFirst}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="button" onClick={onNext}>
          {strings.finderNext}
        </button>
        <button type="button" class="button button-secondary" onClick={() => onAnswer(question.id, 'skip')}>
          {strings.finderSkip}
        </button>
        {step > 0 && (
          <button type="button" class="button button-secondary" onClick={onPrevious}>
            {strings.finderPrevious}
          </button>
        )}
      </div>
    </section>
  );
}

/** The finder flow for a pack: one question at a time, then the results. */
function FinderFlow({ pack }: { pack: Pack }) {
  const [answers, setAnswers] = useState<FinderAnswers>({});
  const [step, setStep] = useState(0);
  const isDone = step >= pack.finder.questions.length;
  if (isDone) {
    return (
      <FinderResults
        pack={pack}
        answers={answers}
        onStartOver={() => {
          setAnswers({});
          setStep(0);
        }}
      />
    );
  }
  return (
    <QuestionStep
      key={pack.finder.questions[step]?.id}
      finder={pack.finder}
      step={step}
      answers={answers}
      onAnswer={(questionId, value) => {
        setAnswers((current) => ({ ...current, [questionId]: value }));
        setStep(step + 1);
      }}
      onPrevious={() => setStep(Math.max(step - 1, 0))}
    />
  );
}

/** Program finder: a few questions, then which programs fit and why. */
export function Finder() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.finderTitle} screenKey="finder">
      <p class="lead">{strings.finderIntro}</p>
      <ContentGate>{(pack) => <FinderFlow pack={pack} />}</ContentGate>
    </ScreenLayout>
  );
}
