import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';

/** Scrolls to the top and moves focus to the content when the page (not its query) changes, as a screen reader expects. */
export const useFocusOnPageChange = () => {
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return main;
};
