import { useEffect } from 'preact/hooks';

/** Sets the tab title ("Page — La Boutique"); screen readers announce it on navigation. */
export const usePageTitle = (title: string | undefined, siteName: string): void => {
  useEffect(() => {
    if (title !== undefined) document.title = title ? `${title} — ${siteName}` : siteName;
  }, [title, siteName]);
};
