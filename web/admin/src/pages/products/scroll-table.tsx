import type { ComponentChildren } from 'preact';

/** A wide table that scrolls sideways on small screens: a named region the keyboard can reach and scroll. */
export function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
