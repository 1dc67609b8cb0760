import { useI18n } from '../../i18n/i18n.tsx';

export const steps = ['contact', 'livraison', 'paiement'] as const;
export type Step = (typeof steps)[number];
export const stepKey = { contact: 'checkout.step.contact', livraison: 'checkout.step.delivery', paiement: 'checkout.step.payment' } as const;

/** "Étape 2/3" and the three steps; done steps link back, the current one is marked for assistive tech. */
export function StepIndicator({ current }: { current: Step }) {
  const { t } = useI18n();
  const index = steps.indexOf(current);
  return (
    <nav class="steps" aria-label={t('checkout.steps')}>
      <p class="step-count" data-testid="step-count">
        {t('checkout.stepOf', { step: index + 1, total: steps.length })}
      </p>
      <ol>
        {steps.map((step, position) => (
          <li key={step} class={position < index ? 'done' : position === index ? 'current' : 'todo'} aria-current={position === index ? 'step' : undefined}>
            {position < index ? <a href={`/commande/etapes/${step}`}>{t(stepKey[step])}</a> : <span>{t(stepKey[step])}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
