import type { DeadLetterDepth } from '../../api/dashboard.ts';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';

const queueName = (queue: string, i18n: AdminI18n) => i18n.lookup(`dashboard.queue.${queue}`) ?? queue;

/** A visible warning for every dead-letter queue holding messages; shown above the figures. */
export function DeadLetterWarnings({ deadLetters }: { deadLetters: DeadLetterDepth[] | null }) {
  const i18n = useAdminI18n();
  const failing = (deadLetters ?? []).filter((entry) => entry.messages > 0);
  if (!failing.length) return null;
  return (
    <div class="warning" style={{ marginBottom: '1rem' }}>
      {failing.map((entry) => (
        <p key={entry.queue} style={{ margin: '0.25rem 0' }}>
          <strong>
            {entry.messages === 1
              ? i18n.t('dashboard.queues.warningOne', { queue: queueName(entry.queue, i18n) })
              : i18n.t('dashboard.queues.warningMany', { queue: queueName(entry.queue, i18n), count: entry.messages })}
          </strong>
        </p>
      ))}
    </div>
  );
}

/** Every queue's dead-letter depth, or a note that the queues could not be read. */
export function DeadLetters({ deadLetters }: { deadLetters: DeadLetterDepth[] | null }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="queues-title">
      <h2 id="queues-title">{t('dashboard.queues.title')}</h2>
      {deadLetters === null ? (
        <p>{t('dashboard.queues.unreadable')}</p>
      ) : (
        <>
          {deadLetters.every((entry) => entry.messages === 0) && <p>{t('dashboard.queues.allClear')}</p>}
          <table>
            <caption class="visually-hidden">{t('dashboard.queues.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.queues.queue')}</th>
                <th scope="col" class="number">
                  {t('dashboard.queues.messages')}
                </th>
              </tr>
            </thead>
            <tbody>
              {deadLetters.map((entry) => (
                <tr key={entry.queue}>
                  <th scope="row">{queueName(entry.queue, i18n)}</th>
                  <td class="number">{entry.messages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
