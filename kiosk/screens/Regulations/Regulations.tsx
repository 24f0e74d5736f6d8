import { pickText } from '../../../content/model/language.ts';
import type { Regulation } from '../../../content/model/regulation.ts';
import { useSettings } from '../../app/contexts.ts';
import { ItemList } from '../../components/ItemList.tsx';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { routeHref } from '../../routing/routes.ts';
import { ContentGate } from '../ContentGate.tsx';

/** The list of regulations, newest first. */
export function Regulations() {
  const strings = useStrings();
  const { settings } = useSettings();
  return (
    <ScreenLayout title={strings.regulationsTitle} screenKey="regulations">
      <ContentGate>
        {(pack) => {
          const regulations = pack.items
            .filter((item): item is Regulation => item.kind === 'regulation')
            .sort((a, b) => b.year - a.year || a.number.localeCompare(b.number, 'id', { numeric: true }));
          return (
            <>
              <p class="lead">{strings.regulationsIntro(regulations.length)}</p>
              <ItemList
                label={strings.regulationsTitle}
                entries={regulations.map((regulation) => ({
                  key: regulation.id,
                  href: routeHref({ name: 'regulation', id: regulation.id }),
                  title: pickText(regulation.title, settings.language),
                  detail: strings.regulationHeading(regulation.type, regulation.number, regulation.year),
                  badge: regulation.isSample ? strings.sampleFlag : undefined,
                }))}
              />
            </>
          );
        }}
      </ContentGate>
    </ScreenLayout>
  );
}
