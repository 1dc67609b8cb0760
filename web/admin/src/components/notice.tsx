export interface NoticeValue {
  kind: 'success' | 'error';
  text: string;
}

/** The outcome of an action, announced politely (success) or at once (error). Renders nothing when empty. */
export function Notice({ notice }: { notice: NoticeValue | undefined | null }) {
  return (
    <div class="notice-slot" role={notice?.kind === 'error' ? 'alert' : 'status'}>
      {notice && <p class={`notice ${notice.kind}`}>{notice.text}</p>}
    </div>
  );
}
