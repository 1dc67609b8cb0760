import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { carrierChoices, shipShipment, type AdminOrder, type OrderShipment } from '../../api/orders.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';

const trackingShape = /^[A-Za-z0-9-]{4,40}$/;

export const carrierName = (id: string, i18n: AdminI18n): string => (id === 'other' ? i18n.t('orders.carrier.other') : (carrierChoices.find((carrier) => carrier.id === id)?.name ?? id));

interface Errors {
  carrier?: string;
  trackingNumber?: string;
}

/** Hands one waiting parcel to a carrier with its tracking number; the shopper is emailed by the API. */
export function ShipForm({ order, shipment, act }: { order: AdminOrder; shipment: OrderShipment; act: Act }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const number = trackingNumber.trim();
    const found: Errors = {
      ...(carrier ? {} : { carrier: t('orders.ship.carrierMissing') }),
      ...(trackingShape.test(number) ? {} : { trackingNumber: t('orders.ship.trackingInvalid') }),
    };
    setErrors(found);
    if (found.carrier || found.trackingNumber) return;
    setBusy(true);
    const outcome = await act(async () => {
      await shipShipment(order.id, shipment.id, { carrier, trackingNumber: number });
      return t('orders.ship.done', { id: shipment.id, carrier: carrierName(carrier, i18n), number });
    });
    setBusy(false);
    if (!outcome.ok && outcome.error instanceof ApiError) {
      const paths = outcome.error.fieldErrors.map((detail) => detail.path);
      setErrors({
        ...(paths.includes('body.carrier') ? { carrier: t('orders.ship.carrierMissing') } : {}),
        ...(paths.includes('body.trackingNumber') || outcome.error.code === 'tracking_number_taken' ? { trackingNumber: t(outcome.error.code === 'tracking_number_taken' ? 'error.tracking_number_taken' : 'orders.ship.trackingInvalid') } : {}),
      });
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('orders.ship.legend', { id: shipment.id })}</legend>
        <div class="form-row">
          <Field label={t('orders.ship.carrier')} error={errors.carrier}>
            <select value={carrier} onChange={(event) => setCarrier(event.currentTarget.value)}>
              <option value="">{t('orders.ship.chooseCarrier')}</option>
              {carrierChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {carrierName(choice.id, i18n)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('orders.ship.trackingNumber')} hint={t('orders.ship.trackingHint')} error={errors.trackingNumber}>
            <input type="text" autoComplete="off" spellcheck={false} maxLength={40} value={trackingNumber} onInput={(event) => setTrackingNumber(event.currentTarget.value)} />
          </Field>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('orders.ship.submit', { id: shipment.id })}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
