import type { Notice } from '../../../content/model/notice.ts';
import { useSettings } from '../../app/contexts.ts';
import { formatDate } from '../../components/format.ts';
import { LocalText } from '../../components/LocalText.tsx';
import { SampleFlag } from '../../components/SampleFlag.tsx';
import { ScreenLayout } from '../../components/ScreenLayout.tsx';
import { useStrings } from '../../i18n/strings.ts';
import { ContentGate } from '../ContentGate.tsx';

/** One notice in full: category, title, dates, place and text. */
function NoticeCard({ notice }: { notice: Notice }) {
  const strings = useStrings();
  const { settings } = useSettings();
  const headingId = `notice-${notice.id}`;
  return (
    <article class="notice" aria-labelledby={headingId}>
      <p class="notice-category">{strings.noticeCategory[notice.category]}</p>
      <LocalText as="h2" id={headingId} text={notice.title} />
      {notice.startsOn && (
        <p>
          {strings.noticeWhen(formatDate(notice.startsOn, settings.language), notice.endsOn && formatDate(notice.endsOn, settings.language))}
        </p>
      )}
      {notice.place && (
        <p>
          {strings.noticePlace}: <LocalText text={notice.place} />
        </p>
      )}
      {notice.body.map((paragraph, index) => (
        <LocalText as="p" key={index} text={paragraph} />
      ))}
      {notice.isSample && <SampleFlag />}
    </article>
  );
}

/** The library's notices: services, opening hours and events. */
export function Notices() {
  const strings = useStrings();
  return (
    <ScreenLayout title={strings.noticesTitle} screenKey="notices">
      <ContentGate>
        {(pack) => {
          const notices = pack.items.filter((item): item is Notice => item.kind === 'notice');
          return (
            <>
              <p class="lead">{strings.noticesIntro(notices.length)}</p>
              {notices.map((notice) => (
                <NoticeCard key={notice.id} notice={notice} />
              ))}
            </>
          );
        }}
      </ContentGate>
    </ScreenLayout>
  );
}
