import { useEffect, useState } from 'preact/hooks';

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Tells screen-reader users about something that changed without moving their focus (cart updates). */
export const announce = (message: string): void => {
  for (const listener of listeners) listener(message);
};

/** The page's one polite live region; rendered once by the layout. */
export function LiveRegion() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const listener: Listener = (next) => {
      // Emptied first so that the same sentence twice is read twice.
      setMessage('');
      setTimeout(() => setMessage(next), 50);
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}
