import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { announce } from '../../../a11y/announce/live-announcer.web.ts';
import { evaluateFinder } from '../../../content/finder/evaluate-finder.ts';
import { pickText } from '../../../content/model/language.ts';
import type { Pack } from '../../../content/model/pack.ts';
import { useSettings } from '../../app/contexts.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';
import type { FinderAnswers } from './Finder.tsx';

/** The programs that fit the answers, each with why, and what is still to be confirmed. */
export function FinderResults({ pack, answers, onStartOver }: { pack: Pack; answers: FinderAnswers; onStartOver(): void }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const matches = useMemo(() => evaluateFinder(pack.finder, pack.items, answers), [pack, answers]);
  const questions = new Map(pack.finder.questions.map((question) => [question.id, question]));
  const yes = matches.filter((match) => match.fit === 'yes').length;
  const summary = strings.finderResultsCount(yes, matches.length - yes);

  // Layout effect: the Next button that led here is gone; focus must land on the results before any key.
  useLayoutEffect(() => {
    headingRef.current?.focus();
    announce(summary);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- announce once on arrival

  return (
    <section aria-labelledby="finder-results">
      <h2 id="finder-results" ref={headingRef} tabIndex={-1}>
        {strings.finderResultsTitle}
      </h2>
      <p>{summary}</p>
      <p class="hint">{strings.finderDisclaimer}</p>
      <ul class="item-list finder-results">
        {matches.map((match) => (
          <li key={match.program.id}>
            <a class="item-link" href={routeHref({ name: 'program', id: match.program.id })}>
              <span class="item-title">{pickText(match.program.name, settings.language)}</span>
              <span class="item-detail">
                <strong>{match.fit === 'yes' ? strings.finderFitYes : strings.finderFitMaybe}</strong>
                {' · '}
                {match.reasons.length > 0 ? (
                  <>
                    {strings.finderBecause}:{' '}
                    {match.reasons.map((reason, index) => (
                      <span key={index}>
                        {index > 0 && '; '}
                        <LocalText text={reason.reason} />
                      </span>
                    ))}
                  </>
                ) : (
                  strings.finderFitsEveryone
                )}
              </span>
              {match.unknown.length > 0 && (
                <span class="result-why">
                  {strings.finderCheck}: {match.unknown.map((id) => { const question = questions.get(id); return question ? pickText(question.text, settings.language) : id; }).join('; ')}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" class="button button-secondary" onClick={onStartOver}>
        {strings.finderStartOver}
      </button>
    </section>
  );
}
