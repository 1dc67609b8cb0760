/** A notice carried across one navigation (e.g. "product created" shown on the page it leads to). */
import type { NoticeValue } from '../../components/notice.tsx';

let pending: NoticeValue | undefined;

export const setFlash = (notice: NoticeValue): void => {
  pending = notice;
};

/** The carried notice, once: a later visit starts clean. */
export const takeFlash = (): NoticeValue | undefined => {
  const notice = pending;
  pending = undefined;
  return notice;
};
