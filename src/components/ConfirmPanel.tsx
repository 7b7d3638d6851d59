import { useEffect, useRef } from 'react';

interface Props {
  id: string;
  heading: string;
  text: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** What takes focus as the panel opens: its heading (read first), or the button that confirms. */
  focus: 'heading' | 'confirm';
}

/** Asks before something that deletes the answers: starting over, or a new call in agent mode. */
export function ConfirmPanel({ id, heading, text, confirm, cancel, onConfirm, onCancel, focus }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (focus === 'heading' ? headingRef : confirmRef).current?.focus();
  }, [focus]);
  return (
    <section className="confirm" aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{text}</p>
      <div className="button-row">
        <button type="button" ref={confirmRef} className="button button--warning" onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </section>
  );
}
