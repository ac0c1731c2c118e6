import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme, type ITheme } from '@fluentui/react/lib/Theme';
import { memoizeFunction } from '@fluentui/react/lib/Utilities';

/** A button of the message: a native button, so the message needs no Fluent Button. */
export interface IShellMessageAction {
  label: string;
  onClick: () => void;
}

export interface IShellMessageProps {
  kind: 'error' | 'success';
  actions?: IShellMessageAction[];
  children: React.ReactNode;
}

const classes = memoizeFunction((theme: ITheme) => {
  const { semanticColors: c, fonts, effects } = theme;
  return mergeStyleSets({
    root: [fonts.small, { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '8px 12px', color: c.messageText, overflowWrap: 'anywhere' }],
    error: { background: c.errorBackground },
    success: { background: c.successBackground },
    text: { flex: '1 1 240px', minWidth: 0 },
    button: [
      fonts.small,
      {
        minHeight: 24,
        padding: '0 12px',
        borderRadius: effects.roundedCorner2,
        border: `1px solid ${c.buttonBorder}`,
        background: c.buttonBackground,
        color: c.buttonText,
        cursor: 'pointer',
        selectors: { ':hover': { background: c.buttonBackgroundHovered, color: c.buttonTextHovered } }
      }
    ]
  });
});

/**
 * The message a web part shows before or instead of its view: a start, render or chunk-load error,
 * the setup check's failure, the setup's result. It looks like Fluent's MessageBar, in the theme's
 * message colours, but is plain markup with native buttons: MessageBar brings Fluent's Button,
 * ContextualMenu and FocusZone (about 30 KB gzipped) into the bundle all four web parts load before
 * their first request (issue 14), and an error shown because a chunk did not load must not need one.
 */
export const ShellMessage: React.FC<IShellMessageProps> = ({ kind, actions, children }) => {
  const c = classes(useTheme());
  return (
    <div role={kind === 'error' ? 'alert' : 'status'} className={`${c.root} ${kind === 'error' ? c.error : c.success}`}>
      <div className={c.text}>{children}</div>
      {(actions ?? []).map((a) => (
        <button key={a.label} type="button" className={c.button} onClick={a.onClick}>
          {a.label}
        </button>
      ))}
    </div>
  );
};
