/**
 * Numbered pages over the API's cursors: the cursor that opens each page is remembered per filter
 * set, and a page reached directly (shared link) is found by walking from the last known page.
 */
export interface PageAnswer<T> {
  page: T;
  nextCursor: string | null;
}

const known = new Map<string, Array<string | undefined>>();

export const fetchPage = async <T>(filterKey: string, pageNumber: number, load: (cursor: string | undefined) => Promise<PageAnswer<T>>): Promise<T> => {
  const cursors = known.get(filterKey) ?? [undefined];
  known.set(filterKey, cursors);
  let index = Math.min(pageNumber, cursors.length) - 1;
  for (;;) {
    const answer = await load(cursors[index]);
    if (answer.nextCursor) cursors[index + 1] = answer.nextCursor;
    if (index === pageNumber - 1 || !answer.nextCursor) return answer.page;
    index += 1;
  }
};
