import { describe, expect, it } from 'vitest';
import { domainEventNames } from '../../api/webhooks.ts';
import { createBodyOf, emptyWebhookForm, fieldOfPath, toggleEvent } from './form-values.ts';

describe('createBodyOf', () => {
  it('asks for a URL and at least one event before sending anything', () => {
    expect(createBodyOf({ ...emptyWebhookForm, url: '   ' })).toEqual({ problems: { url: 'url_required', events: 'events_required' } });
  });

  it('sends the trimmed URL, the chosen events and no empty description', () => {
    expect(createBodyOf({ url: ' https://erp.example.com/hook ', allEvents: false, events: ['order.paid', 'stock.changed'], description: '  ' })).toEqual({
      body: { url: 'https://erp.example.com/hook', events: ['order.paid', 'stock.changed'] },
    });
  });

  it('sends "*" when every event is chosen, whatever boxes are ticked, with the description', () => {
    expect(createBodyOf({ url: 'https://erp.example.com/hook', allEvents: true, events: ['order.paid'], description: ' ERP ' })).toEqual({
      body: { url: 'https://erp.example.com/hook', events: '*', description: 'ERP' },
    });
  });
});

describe('toggleEvent', () => {
  it('keeps the events in the order they are shown, each once', () => {
    let values = toggleEvent(emptyWebhookForm, 'stock.changed', true, domainEventNames);
    values = toggleEvent(values, 'order.placed', true, domainEventNames);
    values = toggleEvent(values, 'order.placed', true, domainEventNames);
    expect(values.events).toEqual(['order.placed', 'stock.changed']);
    expect(toggleEvent(values, 'order.placed', false, domainEventNames).events).toEqual(['stock.changed']);
  });
});

describe('fieldOfPath', () => {
  it('maps the API’s detail paths to the form’s fields', () => {
    expect(fieldOfPath('body.url')).toBe('url');
    expect(fieldOfPath('body.events.2')).toBe('events');
    expect(fieldOfPath('body.description')).toBe('description');
    expect(fieldOfPath('body')).toBeUndefined();
  });
});
