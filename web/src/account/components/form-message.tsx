import { useEffect, useRef } from 'preact/hooks';

export type FormMessage = { kind: 'error' | 'success' | 'info'; text: string; link?: { href: string; label: string } };

/**
 * The outcome of a form: an error is an alert that takes the focus (the shopper hears it and is
 * where it is), a success or information is a polite status.
 */
export function FormMessageView({ message }: { message: FormMessage | undefined }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message?.kind === 'error') box.current?.focus();
  }, [message]);
  if (!message) return <div role="status" class="visually-hidden" />;
  return (
    <div ref={box} tabIndex={-1} class={`notice ${message.kind === 'info' ? '' : message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="form-message">
      <p>
        {message.text}
        {message.link && (
          <>
            {' '}
            <a href={message.link.href}>{message.link.label}</a>
          </>
        )}
      </p>
    </div>
  );
}
