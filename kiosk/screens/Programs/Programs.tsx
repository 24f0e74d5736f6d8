import { pickText } from '../../../content/model/language.ts';
import type { Program } from '../../../content/model/program.ts';
import { useSettings } from '../../app/contexts.ts';
import { ItemList } from '../../components/ItemList.tsx';
import { LocalText } from '../../components/LocalText.tsx';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';
import { ContentGate } from '../ContentGate.tsx';

/** The list of government programs. */
export function Programs() {
  const strings = useStrings();
  const { settings } = useSettings();
  return (
    <ScreenLayout title={strings.programsTitle} screenKey="programs">
      <ContentGate>
        {(pack) => {
          const programs = pack.items.filter((item): item is Program => item.kind === 'program');
          const sorted = [...programs].sort((a, b) => pickText(a.name, settings.language).localeCompare(pickText(b.name, settings.language), settings.language));
          return (
            <>
              <p class="lead">{strings.programsIntro(programs.length)}</p>
              <p>
                <a class="button button-secondary" href={routeHref({ name: 'finder' })}>
                  {strings.programsFinderLink}
                </a>
              </p>
              <ItemList
                label={strings.programsTitle}
                entries={sorted.map((program) => ({
                  key: program.id,
                  href: routeHref({ name: 'program', id: program.id }),
                  title: <LocalText text={program.name} />,
                  detail: <LocalText text={program.summary} />,
                  badge: program.isSample ? strings.sampleFlag : undefined,
                }))}
              />
            </>
          );
        }}
      </ContentGate>
    </ScreenLayout>
  );
}
